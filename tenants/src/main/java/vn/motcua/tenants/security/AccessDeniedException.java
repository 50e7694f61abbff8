package vn.motcua.tenants.security;

/** The person's role does not allow this action (not a question of which tenant: that is "not found"). */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String action) {
        super("Bạn không có quyền thực hiện thao tác này / not allowed: " + action);
    }
}
