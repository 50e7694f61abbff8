package vn.motcua.core.counter;

/**
 * The people a center serves first at the queue, each with the words a director and a citizen read. The legal basis
 * of each is cited in DOMAIN.md ("Ưu tiên trong hàng đợi").
 */
public enum PriorityGroup {
    OLDER_PEOPLE("Người cao tuổi (từ đủ 60 tuổi)"),
    DISABLED("Người khuyết tật"),
    PREGNANT("Phụ nữ có thai"),
    SMALL_CHILDREN("Người đi cùng trẻ em dưới 36 tháng tuổi"),
    MERITORIOUS("Người có công với cách mạng, thương binh, bệnh binh"),
    OTHER_SPECIAL("Trường hợp đặc biệt khác do lãnh đạo trung tâm quyết định");

    private final String label;

    PriorityGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
