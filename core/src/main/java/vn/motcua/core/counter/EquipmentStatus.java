package vn.motcua.core.counter;

/** Whether a device works, each with the words its director reads. */
public enum EquipmentStatus {
    WORKING("Đang hoạt động"),
    BROKEN("Hỏng"),
    IN_REPAIR("Đang sửa chữa");

    private final String label;

    EquipmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
