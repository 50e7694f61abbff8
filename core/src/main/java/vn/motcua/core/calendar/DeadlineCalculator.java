package vn.motcua.core.calendar;

import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.LegalDeadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one deadline function (hạn giải quyết / ngày hẹn trả). Conventions, from DOMAIN.md "Deadlines" and
 * "Due date", and documented in package-info:
 * <ol>
 * <li>The clock starts at valid receipt if that is inside a session of a working day, else at the next
 * opening (received after hours, at lunch, on a weekend or holiday → next working session).</li>
 * <li>Working days: the budget is N × {@link OfficeHours#workingDay()} (8 h) of working time, so a dossier
 * received at 09:00 is due at 09:00 N working days later. The due moment is the earliest one at which the
 * budget is used up: a clock started at an opening (07:00 after an after-hours receipt, 13:30 after a lunch
 * receipt) ends at the previous closing (17:00, 11:30) N days on — the same working-time point.</li>
 * <li>Working hours (same-day procedures): received on a working day after the cut-off (15:00), the clock
 * starts at the next working day's opening, so the result is due the next working day.</li>
 * <li>Calendar days: Civil Code 2015 Art. 147 (the receipt day is not counted) and Art. 148(5) (a last day
 * that is a weekend or holiday moves to the next working day); due at that day's closing, because results
 * are returned in office hours.</li>
 * <li>Pauses (supplement, financial obligation) add the working time they cover (calendar days they span
 * for calendar-day deadlines). A pause starting at or after the due moment changes nothing: the dossier
 * was already late.</li>
 * </ol>
 * All results are in the office time zone. Every date touched must be covered by the calendar.
 */
public final class DeadlineCalculator {
    private DeadlineCalculator() {
    }

    public static ZonedDateTime due(Instant receivedAt, LegalDeadline deadline, WorkingCalendar calendar,
            OfficeHours hours, List<Pause> pauses) {
        return due(receivedAt.atZone(hours.zone()), deadline, calendar, hours, pauses);
    }

    public static ZonedDateTime due(ZonedDateTime receivedAt, LegalDeadline deadline, WorkingCalendar calendar,
            OfficeHours hours, List<Pause> pauses) {
        requireCountable(deadline);
        WorkingClock clock = new WorkingClock(calendar, hours);
        LocalDateTime start = clockStart(local(receivedAt, hours), deadline, calendar, hours, clock);
        List<Stop> stops = merged(pauses, hours);
        LocalDateTime due = switch (deadline.unit()) {
            case WORKING_DAYS -> afterWorkingTime(clock, start, hours.workingDay().multipliedBy(deadline.value()), stops);
            case WORKING_HOURS -> afterWorkingTime(clock, start, Duration.ofHours(deadline.value()), stops);
            case CALENDAR_DAYS -> afterCalendarDays(calendar, hours, start.toLocalDate(), deadline.value(), stops);
        };
        return due.atZone(hours.zone());
    }

    /** A due date is counted only from a known deadline above zero (the catalog may hold unknown or zero ones). */
    static void requireCountable(LegalDeadline deadline) {
        if (deadline == null || !deadline.isKnown()) {
            throw new CalendarException("Thủ tục chưa có thời hạn giải quyết, không tính được hạn trả kết quả");
        }
        if (!deadline.isCountable()) {
            throw new CalendarException("Thời hạn giải quyết phải lớn hơn 0 (đang là " + deadline.value() + ")");
        }
    }

    public static ZonedDateTime due(ZonedDateTime receivedAt, LegalDeadline deadline, WorkingCalendar calendar,
            OfficeHours hours) {
        return due(receivedAt, deadline, calendar, hours, List.of());
    }

    /** When the deadline clock starts for a dossier received at {@code receivedAt} (rules 1 and 3). */
    public static ZonedDateTime clockStart(ZonedDateTime receivedAt, LegalDeadline deadline, WorkingCalendar calendar,
            OfficeHours hours) {
        requireCountable(deadline);
        WorkingClock clock = new WorkingClock(calendar, hours);
        return clockStart(local(receivedAt, hours), deadline, calendar, hours, clock).atZone(hours.zone());
    }

    /** Working time elapsed in [from, to): the time budget used, for the control sheet and on-time indicators. */
    public static Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to, WorkingCalendar calendar,
            OfficeHours hours) {
        return new WorkingClock(calendar, hours).between(local(from, hours), local(to, hours));
    }

    /** As {@link #workingTimeBetween(ZonedDateTime, ZonedDateTime, WorkingCalendar, OfficeHours)}, minus pauses. */
    public static Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to, WorkingCalendar calendar,
            OfficeHours hours, List<Pause> pauses) {
        WorkingClock clock = new WorkingClock(calendar, hours);
        LocalDateTime a = local(from, hours);
        LocalDateTime b = local(to, hours);
        Duration total = clock.between(a, b);
        for (Stop p : merged(pauses, hours)) {
            LocalDateTime ps = p.from().isAfter(a) ? p.from() : a;
            LocalDateTime pe = p.to().isBefore(b) ? p.to() : b;
            total = total.minus(clock.between(ps, pe));
        }
        return total;
    }

    private static LocalDateTime clockStart(LocalDateTime received, LegalDeadline deadline, WorkingCalendar calendar,
            OfficeHours hours, WorkingClock clock) {
        LocalDateTime start = clock.nextRunning(received);
        boolean sameDay = deadline.unit() == DeadlineUnit.WORKING_HOURS;
        if (sameDay && start.toLocalDate().equals(received.toLocalDate())
                && received.toLocalTime().isAfter(hours.sameDayCutoff())) {
            return calendar.nextWorkingDay(start.toLocalDate()).atTime(hours.opening());
        }
        return start;
    }

    private static LocalDateTime afterWorkingTime(WorkingClock clock, LocalDateTime start, Duration budget,
            List<Stop> stops) {
        LocalDateTime t = start;
        Duration remaining = budget;
        for (Stop p : stops) {
            if (!p.to().isAfter(t)) {
                continue;
            }
            if (!p.from().isBefore(clock.plus(t, remaining))) {
                break;
            }
            if (p.from().isAfter(t)) {
                remaining = remaining.minus(clock.between(t, p.from()));
            }
            t = clock.nextRunning(p.to());
        }
        return clock.plus(t, remaining);
    }

    private static LocalDateTime afterCalendarDays(WorkingCalendar calendar, OfficeHours hours, LocalDate receiptDay,
            int days, List<Stop> stops) {
        LocalDate last = receiptDay.plusDays(days);
        for (Stop p : stops) {
            if (!p.from().isBefore(last.atTime(hours.closing()))) {
                break;
            }
            LocalDate from = p.from().toLocalDate().isAfter(receiptDay) ? p.from().toLocalDate() : receiptDay;
            if (p.to().toLocalDate().isAfter(from)) {
                last = last.plusDays(ChronoUnit.DAYS.between(from, p.to().toLocalDate()));
            }
        }
        return calendar.firstWorkingDayFrom(last).atTime(hours.closing());
    }

    private static LocalDateTime local(ZonedDateTime t, OfficeHours hours) {
        return t.withZoneSameInstant(hours.zone()).toLocalDateTime();
    }

    /** Pauses as office-local intervals, sorted and with overlaps joined so no time is counted twice. */
    private static List<Stop> merged(List<Pause> pauses, OfficeHours hours) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        List<Stop> result = new ArrayList<>();
        for (Pause p : sorted) {
            LocalDateTime from = LocalDateTime.ofInstant(p.from(), hours.zone());
            LocalDateTime to = LocalDateTime.ofInstant(p.to(), hours.zone());
            Stop last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && !from.isAfter(last.to())) {
                if (to.isAfter(last.to())) {
                    result.set(result.size() - 1, new Stop(last.from(), to));
                }
            } else {
                result.add(new Stop(from, to));
            }
        }
        return result;
    }

    private record Stop(LocalDateTime from, LocalDateTime to) {
    }
}
