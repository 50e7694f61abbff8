package vn.motcua.core.dossier;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of the workflow version a dossier follows, as the life cycle needs it: its name and its time budget
 * in working time (a workflow step of N days is N × the office's working day; the caller converts).
 */
public record StepPlan(String name, Duration budget) {
    public StepPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(budget, "budget");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Step name is blank");
        }
        if (budget.isNegative()) {
            throw new IllegalArgumentException("Step budget is negative: " + budget);
        }
    }
}
