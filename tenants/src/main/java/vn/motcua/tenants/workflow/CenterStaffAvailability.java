package vn.motcua.tenants.workflow;

import vn.motcua.core.workflow.StaffAvailability;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.core.context.Role;
import vn.motcua.tenants.staff.StaffMember;
import vn.motcua.tenants.staff.StaffRepository;

/** Who works at one center now; must be used inside that center's tenant transaction. */
final class CenterStaffAvailability implements StaffAvailability {
    private final long tenantId;
    private final AppUserRepository users;
    private final StaffRepository staff;

    CenterStaffAvailability(long tenantId, AppUserRepository users, StaffRepository staff) {
        this.tenantId = tenantId;
        this.users = users;
        this.staff = staff;
    }

    @Override
    public boolean hasActive(String role) {
        try {
            return users.countByTenantIdAndRoleAndActive(tenantId, Role.valueOf(role), true) > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean isActive(long staffId) {
        return staff.findByTenantIdAndId(tenantId, staffId).map(StaffMember::active).orElse(false);
    }

    @Override
    public String label(String role) {
        return ProvinceRoles.labelOf(role);
    }
}
