package vn.motcua.tenants.workflow;

import jakarta.inject.Singleton;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.workflow.WorkflowService;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.core.workflow.WorkflowVersion;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.staff.StaffRepository;

import java.util.List;
import java.util.function.Function;

/** The director's side of workflows: everyone of the center reads them, the director changes them. */
@Singleton
public class WorkflowAdmin {
    private final WorkflowService workflows;
    private final TenantTransactions tx;
    private final AppUserRepository users;
    private final StaffRepository staff;

    public WorkflowAdmin(WorkflowService workflows, TenantTransactions tx, AppUserRepository users, StaffRepository staff) {
        this.workflows = workflows;
        this.tx = tx;
        this.users = users;
        this.staff = staff;
    }

    /** Provincial IT working as the province (not as a center) edits the province's defaults. */
    public static boolean editsProvinceDefault(CallContext ctx) {
        return ctx.may(Permission.EDIT_DEFAULT_WORKFLOWS);
    }

    public WorkflowVersion current(CallContext ctx, String procedureCode, LegalDeadline deadline) {
        return editsProvinceDefault(ctx) ? workflows.currentDefault(ctx.homeTenant(), procedureCode, deadline)
                : workflows.current(ctx.tenant(), procedureCode, deadline);
    }

    public List<WorkflowVersion> history(CallContext ctx, String procedureCode) {
        return editsProvinceDefault(ctx) ? workflows.defaultHistory(ctx.homeTenant(), procedureCode)
                : workflows.history(ctx.tenant(), procedureCode);
    }

    /** The rules' verdict on a draft, for the editor to show while the director types. */
    public List<Problem> check(CallContext ctx, List<WorkflowStep> steps, LegalDeadline deadline) {
        if (editsProvinceDefault(ctx)) {
            return vn.motcua.core.workflow.WorkflowRules.check(steps, deadline, ProvinceRoles.INSTANCE);
        }
        return tx.read(ctx.tenant(), () -> vn.motcua.core.workflow.WorkflowRules.check(steps, deadline,
                new CenterStaffAvailability(ctx.tenant().value(), users, staff)));
    }

    /** {@code procedureVersion}: the catalog version the editor showed; the workflow keeps it. */
    public WorkflowVersion save(CallContext ctx, String procedureCode, Integer procedureVersion, LegalDeadline deadline,
                                List<WorkflowStep> steps, int basedOnVersion) {
        if (editsProvinceDefault(ctx)) {
            return workflows.saveDefault(ctx, procedureCode, procedureVersion, deadline, steps,
                    ProvinceRoles.INSTANCE, basedOnVersion);
        }
        ctx.require(Permission.MANAGE_CENTER);
        return tx.write(ctx.tenant(), () -> workflows.save(ctx, procedureCode,
                procedureVersion, deadline, steps, new CenterStaffAvailability(ctx.tenant().value(), users, staff), basedOnVersion));
    }

    public List<Problem> deadlineWarnings(CallContext ctx, Function<String, LegalDeadline> currentDeadline) {
        return workflows.deadlineWarnings(ctx.tenant(), currentDeadline);
    }
}
