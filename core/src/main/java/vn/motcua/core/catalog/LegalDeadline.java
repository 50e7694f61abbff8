package vn.motcua.core.catalog;

import java.util.Objects;

/**
 * Thời hạn giải quyết of a procedure: a value and a unit (N working days, N working hours for same-day
 * procedures, N calendar days), or unknown (both null) when the source does not state one. The catalog keeps
 * whatever the source says; the deadline calendar counts only {@linkplain #isCountable() countable} ones.
 */
public record LegalDeadline(Integer value, DeadlineUnit unit) {

    public static final LegalDeadline UNKNOWN = new LegalDeadline(null, null);

    /** Largest accepted value per unit: a year of working days; anything above is a typing error. */
    static final int MAX_DAYS = 365;
    static final int HOURS_PER_WORKING_DAY = 8;

    public LegalDeadline {
        if ((value == null) != (unit == null)) {
            throw new IllegalArgumentException("value and unit are both set or both null");
        }
    }

    public static LegalDeadline of(int value, DeadlineUnit unit) {
        return new LegalDeadline(value, Objects.requireNonNull(unit));
    }

    /** ngày làm việc: N × the office's working day of working time. */
    public static LegalDeadline workingDays(int n) {
        return of(n, DeadlineUnit.WORKING_DAYS);
    }

    /** giờ làm việc: same-day ("trong ngày") procedures; after the 15:00 cut-off the clock starts next working day. */
    public static LegalDeadline workingHours(int n) {
        return of(n, DeadlineUnit.WORKING_HOURS);
    }

    /** ngày (theo lịch): Civil Code 2015 Art. 147–148, the last day moved off weekends and holidays. */
    public static LegalDeadline calendarDays(int n) {
        return of(n, DeadlineUnit.CALENDAR_DAYS);
    }

    public boolean isKnown() {
        return unit != null;
    }

    /** Known and above zero: a due date can be counted from it. */
    public boolean isCountable() {
        return isKnown() && value > 0;
    }

    /** Whether the value is outside what a legal text can plausibly mean (negative, or over a year). */
    boolean isOutOfRange() {
        if (!isKnown()) {
            return false;
        }
        int max = unit == DeadlineUnit.WORKING_HOURS ? MAX_DAYS * HOURS_PER_WORKING_DAY : MAX_DAYS;
        return value < 0 || value > max;
    }

    /** "3 ngày làm việc", "8 giờ làm việc", "21 ngày"; "?" when unknown. */
    @Override
    public String toString() {
        return isKnown() ? value + " " + unit.label().toLowerCase(java.util.Locale.ROOT) : "?";
    }
}
