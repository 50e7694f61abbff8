package vn.motcua.core.context;

/** What a person does in MotCua; the permissions of each are declared once, in {@link Permission}. */
public enum Role {
    PROVINCIAL_ADMIN("Quản trị tỉnh"), DIRECTOR("Giám đốc trung tâm"), CLERK("Cán bộ tiếp nhận");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role stored as text (a workflow step's role), or empty when the text names no role. */
    public static java.util.Optional<Role> parse(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (Role r : values()) {
            if (r.name().equals(name)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
