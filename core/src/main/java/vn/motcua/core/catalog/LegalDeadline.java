package vn.motcua.core.catalog;

import java.util.Objects;

/** Thời hạn giải quyết: a value and a unit, or unknown (both null) when the source does not state one. */
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

    public boolean isKnown() {
        return unit != null;
    }

    /** Whether the value is outside what a legal text can plausibly mean (negative, or over a year). */
    boolean isOutOfRange() {
        if (!isKnown()) {
            return false;
        }
        int max = unit == DeadlineUnit.WORKING_HOURS ? MAX_DAYS * HOURS_PER_WORKING_DAY : MAX_DAYS;
        return value < 0 || value > max;
    }

    @Override
    public String toString() {
        return isKnown() ? value + " " + unit.label() : "?";
    }
}
