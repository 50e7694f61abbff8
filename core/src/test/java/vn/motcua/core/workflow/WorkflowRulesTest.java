package vn.motcua.core.workflow;

import org.junit.jupiter.api.Test;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.validation.Problem;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.workflow.WorkflowStep.BudgetUnit.DAYS;
import static vn.motcua.core.workflow.WorkflowStep.BudgetUnit.HOURS;

class WorkflowRulesTest {
    static final StaffAvailability CLERKS_ONLY = new StaffAvailability() {
        public boolean hasActive(String role) {
            return role.equals("CLERK");
        }

        public boolean isActive(long staffId) {
            return Set.of(1L, 2L).contains(staffId);
        }

        public String label(String role) {
            return role.equals("DIRECTOR") ? "Giám đốc trung tâm" : "Cán bộ tiếp nhận";
        }
    };

    static WorkflowStep step(String name, String role, int budget, WorkflowStep.BudgetUnit unit) {
        return new WorkflowStep(name, role, null, budget, unit, false, false);
    }

    @Test
    void budgetsWithinTheDeadlinePass() {
        List<WorkflowStep> steps = List.of(step("Tiếp nhận", "CLERK", 4, HOURS), step("Thẩm định", "CLERK", 2, DAYS),
                step("Trả kết quả", "CLERK", 4, HOURS));
        assertEquals(List.of(), WorkflowRules.check(steps, LegalDeadline.workingDays(3), CLERKS_ONLY));
        assertEquals(24, WorkflowRules.totalHours(steps));
    }

    @Test
    void budgetsOverTheDeadlineNameTheStepWhereTheyCrossItAndByHowMuch() {
        List<WorkflowStep> steps = List.of(step("Tiếp nhận", "CLERK", 4, HOURS), step("Thẩm định", "CLERK", 3, DAYS),
                step("Trả kết quả", "CLERK", 4, HOURS));
        List<Problem> problems = WorkflowRules.check(steps, LegalDeadline.workingDays(3), CLERKS_ONLY);
        assertEquals(1, problems.size());
        assertEquals("Bước 2 «Thẩm định»: tổng thời gian đến bước này là 28 giờ làm việc, vượt thời hạn giải quyết "
                + "3 ngày làm việc (24 giờ) 4 giờ", problems.get(0).message());
        assertEquals("steps[1].budget", problems.get(0).field());
    }

    @Test
    void aStepNeedsSomeoneActiveToDoIt() {
        List<Problem> problems = WorkflowRules.check(List.of(step("Phê duyệt", "DIRECTOR", 4, HOURS),
                new WorkflowStep("Chuyên viên chỉ định", null, List.of(1L, 9L), 2, HOURS, false, false)),
                LegalDeadline.workingDays(1), CLERKS_ONLY);
        assertEquals(List.of("Bước 1 «Phê duyệt»: không có cán bộ đang làm việc với vai trò Giám đốc trung tâm",
                        "Bước 2 «Chuyên viên chỉ định»: cán bộ #9 trong nhóm xử lý không còn làm việc tại trung tâm"),
                problems.stream().map(Problem::message).toList());
    }

    @Test
    void automaticStepsNeedNobodyButEmptyNamesAndZeroBudgetsAreRefused() {
        List<Problem> problems = WorkflowRules.check(List.of(new WorkflowStep("Gửi kết quả lên Cổng DVC", "DIRECTOR", null,
                1, HOURS, false, true), step(" ", "CLERK", 0, HOURS)), LegalDeadline.workingHours(4), CLERKS_ONLY);
        assertEquals(List.of("Bước 2 «chưa đặt tên»: tên bước không được để trống",
                "Bước 2 «chưa đặt tên»: thời gian xử lý phải lớn hơn 0"), problems.stream().map(Problem::message).toList());
        assertTrue(WorkflowRules.check(List.of(), LegalDeadline.workingDays(1), CLERKS_ONLY).get(0).message()
                .contains("ít nhất một bước"));
    }

    @Test
    void theStandardWorkflowFitsTheDeadlineExactly() {
        for (LegalDeadline d : List.of(LegalDeadline.workingDays(1), LegalDeadline.workingDays(15),
                LegalDeadline.workingHours(4), LegalDeadline.workingHours(2), LegalDeadline.calendarDays(30))) {
            List<WorkflowStep> steps = WorkflowRules.standard(d);
            assertEquals(WorkflowRules.deadlineHours(d), WorkflowRules.totalHours(steps), d.toString());
            assertTrue(steps.stream().allMatch(s -> s.budget() > 0), d.toString());
        }
    }
}
