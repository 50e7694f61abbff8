package vn.motcua.core.dossier;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.context.Role;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.workflow.WorkflowStep;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who may take which {@link DossierAction}: step-bound actions belong to the step's role or the center's manager. */
final class DossierRights {
    private DossierRights() {
    }

    /** {@code lifecycleAllows} narrowed to what the caller may do. */
    static Set<DossierAction> allowed(CallContext ctx, Dossier d, Set<DossierAction> lifecycleAllows) {
        Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        if (!ctx.may(Permission.WORK_ON_DOSSIERS)) {
            return allowed;
        }
        for (DossierAction action : lifecycleAllows) {
            if (!action.stepBound() || holdsStep(ctx, d)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    static boolean holdsStep(CallContext ctx, Dossier d) {
        return ctx.managesCenter() || d.stepRole() == null || d.stepRole().equals(ctx.role().name());
    }

    /** Refuses, with the step and its role named, a step-bound action by someone who does not hold the step. */
    static void check(CallContext ctx, DossierAction action, Dossier d, List<WorkflowStep> steps) {
        if (action.stepBound() && !holdsStep(ctx, d)) {
            Integer step = d.currentStep();
            String stepName = step == null || step >= steps.size() ? "" : steps.get(step).name();
            String role = Role.parse(d.stepRole()).map(r -> r.label().toLowerCase(Locale.forLanguageTag("vi")))
                    .orElse(d.stepRole());
            throw new InvalidInputException(List.of(new Problem("status", "Bước «" + stepName + "» do " + role
                    + " thực hiện; bạn chỉ xem được hồ sơ này", "the current step belongs to role " + d.stepRole())));
        }
    }
}
