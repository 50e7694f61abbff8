package vn.motcua.tenants.center;

/** Loại trung tâm: cấp xã (xã / phường / đặc khu) or the provincial center. */
public enum CenterType {
    XA("Xã"), PHUONG("Phường"), DAC_KHU("Đặc khu"), TINH("Tỉnh");

    private final String label;

    CenterType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
