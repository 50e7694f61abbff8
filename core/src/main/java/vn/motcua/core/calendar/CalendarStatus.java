package vn.motcua.core.calendar;

/** Where a province's calendar of a year stands. */
public enum CalendarStatus {
    /** Nháp: never published, or edited since its last publication (deadlines still use that publication). */
    DRAFT("Nháp"),
    /** Đã công bố: the working copy is exactly the publication in force. */
    PUBLISHED("Đã công bố");

    private final String label;

    CalendarStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
