package vn.motcua.tenants.workflow;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.core.workflow.WorkflowVersion;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.testing.TwoCenters;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.workflow.WorkflowStep.BudgetUnit.DAYS;
import static vn.motcua.core.workflow.WorkflowStep.BudgetUnit.HOURS;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowAdminTest implements IntegrationTestProperties {
    static final String CODE = "1.001193";
    static final LegalDeadline THREE_DAYS = LegalDeadline.workingDays(3);

    @Inject
    ApplicationContext context;
    @Inject
    WorkflowAdmin workflows;
    @Inject
    StaffService staff;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "wf.");
    }

    static List<WorkflowStep> steps(int appraiseDays) {
        return List.of(new WorkflowStep("Tiếp nhận", "CLERK", null, 4, HOURS, false, false),
                new WorkflowStep("Thẩm định", "CLERK", null, appraiseDays, DAYS, false, false),
                new WorkflowStep("Phê duyệt", "DIRECTOR", null, 4, HOURS, true, false));
    }

    @Test
    void withoutOwnVersionACenterRunsTheStandardWorkflowSizedToTheDeadline() {
        WorkflowVersion standard = workflows.current(c.clerkB(), "9.999999", THREE_DAYS);
        assertEquals(WorkflowVersion.Source.STANDARD, standard.source());
        assertEquals(24, standard.totalHours());
    }

    @Test
    void aValidChangeCreatesANewVersionThatOnlyThisCenterRuns() {
        WorkflowVersion v1 = workflows.save(c.directorA(), CODE, 1, THREE_DAYS, steps(2), 0);
        assertEquals(1, v1.version());
        assertEquals(1, v1.procedureVersion());
        WorkflowVersion v2 = workflows.save(c.directorA(), CODE, 1, THREE_DAYS, steps(1), 1);
        assertEquals(2, v2.version());
        assertEquals(16, workflows.current(c.clerkA(), CODE, THREE_DAYS).totalHours());
        assertEquals(List.of(2, 1), workflows.history(c.directorA(), CODE).stream().map(WorkflowVersion::version).toList());
        assertEquals(WorkflowVersion.Source.STANDARD, workflows.current(c.directorB(), CODE, THREE_DAYS).source());
        assertEquals(List.of(), workflows.history(c.directorB(), CODE));
    }

    @Test
    void budgetsOverTheDeadlineAreRefusedNamingTheStepAndNothingIsSaved() {
        String code = "1.000775";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> workflows.save(c.directorB(), code, 1, THREE_DAYS, steps(3), 0));
        assertEquals("Bước 2 «Thẩm định»: tổng thời gian đến bước này là 28 giờ làm việc, vượt thời hạn giải quyết "
                + "3 ngày làm việc (24 giờ) 4 giờ", e.vietnamese());
        assertEquals(List.of(), workflows.history(c.directorB(), code));
    }

    @Test
    void aStepForARoleNobodyActiveHasIsRefused() {
        var extra = staff.create(c.directorB(), new vn.motcua.tenants.staff.StaffForm("Phó Giám Đốc", "wf.pgd.b",
                "Matkhau123", vn.motcua.core.context.Role.DIRECTOR, null, null, null, null));
        staff.setActive(c.directorB(), extra.id(), false);
        List<WorkflowStep> poolOfInactive = List.of(new WorkflowStep("Chuyên viên chỉ định", null, List.of(extra.id()), 4,
                HOURS, false, false));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> workflows.save(c.directorB(), "1.000776", 1, THREE_DAYS, poolOfInactive, 0));
        assertTrue(e.vietnamese().contains("không còn làm việc tại trung tâm"), e.vietnamese());
        assertEquals(List.of(), workflows.history(c.directorB(), "1.000776"));
    }

    @Test
    void aClerkCannotChangeAWorkflowAndAStaleEditorIsToldSomeoneSavedFirst() {
        assertThrows(AccessDeniedException.class, () -> workflows.save(c.clerkA(), "1.000777", 1, THREE_DAYS, steps(1), 0));
        workflows.save(c.directorA(), "1.000778", 1, THREE_DAYS, steps(1), 0);
        assertThrows(ConcurrentChangeException.class, () -> workflows.save(c.directorA(), "1.000778", 1, THREE_DAYS, steps(2), 0));
    }

    @Test
    void theProvincesDefaultIsWhatEveryCenterRunsUntilItSavesItsOwn() {
        String code = "1.000780";
        WorkflowVersion byProvince = workflows.save(c.admin(), code, 1, THREE_DAYS, steps(1), 0);
        assertEquals(WorkflowVersion.Source.PROVINCE, byProvince.source());
        assertEquals(WorkflowVersion.Source.PROVINCE, workflows.current(c.clerkA(), code, THREE_DAYS).source());
        assertEquals(WorkflowVersion.Source.PROVINCE, workflows.current(c.directorB(), code, THREE_DAYS).source());
        workflows.save(c.directorB(), code, 1, THREE_DAYS, steps(2), 0);
        assertEquals(WorkflowVersion.Source.CENTER, workflows.current(c.directorB(), code, THREE_DAYS).source());
        assertEquals(16, workflows.current(c.directorA(), code, THREE_DAYS).totalHours());
        assertEquals(List.of(1), workflows.history(c.admin(), code).stream().map(WorkflowVersion::version).toList());
        InvalidInputException named = assertThrows(InvalidInputException.class, () -> workflows.save(c.admin(), code, 1,
                THREE_DAYS, List.of(new WorkflowStep("Chỉ định", null, List.of(1L), 4, HOURS, false, false)), 1));
        assertTrue(named.vietnamese().contains("không chỉ định cán bộ"), named.vietnamese());
    }

    @Test
    void aShorterPublishedDeadlineWarnsTheCenterWhatToFix() {
        workflows.save(c.directorA(), "1.000779", 1, LegalDeadline.workingDays(5), steps(3), 0);
        var warnings = workflows.deadlineWarnings(c.directorA(), code -> code.equals("1.000779") ? LegalDeadline.workingDays(2) : null);
        assertEquals(1, warnings.size());
        assertEquals("Thủ tục 1.000779: quy trình phiên bản 1 cần 32 giờ làm việc, thời hạn mới là 2 ngày làm việc; "
                + "cần rút ngắn 16 giờ", warnings.get(0).message());
        assertEquals(List.of(), workflows.deadlineWarnings(c.directorB(),
                code -> code.equals("1.000779") ? LegalDeadline.workingDays(2) : null));
    }
}
