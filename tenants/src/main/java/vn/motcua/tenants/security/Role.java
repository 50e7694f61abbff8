package vn.motcua.tenants.security;

public enum Role {
    PROVINCIAL_ADMIN("Quản trị tỉnh"), DIRECTOR("Giám đốc trung tâm"), CLERK("Cán bộ tiếp nhận");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
