package vn.motcua.core.workflow;

/** Who can work at a center, as the workflow rules need to know it. */
public interface StaffAvailability {
    /** Whether at least one active staff member has this role. */
    boolean hasActive(String role);

    boolean isActive(long staffId);

    /** The role's name for people ("Giám đốc trung tâm"). */
    String label(String role);
}
