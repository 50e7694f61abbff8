package vn.motcua.core.workflow;

import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.validation.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a workflow acceptable, said so a director understands which step is wrong and by how much:
 * at least one step; every step named, with a positive budget and someone able to do it; and the
 * budgets not adding up to more than the legal deadline.
 */
public final class WorkflowRules {
    public static final int HOURS_PER_DAY = 8;
    public static final int MAX_STEPS = 30;

    private WorkflowRules() {
    }

    /** The legal deadline as working hours; calendar days count as at most that many working days. */
    public static int deadlineHours(LegalDeadline deadline) {
        return deadline.unit() == DeadlineUnit.WORKING_HOURS ? deadline.value() : deadline.value() * HOURS_PER_DAY;
    }

    public static int totalHours(List<WorkflowStep> steps) {
        return steps.stream().mapToInt(s -> s.budgetHours(HOURS_PER_DAY)).sum();
    }

    public static List<Problem> check(List<WorkflowStep> steps, LegalDeadline deadline, StaffAvailability staff) {
        List<Problem> problems = new ArrayList<>();
        if (steps == null || steps.isEmpty()) {
            problems.add(new Problem("steps", "Quy trình cần ít nhất một bước", "a workflow needs at least one step"));
            return problems;
        }
        if (steps.size() > MAX_STEPS) {
            problems.add(new Problem("steps", "Quy trình có tối đa " + MAX_STEPS + " bước",
                    "a workflow has at most " + MAX_STEPS + " steps"));
        }
        int limit = deadline == null ? Integer.MAX_VALUE : deadlineHours(deadline);
        int running = 0;
        boolean overReported = false;
        for (int i = 0; i < steps.size(); i++) {
            WorkflowStep step = steps.get(i);
            String field = "steps[" + i + "]";
            String vi = "Bước " + (i + 1) + " «" + (blank(step.name()) ? "chưa đặt tên" : step.name().trim()) + "»: ";
            String en = "step " + (i + 1) + ": ";
            if (blank(step.name())) {
                problems.add(new Problem(field + ".name", vi + "tên bước không được để trống", en + "name is required"));
            } else if (step.name().trim().length() > 120) {
                problems.add(new Problem(field + ".name", vi + "tên bước tối đa 120 ký tự", en + "name is longer than 120"));
            }
            if (step.unit() == null || step.budget() <= 0) {
                problems.add(new Problem(field + ".budget", vi + "thời gian xử lý phải lớn hơn 0",
                        en + "budget must be positive"));
                continue;
            }
            if (!step.automatic()) {
                if (!step.pool().isEmpty()) {
                    for (long staffId : step.pool()) {
                        if (!staff.isActive(staffId)) {
                            problems.add(new Problem(field + ".staffPool", vi + "cán bộ #" + staffId
                                    + " trong nhóm xử lý không còn làm việc tại trung tâm",
                                    en + "staff " + staffId + " of the pool is not active here"));
                        }
                    }
                } else if (blank(step.role()) || !staff.hasActive(step.role())) {
                    problems.add(new Problem(field + ".role", vi + "không có cán bộ đang làm việc với vai trò "
                            + (blank(step.role()) ? "(chưa chọn)" : staff.label(step.role())),
                            en + "no active staff with role " + step.role()));
                }
            }
            running += step.budgetHours(HOURS_PER_DAY);
            if (running > limit && !overReported) {
                overReported = true;
                problems.add(new Problem(field + ".budget", vi + "tổng thời gian đến bước này là " + running
                        + " giờ làm việc, vượt thời hạn giải quyết " + deadline + " (" + limit + " giờ) "
                        + (running - limit) + " giờ",
                        en + "budgets reach " + running + " h here, " + (running - limit) + " h over the legal "
                                + limit + " h"));
            }
        }
        return problems;
    }

    /**
     * The standard workflow proposed when neither the province nor the center has set one: receive,
     * appraise, approve and sign, return — sized to the legal deadline.
     */
    public static List<WorkflowStep> standard(LegalDeadline deadline) {
        int total = deadline == null ? 5 * HOURS_PER_DAY : deadlineHours(deadline);
        if (total < 4) {
            return List.of(new WorkflowStep("Tiếp nhận và giải quyết", "CLERK", null, total, WorkflowStep.BudgetUnit.HOURS,
                    false, false));
        }
        int approve = Math.max(1, total / 5);
        return List.of(
                new WorkflowStep("Tiếp nhận hồ sơ", "CLERK", null, 1, WorkflowStep.BudgetUnit.HOURS, false, false),
                new WorkflowStep("Thẩm định, xử lý hồ sơ", "CLERK", null, total - approve - 2, WorkflowStep.BudgetUnit.HOURS,
                        false, false),
                new WorkflowStep("Phê duyệt, ký kết quả", "DIRECTOR", null, approve, WorkflowStep.BudgetUnit.HOURS, true, false),
                new WorkflowStep("Trả kết quả", "CLERK", null, 1, WorkflowStep.BudgetUnit.HOURS, false, false));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
