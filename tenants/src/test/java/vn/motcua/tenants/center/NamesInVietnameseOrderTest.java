package vn.motcua.tenants.center;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.CatalogCsvWriter;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogQuery;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Fee;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.OnlineLevel;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.Role;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.catalog.CatalogAdministration;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.onboarding.NewCenter;
import vn.motcua.tenants.onboarding.NewStaff;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.tenants.testing.TwoCenters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The centers list, the staff list and the procedure lists sort names in Vietnamese alphabetical order (the
 * {@code vi} ICU collation of migration 012 on the name columns), not by code points: "Bản" before "Bình",
 * "Đám" before "Tiên", "Đào" after "Dân" and before "Gia".
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesInVietnameseOrderTest implements IntegrationTestProperties {
    /** The Vietnamese order of the names below (byte order put Bình before Bản and Đám after Tiên). */
    static final List<String> EXPECTED = List.of("Bản Nguyên", "Bình Xuyên", "Chí Đám", "Chí Tiên", "Dân Chủ", "Đào Xá", "Gia Cẩm");
    static final String WORD = "vnord";

    @Inject
    ApplicationContext context;
    @Inject
    CenterService centers;
    @Inject
    StaffService staff;
    @Inject
    CatalogService catalog;
    @Inject
    CenterCatalogService centerCatalog;
    @Inject
    BusinessTime time;

    TwoCenters c;
    ServiceCenter busy;
    LoginService login;

    @BeforeAll
    void data() throws IOException {
        c = new TwoCenters(context, "vo.");
        login = context.getBean(LoginService.class);
        String hash = context.getBean(PasswordHasher.class).hash(TwoCenters.PASSWORD);
        // shuffled on purpose: the order must come from the sort, not from the insertion
        List<String> shuffled = List.of("Gia Cẩm", "Chí Tiên", "Bình Xuyên", "Đào Xá", "Bản Nguyên", "Dân Chủ", "Chí Đám");
        List<NewCenter> communes = new java.util.ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            communes.add(new NewCenter("vo.c" + i, shuffled.get(i) + " " + WORD, CenterType.XA, "25", "Phú Thọ", null, List.of()));
        }
        List<NewStaff> people = new java.util.ArrayList<>();
        people.add(new NewStaff("vo.gd", "Giám Đốc", Role.DIRECTOR, "Giám đốc", hash));
        for (int i = 0; i < shuffled.size(); i++) {
            people.add(new NewStaff("vo.cb" + i, "Nguyễn " + shuffled.get(i), Role.CLERK, "Chuyên viên " + WORD, hash));
        }
        communes.add(new NewCenter("vo.busy", "Trung tâm đông người", CenterType.XA, "25", "Phú Thọ", null, people));
        List<ServiceCenter> created = context.getBean(OnboardingService.class).onboard(Actor.system("test"), communes);
        busy = created.get(created.size() - 1);

        List<ProcedureDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            drafts.add(new ProcedureDraft("9.90000" + i, null, shuffled.get(i) + " " + WORD, "Lĩnh vực " + WORD,
                    Set.of(Level.COMMUNE), LegalDeadline.of(5, DeadlineUnit.WORKING_DAYS),
                    List.of(new RequiredDocument("Tờ khai theo mẫu", 1, null, null)), List.of(Fee.free("Miễn lệ phí")),
                    OnlineLevel.FULL, Boolean.FALSE, "Ủy ban nhân dân cấp xã", "Luật Hộ tịch 2014"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(drafts, out);
        CatalogImportOutcome outcome = context.getBean(CatalogAdministration.class).importFile(c.admin(), "thu-tu.csv",
                new ByteArrayInputStream(out.toByteArray()), out.size(), null);
        assertTrue(outcome.applied(), outcome.report()::displayVi);
    }

    @Test
    void theCentersListSortsNamesInVietnameseOrderBothWays() {
        List<String> up = centers.search(c.admin(), WORD, null, null, 0, 50, "name", true).getContent().stream()
                .map(ServiceCenter::name).map(n -> n.replace(" " + WORD, "")).toList();
        assertEquals(EXPECTED, up);
        List<String> inJava = new java.util.ArrayList<>(List.of("Gia Cẩm", "Chí Tiên", "Bình Xuyên", "Đào Xá", "Bản Nguyên", "Dân Chủ", "Chí Đám"));
        inJava.sort(vn.motcua.core.text.VietnameseOrder.NAMES);
        assertEquals(up, inJava, "the shared Java comparator agrees with the database");
        List<String> down = centers.search(c.admin(), WORD, null, null, 0, 50, "name", false).getContent().stream()
                .map(ServiceCenter::name).map(n -> n.replace(" " + WORD, "")).toList();
        List<String> reversed = new java.util.ArrayList<>(EXPECTED);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, down);
    }

    @Test
    void theStaffListSortsFullNamesInVietnameseOrder() {
        var director = login.login("vo.gd", TwoCenters.PASSWORD).principal().at(time.now());
        List<String> names = staff.list(director, WORD, null, 0, 50, "fullName", true).getContent().stream()
                .map(StaffView::fullName).map(n -> n.replace("Nguyễn ", "")).toList();
        assertEquals(EXPECTED, names);
    }

    @Test
    void theCatalogAndACentersProcedureListSortNamesInVietnameseOrder() {
        List<String> catalogNames = catalog.search(new CatalogQuery(null, "Lĩnh vực " + WORD, null, null), 0, 50, "name", true)
                .getContent().stream().map(Procedure::name).map(n -> n.replace(" " + WORD, "")).toList();
        assertEquals(EXPECTED, catalogNames);
        List<String> served = centerCatalog.list(c.directorA(), true, null, 0, 1000, "name", true).getContent().stream()
                .map(Procedure::name).filter(n -> n.endsWith(" " + WORD)).map(n -> n.replace(" " + WORD, "")).toList();
        assertEquals(EXPECTED, served);
    }
}
