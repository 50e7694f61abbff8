package vn.motcua.tenants.merge;

/** What becomes of a source center's account at the target, chosen per account in the preview. */
public enum AccountChoice {
    KEEP("Giữ tài khoản, giữ vai trò"),
    KEEP_AS_CLERK("Giữ tài khoản, làm cán bộ tiếp nhận"),
    DEACTIVATE("Ngừng hoạt động tài khoản");

    private final String label;

    AccountChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
