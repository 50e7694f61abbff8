package vn.motcua.core.calendar;

import java.util.Objects;

/** Thời hạn giải quyết of a procedure: N working days, N working hours (same-day procedures) or N calendar days. */
public record LegalDeadline(Unit unit, int amount) {
    public enum Unit {
        /** ngày làm việc: N × the office's working day of working time. */
        WORKING_DAYS,
        /** giờ làm việc: same-day ("trong ngày") procedures; after the 15:00 cut-off the clock starts next working day. */
        WORKING_HOURS,
        /** ngày (theo lịch): Civil Code 2015 Art. 147–148, the last day moved off weekends and holidays. */
        CALENDAR_DAYS
    }

    public LegalDeadline {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new CalendarException("Thời hạn giải quyết phải lớn hơn 0 (đang là " + amount + ")");
        }
    }

    public static LegalDeadline workingDays(int n) {
        return new LegalDeadline(Unit.WORKING_DAYS, n);
    }

    public static LegalDeadline workingHours(int n) {
        return new LegalDeadline(Unit.WORKING_HOURS, n);
    }

    public static LegalDeadline calendarDays(int n) {
        return new LegalDeadline(Unit.CALENDAR_DAYS, n);
    }

    @Override
    public String toString() {
        return switch (unit) {
            case WORKING_DAYS -> amount + " ngày làm việc";
            case WORKING_HOURS -> amount + " giờ làm việc";
            case CALENDAR_DAYS -> amount + " ngày";
        };
    }
}
