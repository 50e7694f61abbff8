package vn.motcua.core.context;

/** The person's role does not allow this action (not a question of which tenant: that is "not found"). */
public class AccessDeniedException extends RuntimeException {
    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("Bạn không có quyền thực hiện thao tác này / not allowed: " + permission.name());
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
