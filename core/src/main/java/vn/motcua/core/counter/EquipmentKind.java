package vn.motcua.core.counter;

/** The kinds of device a center keeps, each with the words its director reads. */
public enum EquipmentKind {
    TICKET_KIOSK("Máy lấy số tự động"),
    DISPLAY_BOARD("Màn hình hiển thị số"),
    RATING_TABLET("Máy đánh giá tại quầy"),
    LOOKUP_KIOSK("Máy tra cứu"),
    SCANNER("Máy quét"),
    PRINTER("Máy in"),
    CAMERA("Camera"),
    OTHER("Thiết bị khác");

    private final String label;

    EquipmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
