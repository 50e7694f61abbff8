package vn.motcua.core.catalog;

/** How a legal deadline is counted. "Ngày" without "làm việc" in a legal text means calendar days. */
public enum DeadlineUnit {
    WORKING_DAYS("Ngày làm việc"),
    WORKING_HOURS("Giờ làm việc"),
    CALENDAR_DAYS("Ngày");

    private final String label;

    DeadlineUnit(String label) {
        this.label = label;
    }

    /** The wording used in the exchange format's "Đơn vị thời hạn" column. */
    public String label() {
        return label;
    }
}
