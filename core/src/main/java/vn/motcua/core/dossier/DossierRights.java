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

/**
 * Who may take which {@link DossierAction}: step-bound actions belong to whoever holds the current step (the person
 * it is assigned to, else anyone of the step's role) or to the center's manager, whose move of a step assigned to
 * someone else is an override the audit records.
 */
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

    /**
     * Holds the current step: the center's manager always; otherwise someone of the step's role, and, once the step is
     * assigned to a person, only that person.
     */
    static boolean holdsStep(CallContext ctx, Dossier d) {
        if (ctx.managesCenter()) {
            return true;
        }
        boolean role = d.stepRole() == null || d.stepRole().equals(ctx.role().name());
        return role && !heldByAnother(ctx, d);
    }

    /** The step being worked on is assigned to someone other than the caller (a resolved dossier's step is over). */
    static boolean heldByAnother(CallContext ctx, Dossier d) {
        return d.assignee() != null && d.status().isOpen() && !d.assignee().equals(ctx.username());
    }

    /**
     * The center's manager takes a step-bound action on a step assigned to someone else: allowed, and the audit
     * detail says so ({@link #overrideNote}).
     */
    static boolean overrides(CallContext ctx, DossierAction action, Dossier d) {
        return action.stepBound() && ctx.managesCenter() && heldByAnother(ctx, d);
    }

    /** What the audit detail adds for an override, or "" when the caller simply holds the step. */
    static String overrideNote(CallContext ctx, DossierAction action, Dossier d) {
        return overrides(ctx, action, d) ? " [giám đốc làm thay người được giao bước: " + d.assignee() + "]" : "";
    }

    /**
     * Refuses, with the step named, a step-bound action by someone who does not hold the step: with its role named,
     * or with the person it is assigned to.
     */
    static void check(CallContext ctx, DossierAction action, Dossier d, List<WorkflowStep> steps) {
        if (action.stepBound() && !holdsStep(ctx, d)) {
            Integer step = d.currentStep();
            String stepName = step == null || step >= steps.size() ? "" : steps.get(step).name();
            boolean role = d.stepRole() == null || d.stepRole().equals(ctx.role().name());
            if (role && heldByAnother(ctx, d)) {
                throw new InvalidInputException(List.of(new Problem("status", "Bước «" + stepName + "» đã giao cho "
                        + d.assignee() + "; chỉ người được giao hoặc lãnh đạo trung tâm thực hiện",
                        "the current step is assigned to " + d.assignee())));
            }
            String roleLabel = Role.parse(d.stepRole()).map(r -> r.label().toLowerCase(Locale.forLanguageTag("vi")))
                    .orElse(d.stepRole());
            throw new InvalidInputException(List.of(new Problem("status", "Bước «" + stepName + "» do " + roleLabel
                    + " thực hiện; bạn chỉ xem được hồ sơ này", "the current step belongs to role " + d.stepRole())));
        }
    }
}
