package vn.motcua.core.calendar;

/** What a dated calendar entry does to the Monday–Friday week. */
public enum EntryKind {
    /** Ngày nghỉ lễ, Tết (Labour Code 2019, Art. 112). */
    HOLIDAY(true, "Nghỉ lễ, Tết"),
    /**
     * Ngày nghỉ bù (Art. 111(3): a holiday on a weekly rest day is made up on the next working day) and the
     * weekday the government swaps with a Saturday (nghỉ hoán đổi); both are simply days off for deadlines.
     */
    COMPENSATORY_DAY_OFF(true, "Nghỉ bù, nghỉ hoán đổi"),
    /** Ngày làm bù: a Saturday or Sunday that is worked in exchange for a swapped weekday. */
    WORKING_DAY_MOVED(false, "Làm bù");

    private final boolean dayOff;
    private final String label;

    EntryKind(boolean dayOff, String label) {
        this.dayOff = dayOff;
        this.label = label;
    }

    /** The kind as staff read it. */
    public String label() {
        return label;
    }

    public boolean isDayOff() {
        return dayOff;
    }
}
