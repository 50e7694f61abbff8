package vn.motcua.core.calendar;

import jakarta.inject.Singleton;
import vn.motcua.core.catalog.LegalDeadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The one place features ask for deadlines: {@link DeadlineCalculator} with the province's calendars in force
 * ({@link PublishedCalendars}: the published years, the proposed national calendar for a year not published
 * yet, so intake never fails at year end) and the province's office hours.
 */
@Singleton
public class DeadlineService {
    /** Years a deadline may run beyond the first estimate before we give up (a year with almost no working days). */
    private static final int EXTRA_YEARS = 3;

    private final PublishedCalendars calendars;

    public DeadlineService(PublishedCalendars calendars) {
        this.calendars = calendars;
    }

    /** Hạn giải quyết of a dossier of {@code provinceCode} received at {@code receivedAt}, in the office time zone. */
    public ZonedDateTime due(String provinceCode, Instant receivedAt, LegalDeadline deadline, List<Pause> pauses) {
        DeadlineCalculator.requireCountable(deadline);
        OfficeHours hours = calendars.officeHours(provinceCode);
        Instant latest = receivedAt;
        Instant earliest = receivedAt;
        for (Pause p : pauses) {
            latest = p.to().isAfter(latest) ? p.to() : latest;
            earliest = p.from().isBefore(earliest) ? p.from() : earliest;
        }
        int firstYear = year(earliest, hours);
        // The clock uses its whole budget after the last of receipt and pause ends at the latest.
        int lastYear = latest.atZone(hours.zone()).toLocalDate().plusDays(spanDays(deadline, hours)).getYear();
        CalendarException last = null;
        for (int extra = 0; extra <= EXTRA_YEARS; extra++) {
            WorkingCalendar calendar = calendars.years(provinceCode, firstYear, lastYear + extra);
            try {
                return DeadlineCalculator.due(receivedAt, deadline, calendar, hours, pauses);
            } catch (CalendarException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Working time elapsed in [from, to): the time budget used, for the control sheet and on-time indicators. */
    public Duration workingTimeBetween(String provinceCode, Instant from, Instant to) {
        return workingTimeBetween(provinceCode, from, to, List.of());
    }

    /** As {@link #workingTimeBetween(String, Instant, Instant)}, without the time the dossier was paused. */
    public Duration workingTimeBetween(String provinceCode, Instant from, Instant to, List<Pause> pauses) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        OfficeHours hours = calendars.officeHours(provinceCode);
        WorkingCalendar calendar = calendars.years(provinceCode, year(from, hours), year(to, hours));
        return DeadlineCalculator.workingTimeBetween(from.atZone(hours.zone()), to.atZone(hours.zone()), calendar,
                hours, pauses);
    }

    /**
     * Whether {@code at} falls in the province's working time (a working day, inside office hours). A dossier
     * received outside it has its deadline counted from the next working time.
     */
    public boolean isWorkingTime(String provinceCode, Instant at) {
        return !workingTimeBetween(provinceCode, at, at.plus(Duration.ofMinutes(1))).isZero();
    }

    /** The province's office hours (defaults unless it configured its own). */
    public OfficeHours officeHours(String provinceCode) {
        return calendars.officeHours(provinceCode);
    }

    private static int year(Instant t, OfficeHours hours) {
        return t.atZone(hours.zone()).getYear();
    }

    /**
     * Calendar days that surely hold the deadline's working time: two calendar days per working day covers
     * weekends and the longest holidays (Tết: 9 days off for 5 working days), plus a month of margin.
     */
    static long spanDays(LegalDeadline deadline, OfficeHours hours) {
        long days = switch (deadline.unit()) {
            case WORKING_DAYS -> 2L * deadline.value();
            case WORKING_HOURS -> 2L * (Duration.ofHours(deadline.value()).toMinutes() / hours.workingDay().toMinutes() + 1);
            case CALENDAR_DAYS -> deadline.value();
        };
        return days + 31;
    }
}
