package vn.motcua.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Working-time arithmetic on office-local date-times: the clock runs only inside sessions of working days. */
final class WorkingClock {
    private final WorkingCalendar calendar;
    private final OfficeHours hours;

    WorkingClock(WorkingCalendar calendar, OfficeHours hours) {
        this.calendar = calendar;
        this.hours = hours;
    }

    /** The earliest moment at or after {@code t} when the clock runs. */
    LocalDateTime nextRunning(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        if (calendar.isWorkingDay(day)) {
            for (OfficeHours.Session s : hours.sessions()) {
                if (t.toLocalTime().isBefore(s.end())) {
                    return t.toLocalTime().isBefore(s.start()) ? day.atTime(s.start()) : t;
                }
            }
        }
        return calendar.nextWorkingDay(day).atTime(hours.opening());
    }

    /**
     * The earliest moment when {@code budget} of working time has run from {@code start}. A budget used up
     * exactly at the end of a session ends there (11:30, 17:00), never at the next opening.
     */
    LocalDateTime plus(LocalDateTime start, Duration budget) {
        LocalDateTime t = nextRunning(start);
        Duration remaining = budget;
        while (true) {
            LocalDate day = t.toLocalDate();
            for (OfficeHours.Session s : hours.sessions()) {
                if (!t.toLocalTime().isBefore(s.end())) {
                    continue;
                }
                LocalTime from = t.toLocalTime().isAfter(s.start()) ? t.toLocalTime() : s.start();
                Duration available = Duration.between(from, s.end());
                if (remaining.compareTo(available) <= 0) {
                    return day.atTime(from.plus(remaining));
                }
                remaining = remaining.minus(available);
            }
            t = calendar.nextWorkingDay(day).atTime(hours.opening());
        }
    }

    /** Working time in [from, to); zero when {@code to} is not after {@code from}. */
    Duration between(LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            LocalTime a = day.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
            LocalTime b = day.equals(to.toLocalDate()) ? to.toLocalTime() : LocalTime.MAX;
            total = total.plus(hours.workingTimeWithin(a, b));
        }
        return total;
    }
}
