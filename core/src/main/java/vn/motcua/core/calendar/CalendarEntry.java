package vn.motcua.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One dated entry of a working calendar, with its Vietnamese name as shown to staff and citizens. */
public record CalendarEntry(LocalDate date, EntryKind kind, String name) {
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new CalendarException("Ngày " + Dates.format(date) + " cần có tên (ví dụ: Tết Dương lịch)");
        }
        name = name.strip();
    }

    public static CalendarEntry holiday(LocalDate date, String name) {
        return new CalendarEntry(date, EntryKind.HOLIDAY, name);
    }

    public static CalendarEntry dayOff(LocalDate date, String name) {
        return new CalendarEntry(date, EntryKind.COMPENSATORY_DAY_OFF, name);
    }

    public static CalendarEntry workingDay(LocalDate date, String name) {
        return new CalendarEntry(date, EntryKind.WORKING_DAY_MOVED, name);
    }
}
