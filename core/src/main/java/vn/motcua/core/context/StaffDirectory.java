package vn.motcua.core.context;

/**
 * Who works at the caller's center, as core needs to know it (the accounts live in the tenants module). Called
 * inside the center's tenant transaction.
 */
public interface StaffDirectory {
    /** Whether {@code username} is an active member of staff of the caller's center. */
    boolean isActiveStaff(CallContext ctx, String username);
}
