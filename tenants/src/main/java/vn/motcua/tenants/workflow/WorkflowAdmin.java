package vn.motcua.tenants.workflow;

import jakarta.inject.Singleton;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.workflow.WorkflowService;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.core.workflow.WorkflowVersion;
import vn.motcua.tenants.security.AccessDeniedException;
import vn.motcua.tenants.security.AppUserRepository;
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
    public static boolean editsProvinceDefault(Principal principal) {
        return principal.isProvincial() && !principal.actingAsOtherCenter();
    }

    public WorkflowVersion current(Principal principal, String procedureCode, LegalDeadline deadline) {
        return editsProvinceDefault(principal) ? workflows.currentDefault(principal.homeTenant(), procedureCode, deadline)
                : workflows.current(principal.tenant(), procedureCode, deadline);
    }

    public List<WorkflowVersion> history(Principal principal, String procedureCode) {
        return editsProvinceDefault(principal) ? workflows.defaultHistory(principal.homeTenant(), procedureCode)
                : workflows.history(principal.tenant(), procedureCode);
    }

    /** The rules' verdict on a draft, for the editor to show while the director types. */
    public List<Problem> check(Principal principal, List<WorkflowStep> steps, LegalDeadline deadline) {
        if (editsProvinceDefault(principal)) {
            return vn.motcua.core.workflow.WorkflowRules.check(steps, deadline, ProvinceRoles.INSTANCE);
        }
        return tx.read(principal.tenant(), () -> vn.motcua.core.workflow.WorkflowRules.check(steps, deadline,
                new CenterStaffAvailability(principal.tenantId(), users, staff)));
    }

    /** {@code procedureVersion}: the catalog version the editor showed; the workflow keeps it. */
    public WorkflowVersion save(Principal principal, String procedureCode, Integer procedureVersion, LegalDeadline deadline,
                                List<WorkflowStep> steps, int basedOnVersion) {
        if (editsProvinceDefault(principal)) {
            return workflows.saveDefault(principal.homeTenant(), principal.actor(), procedureCode, procedureVersion, deadline, steps,
                    ProvinceRoles.INSTANCE, basedOnVersion);
        }
        if (!principal.managesCenter()) {
            throw new AccessDeniedException("edit workflow");
        }
        return tx.write(principal.tenant(), () -> workflows.save(principal.tenant(), principal.actor(), procedureCode,
                procedureVersion, deadline, steps, new CenterStaffAvailability(principal.tenantId(), users, staff), basedOnVersion));
    }

    public List<Problem> deadlineWarnings(Principal principal, Function<String, LegalDeadline> currentDeadline) {
        return workflows.deadlineWarnings(principal.tenant(), currentDeadline);
    }
}
