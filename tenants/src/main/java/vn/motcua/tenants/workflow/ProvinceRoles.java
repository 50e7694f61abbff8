package vn.motcua.tenants.workflow;

import vn.motcua.core.workflow.StaffAvailability;
import vn.motcua.core.context.Role;

/** For the province's defaults: every center has clerks and a director; named staff belong to centers only. */
enum ProvinceRoles implements StaffAvailability {
    INSTANCE;

    @Override
    public boolean hasActive(String role) {
        return Role.CLERK.name().equals(role) || Role.DIRECTOR.name().equals(role);
    }

    @Override
    public boolean isActive(long staffId) {
        return false;
    }

    @Override
    public String label(String role) {
        return labelOf(role);
    }

    /** The role's name for people, or the stored name itself when it is no role we know. */
    static String labelOf(String role) {
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }
}
