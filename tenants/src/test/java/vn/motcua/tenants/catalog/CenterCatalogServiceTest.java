package vn.motcua.tenants.catalog;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.CatalogCsvWriter;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Fee;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.OnlineLevel;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.ProcedureForm;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CenterCatalogServiceTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    CenterCatalogService centerCatalog;
    @Inject
    CatalogAdministration administration;
    @Inject
    CatalogService catalog;
    @Inject
    AuditLog audit;

    TwoCenters c;
    long birth;
    long marriage;
    long land;
    long provincial;
    long customs;
    long tax;

    @BeforeAll
    void catalogAndCenters() throws IOException {
        c = new TwoCenters(context, "cc.");
        List<ProcedureDraft> drafts = List.of(
                draft("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", Set.of(Level.COMMUNE)),
                draft("1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", Set.of(Level.COMMUNE)),
                draft("1.012782", "Đăng ký biến động đất đai", "Đất đai", Set.of(Level.COMMUNE, Level.PROVINCE)),
                draft("2.000001", "Cấp giấy phép xây dựng công trình cấp đặc biệt", "Xây dựng", Set.of(Level.PROVINCE)),
                // tagged commune-level by the national catalog, but received by customs and tax offices
                draft("1.000096", "Thủ tục đối với hàng hóa xuất khẩu có giá trị dưới năm triệu", "Hải quan", Set.of(Level.COMMUNE)),
                draft("2.002321", ". Đăng ký thuế đối với trường hợp hộ kinh doanh", "Thuế", Set.of(Level.COMMUNE)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(drafts, out);
        CatalogImportOutcome outcome = administration.importFile(c.admin(), "thu.csv",
                new ByteArrayInputStream(out.toByteArray()), out.size(), null);
        assertTrue(outcome.applied(), outcome.report()::displayVi);
        birth = catalog.getByCode("1.001193").procedure().id();
        marriage = catalog.getByCode("1.000894").procedure().id();
        land = catalog.getByCode("1.012782").procedure().id();
        provincial = catalog.getByCode("2.000001").procedure().id();
        customs = catalog.getByCode("1.000096").procedure().id();
        tax = catalog.getByCode("2.002321").procedure().id();
    }

    private static ProcedureDraft draft(String code, String name, String field, Set<Level> levels) {
        return new ProcedureDraft(code, null, name, field, levels, LegalDeadline.of(5, DeadlineUnit.WORKING_DAYS),
                List.of(new RequiredDocument("Tờ khai theo mẫu", 1, null, null)), List.of(Fee.free("Miễn lệ phí")),
                OnlineLevel.FULL, Boolean.FALSE, "Ủy ban nhân dân cấp xã", "Luật Hộ tịch 2014");
    }

    private List<Long> served(CallContext p) {
        return centerCatalog.list(p, true, null, 0, 100, "name", true).getContent().stream().map(Procedure::id).toList();
    }

    @Test
    void aCenterThatNeverChangedItsSetServesEveryCommuneLevelProcedure() {
        // B is never customised in this class
        assertEquals(Set.of(birth, marriage, land), Set.copyOf(served(c.directorB())));
        assertEquals(Set.of(birth, marriage, land), Set.copyOf(served(c.clerkB())));
    }

    @Test
    void customsAndTaxAreNotServedByACommuneByDefaultButCanBeAdded() {
        assertFalse(centerCatalog.isServed(c.clerkB(), customs));
        assertFalse(centerCatalog.isServed(c.clerkB(), tax));
        assertTrue(centerCatalog.list(c.directorB(), false, "thue", 0, 10, null, true).getContent().stream()
                .anyMatch(p -> p.id() == tax), "offered to the director to add");
        // the import dropped the stray ". " the portal puts before some names
        assertEquals("Đăng ký thuế đối với trường hợp hộ kinh doanh", catalog.get(tax).procedure().name());
        centerCatalog.add(c.directorA(), customs);
        assertTrue(centerCatalog.isServed(c.clerkA(), customs));
        centerCatalog.remove(c.directorA(), customs);
    }

    @Test
    void theDirectorOfAChangesOnlyAsSetAndBSeesNothingOfIt() {
        List<Long> before = served(c.directorB());
        centerCatalog.remove(c.directorA(), marriage);
        centerCatalog.add(c.directorA(), provincial);
        assertTrue(served(c.directorA()).contains(provincial));
        assertFalse(served(c.directorA()).contains(marriage));
        assertFalse(centerCatalog.isServed(c.clerkA(), marriage));
        assertTrue(centerCatalog.list(c.directorA(), false, "ket hon", 0, 10, null, true).getContent().stream()
                .anyMatch(p -> p.id() == marriage), "a removed procedure can be added again");
        // B: its own default set, untouched, and no trace in its audit log
        assertEquals(before, served(c.directorB()));
        assertTrue(centerCatalog.isServed(c.directorB(), marriage));
        assertFalse(centerCatalog.isServed(c.directorB(), provincial));
        assertEquals(0, audit.count(c.b.tenantId(), AuditAction.CENTER_PROCEDURE_REMOVED));
        assertTrue(audit.count(c.a.tenantId(), AuditAction.CENTER_PROCEDURE_REMOVED) >= 1);
        assertTrue(audit.count(c.a.tenantId(), AuditAction.CENTER_PROCEDURE_ADDED) >= 1);
    }

    @Test
    void aClerkCannotChangeTheSetAndAnUnknownProcedureIsNotFound() {
        assertThrows(AccessDeniedException.class, () -> centerCatalog.remove(c.clerkA(), birth));
        assertThrows(AccessDeniedException.class, () -> centerCatalog.list(c.clerkA(), false, null, 0, 10, null, true));
        assertThrows(NotFoundException.class, () -> centerCatalog.add(c.directorA(), 987_654_321L));
        assertTrue(centerCatalog.isServed(c.directorA(), birth));
    }

    @Test
    void onlyProvincialItEditsTheCatalog() {
        ProcedureForm form = ProcedureForm.of(catalog.get(birth).current()).withDeadline(3, DeadlineUnit.WORKING_DAYS);
        assertThrows(AccessDeniedException.class, () -> administration.publish(c.directorA(), birth, form));
        assertThrows(AccessDeniedException.class, () -> administration.importFile(c.directorA(), "x.csv",
                new ByteArrayInputStream(new byte[0]), 0, null));
    }

    @Test
    void theKioskShowsACentersServedProceduresByCodeSearchableWithoutDiacritics() {
        assertEquals("Xã An Bình", centerCatalog.kioskCenter(c.b.code()).displayName());
        List<String> found = centerCatalog.kioskProcedures(c.b.code(), "khai sinh dang ky", 0, 10).getContent().stream()
                .map(Procedure::name).toList();
        assertEquals(List.of("Thủ tục đăng ký khai sinh"), found);
        var detail = centerCatalog.kioskProcedure(c.b.code(), birth);
        assertEquals("Tờ khai theo mẫu", detail.draft().documents().get(0).name());
        assertEquals(5, detail.procedure().deadlineValue());
        assertThrows(NotFoundException.class, () -> centerCatalog.kioskProcedure(c.b.code(), provincial));
        assertThrows(NotFoundException.class, () -> centerCatalog.kioskCenter("KHONG-CO"));
        assertThrows(NotFoundException.class, () -> centerCatalog.kioskProcedures("KHONG-CO", null, 0, 10));
    }
}
