package vn.motcua.core.calendar;

import java.util.List;

/** A province's calendar of one year as the provincial IT sees it: the working copy and where it stands. */
public record CalendarYear(ProvinceCalendar header, WorkingCalendar calendar) {
    public String provinceCode() {
        return header.provinceCode();
    }

    public int year() {
        return header.year();
    }

    public CalendarStatus status() {
        return header.status();
    }

    /** For optimistic locking: pass it back with the next edit. */
    public long version() {
        return header.version();
    }

    /** Number of the publication in force, 0 if the year was never published. */
    public int publishedVersion() {
        return header.publishedVersion();
    }

    public List<CalendarEntry> entries() {
        return calendar.entries();
    }

    public int workingDays() {
        return calendar.workingDaysIn(header.year());
    }
}
