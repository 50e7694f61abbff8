package vn.motcua.tenants.center;

public enum CenterStatus {
    ACTIVE("Đang hoạt động"), MERGED("Đã sáp nhập"), INACTIVE("Ngừng hoạt động");

    private final String label;

    CenterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
