package vn.motcua.core.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One step of a center's internal workflow (quy trình nội bộ) and how it runs electronically (quy trình
 * điện tử): who does it (a role, or a named pool of staff), its time budget in working time, whether it
 * needs a digital signature and whether the system does it by itself.
 */
@Serdeable
public record WorkflowStep(String name, String role, @Nullable List<Long> staffPool, int budget, BudgetUnit unit,
                           boolean needsSignature, boolean automatic) {

    public enum BudgetUnit {
        HOURS("giờ làm việc"), DAYS("ngày làm việc");

        private final String label;

        BudgetUnit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public int budgetHours(int hoursPerDay) {
        return unit == BudgetUnit.DAYS ? budget * hoursPerDay : budget;
    }

    public List<Long> pool() {
        return staffPool == null ? List.of() : staffPool;
    }
}
