package vn.motcua.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A province's working calendar for one or more whole years: Monday–Friday, minus the days off it lists
 * (holidays, compensatory and swapped days), plus the weekend days it lists as worked.
 * <p>
 * Immutable and always valid: every instance has been checked, so a calendar read back from the database
 * is rejected at the door rather than producing a wrong appointment date later. Asking about a date in a
 * year the calendar does not cover is an error, not a silent Monday–Friday guess, because a missing Tết
 * would move due dates by a week; callers cover the next year with {@link HolidayRules#propose(int)}
 * until the province publishes it.
 */
public final class WorkingCalendar {
    private final NavigableSet<Integer> years;
    private final NavigableMap<LocalDate, CalendarEntry> entries;

    private WorkingCalendar(NavigableSet<Integer> years, NavigableMap<LocalDate, CalendarEntry> entries) {
        this.years = Collections.unmodifiableNavigableSet(years);
        this.entries = Collections.unmodifiableNavigableMap(entries);
        validate();
    }

    /** A calendar for the given years; two entries on the same date are refused. */
    public static WorkingCalendar of(Collection<Integer> years, Collection<CalendarEntry> entries) {
        if (years.isEmpty()) {
            throw new CalendarException("Lịch làm việc phải có ít nhất một năm");
        }
        TreeMap<LocalDate, CalendarEntry> map = new TreeMap<>();
        for (CalendarEntry e : entries) {
            CalendarEntry previous = map.put(e.date(), e);
            if (previous != null) {
                throw new CalendarException("Ngày " + Dates.format(e.date()) + " có hai mục: \"" + previous.name()
                        + "\" và \"" + e.name() + "\"");
            }
        }
        return new WorkingCalendar(new TreeSet<>(years), map);
    }

    public static WorkingCalendar of(int year, Collection<CalendarEntry> entries) {
        return of(List.of(year), entries);
    }

    public NavigableSet<Integer> years() {
        return years;
    }

    /** Entries in date order. */
    public List<CalendarEntry> entries() {
        return List.copyOf(entries.values());
    }

    public List<CalendarEntry> entries(int year) {
        return List.copyOf(entries.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    public Optional<CalendarEntry> entryOn(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        CalendarEntry e = entries.get(date);
        if (e != null) {
            return !e.kind().isDayOff();
        }
        return !Dates.isWeekend(date);
    }

    /** The first working day strictly after the given date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return firstWorkingDayFrom(date.plusDays(1));
    }

    /** The given date if it is a working day, else the next one. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public int workingDaysIn(int year) {
        int count = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** A copy with the entry added, replacing any entry on the same date (the province's correction wins). */
    public WorkingCalendar with(CalendarEntry entry) {
        TreeMap<LocalDate, CalendarEntry> copy = new TreeMap<>(entries);
        copy.put(entry.date(), entry);
        return new WorkingCalendar(new TreeSet<>(years), copy);
    }

    /** A copy without the entry on that date; the date falls back to its plain weekday/weekend status. */
    public WorkingCalendar without(LocalDate date) {
        if (!entries.containsKey(date)) {
            throw new CalendarException("Lịch không có mục nào vào ngày " + Dates.format(date) + " để bỏ");
        }
        TreeMap<LocalDate, CalendarEntry> copy = new TreeMap<>(entries);
        copy.remove(date);
        return new WorkingCalendar(new TreeSet<>(years), copy);
    }

    /** Joins calendars of different years, e.g. the published current year and the proposed next one. */
    public WorkingCalendar merge(WorkingCalendar other) {
        for (int y : other.years) {
            if (years.contains(y)) {
                throw new CalendarException("Năm " + y + " có trong cả hai lịch; chỉ ghép được các năm khác nhau");
            }
        }
        TreeSet<Integer> allYears = new TreeSet<>(years);
        allYears.addAll(other.years);
        TreeMap<LocalDate, CalendarEntry> all = new TreeMap<>(entries);
        all.putAll(other.entries);
        return new WorkingCalendar(allYears, all);
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        for (CalendarEntry e : entries.values()) {
            if (!years.contains(e.date().getYear())) {
                problems.add("Ngày " + Dates.format(e.date()) + " (" + e.name() + ") nằm ngoài năm " + yearsText()
                        + " của lịch");
            } else if (e.kind() == EntryKind.WORKING_DAY_MOVED && !Dates.isWeekend(e.date())) {
                problems.add("Ngày làm bù " + Dates.format(e.date()) + " là " + Dates.weekdayVi(e.date())
                        + ", đã là ngày làm việc; ngày làm bù phải là thứ Bảy hoặc Chủ nhật");
            }
        }
        if (problems.isEmpty()) {
            for (int y : years) {
                if (workingDaysIn(y) == 0) {
                    problems.add("Năm " + y + " không còn ngày làm việc nào");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(String.join("; ", problems));
        }
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new CalendarException("Chưa có lịch làm việc năm " + date.getYear() + " (ngày " + Dates.format(date)
                    + "); lịch hiện có: năm " + yearsText());
        }
    }

    private String yearsText() {
        StringBuilder sb = new StringBuilder();
        for (int y : years) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(y);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar other && years.equals(other.years) && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return 31 * years.hashCode() + entries.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingCalendar" + years + entries.values();
    }
}
