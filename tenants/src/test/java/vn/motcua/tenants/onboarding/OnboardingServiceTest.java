package vn.motcua.tenants.onboarding;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditEntry;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.CatalogCsvWriter;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Fee;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.OnlineLevel;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.catalog.CatalogAdministration;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.tenants.workflow.WorkflowAdmin;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.core.workflow.WorkflowVersion;

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
class OnboardingServiceTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    OnboardingService onboarding;
    @Inject
    LoginService login;
    @Inject
    AuditLog audit;
    @Inject
    StaffService staff;
    @Inject
    CenterCatalogService centerCatalog;

    TwoCenters c;

    @BeforeAll
    void centersAndCatalog() throws IOException {
        c = new TwoCenters(context, "ob.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(List.of(new ProcedureDraft("1.001193", null, "Thủ tục đăng ký khai sinh", "Hộ tịch",
                Set.of(Level.COMMUNE), LegalDeadline.of(5, DeadlineUnit.WORKING_DAYS),
                List.of(new RequiredDocument("Tờ khai theo mẫu", 1, null, null)), List.of(Fee.free("Miễn lệ phí")),
                OnlineLevel.FULL, Boolean.FALSE, "Ủy ban nhân dân cấp xã", "Luật Hộ tịch 2014")), out);
        CatalogImportOutcome outcome = context.getBean(CatalogAdministration.class).importFile(c.admin(), "thu.csv",
                new ByteArrayInputStream(out.toByteArray()), out.size(), null);
        assertTrue(outcome.applied(), outcome.report()::displayVi);
    }

    private static OnboardingForm form(String unit, String agencyCode, String phone, String director, String... clerks) {
        return new OnboardingForm(unit, agencyCode, "Khu 3, " + unit, phone, "Thứ Hai – Thứ Sáu",
                new OnboardingForm.Person(director, "Giám đốc"),
                java.util.Arrays.stream(clerks).map(n -> new OnboardingForm.Person(n, null)).toList());
    }

    @Test
    void theOfficialListIsTheProvincesAndMarksOnlyUnitsThatHaveACenter() {
        List<OfficialUnit> units = onboarding.officialUnits(c.admin());
        assertEquals(148, units.size());
        OfficialUnit thongNhat = units.stream().filter(u -> u.code().equals("04828")).findFirst().orElseThrow();
        assertEquals("Phường Thống Nhất", thongNhat.displayName());
        assertTrue(thongNhat.mergedFrom().contains("Xã Vầy Nưa (một phần)"), thongNhat.mergedFrom());
        assertTrue(thongNhat.matches("thong nhat"));
        assertFalse(thongNhat.matches("tan lac"));
    }

    @Test
    void provincialItOnboardsOneCommuneWithLineageAndADirectorWhoMustChangeTheOneTimePassword() {
        WorkflowAdmin workflows = context.getBean(WorkflowAdmin.class);
        LegalDeadline threeDays = LegalDeadline.workingDays(3);
        workflows.save(c.admin(), "1.000780", 1, threeDays, List.of(
                new WorkflowStep("Tiếp nhận", "CLERK", null, 4, WorkflowStep.BudgetUnit.HOURS, false, false),
                new WorkflowStep("Thẩm định", "CLERK", null, 1, WorkflowStep.BudgetUnit.DAYS, false, false),
                new WorkflowStep("Phê duyệt", "DIRECTOR", null, 4, WorkflowStep.BudgetUnit.HOURS, true, false)), 0);
        Onboarded done = onboarding.onboardOne(c.admin(), form("04828", "000.00.25.h46", "0210 3851 234",
                "Đỗ Thị Giang", "Trần Văn Bình"));
        ServiceCenter center = done.center();
        assertEquals("Thống Nhất", center.name());
        assertEquals(CenterType.PHUONG, center.type());
        assertEquals("25", center.provinceCode());
        assertEquals("Phú Thọ", center.provinceName());
        assertEquals("000.00.25.H46", center.agencyCode());
        assertEquals(CenterStatus.ACTIVE, center.status());
        assertTrue(center.mergedFrom().contains("Xã Vầy Nưa (một phần)"));
        assertEquals(List.of("giangdt.thong-nhat.04828", "binhtv.thong-nhat.04828"),
                done.accounts().stream().map(a -> a.username()).toList());
        assertTrue(onboarding.officialUnits(c.admin()).stream().filter(u -> u.code().equals("04828")).findFirst()
                .orElseThrow().onboarded());

        String oneTime = done.accounts().get(0).oneTimePassword();
        assertEquals(12, oneTime.length());
        LoginResult signIn = login.login("giangdt.thong-nhat.04828", oneTime);
        assertTrue(signIn.succeeded());
        assertTrue(signIn.mustChangePassword());
        assertEquals(Role.DIRECTOR, signIn.principal().role());
        CallContext director = signIn.principal().at(c.admin().now());
        List<StaffView> people = staff.list(director, null, null, 0, 10, "fullName", true).getContent();
        assertEquals(2, people.size());

        // the province's default served set applies at once: nothing to seed
        assertEquals(List.of("1.001193"), centerCatalog.kioskProcedures("04828", null, 0, 10).getContent().stream()
                .map(Procedure::nationalCode).toList());
        // and so does the province's default workflow, until the center saves its own
        WorkflowVersion running = workflows.current(director, "1.000780", threeDays);
        assertEquals(WorkflowVersion.Source.PROVINCE, running.source());
        assertEquals(16, running.totalHours());
        assertTrue(audited(center, AuditAction.CENTER_ONBOARDED));
        assertTrue(audit.search(c.admin(), AuditLog.Filter.ALL, 0, 50).getContent().stream()
                .anyMatch(e -> e.action().equals(AuditAction.CENTER_ONBOARDED.name()) && e.detail().contains("04828")));
    }

    @Test
    void refusalsSayWhyInVietnameseAndLeaveNoCenterAccountOrAuditRow() {
        onboarding.onboardOne(c.admin(), form("04891", "000.00.25.H47", null, "Lê Văn Cường"));
        long centers = onboarding.centerCount();
        long auditRows = audit.search(c.admin(), AuditLog.Filter.ALL, 0, 1).getTotalSize();

        assertRefused("unitCode", "đã có trung tâm", form("04891", "000.00.25.H48", null, "Nguyễn Văn An"));
        assertRefused("agencyCode", "đã là mã của", form("04924", "000.00.25.H47", null, "Nguyễn Văn An"));
        assertRefused("agencyCode", "QCVN 102:2016", form("04924", "25-H47", null, "Nguyễn Văn An"));
        assertRefused("director", "họ và tên giám đốc", form("04924", "000.00.25.H49", null, " "));
        assertRefused("phone", "Số điện thoại", form("04924", "000.00.25.H49", "gọi chị Lan", "Nguyễn Văn An"));
        assertRefused("unitCode", "danh sách chính thức", form("99999", "000.00.25.H49", null, "Nguyễn Văn An"));
        assertRefused("clerks", "Cán bộ thứ 1", form("04924", "000.00.25.H49", null, "Nguyễn Văn An", ""));

        assertEquals(centers, onboarding.centerCount());
        assertEquals(auditRows, audit.search(c.admin(), AuditLog.Filter.ALL, 0, 1).getTotalSize());
        assertFalse(login.login("anva.luong-son.04924", "whatever1").succeeded());
        assertFalse(onboarding.officialUnits(c.admin()).stream().filter(u -> u.code().equals("04924")).findFirst()
                .orElseThrow().onboarded());
    }

    @Test
    void aDirectorOrClerkCannotOnboardSuspendOrReopen() {
        for (CallContext who : List.of(c.directorA(), c.clerkA())) {
            assertThrows(AccessDeniedException.class, () -> onboarding.onboardOne(who, form("05128", "000.00.25.H50", null, "An")));
            assertThrows(AccessDeniedException.class, () -> onboarding.officialUnits(who));
            assertThrows(AccessDeniedException.class, () -> onboarding.suspend(who, c.b.id()));
            assertThrows(AccessDeniedException.class, () -> onboarding.reopen(who, c.b.id()));
        }
        assertFalse(onboarding.officialUnits(c.admin()).stream().filter(u -> u.code().equals("05128")).findFirst()
                .orElseThrow().onboarded());
    }

    @Test
    void aSuspendedCentersStaffCannotSignInAndItsKioskIsClosedUntilReopened() {
        assertTrue(login.login("ob.gd.b", TwoCenters.PASSWORD).succeeded());
        ServiceCenter suspended = onboarding.suspend(c.admin(), c.b.id());
        assertEquals(CenterStatus.INACTIVE, suspended.status());
        assertFalse(login.login("ob.gd.b", TwoCenters.PASSWORD).succeeded());
        assertThrows(NotFoundException.class, () -> centerCatalog.kioskCenter("ob.B"));
        assertTrue(centerCatalog.suspended("ob.B"));
        assertTrue(audited(c.b, AuditAction.CENTER_SUSPENDED));
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> onboarding.suspend(c.admin(), c.b.id()));
        assertEquals("status", twice.problems().get(0).field());

        assertEquals(CenterStatus.ACTIVE, onboarding.reopen(c.admin(), c.b.id()).status());
        assertTrue(login.login("ob.gd.b", TwoCenters.PASSWORD).succeeded());
        assertFalse(centerCatalog.suspended("ob.B"));
        assertTrue(audited(c.b, AuditAction.CENTER_REOPENED));
        assertThrows(InvalidInputException.class, () -> onboarding.suspend(c.admin(), c.province.id()));
    }

    private boolean audited(ServiceCenter center, AuditAction action) {
        CallContext inCenter = CallContext.system(center.tenantId(), "test", c.admin().now());
        return audit.search(inCenter, AuditLog.Filter.ALL, 0, 100).getContent().stream()
                .map(AuditEntry::action).anyMatch(action.name()::equals);
    }

    private void assertRefused(String field, String words, OnboardingForm form) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> onboarding.onboardOne(c.admin(), form));
        List<Problem> problems = e.problems();
        assertTrue(problems.stream().anyMatch(p -> p.field().equals(field) && p.message().contains(words)), problems::toString);
    }
}
