package vn.motcua.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes a year's calendar from the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), Art. 112(1) holidays
 * and Art. 111(3) compensatory days. The Prime Minister fixes the exact Tết and Quốc khánh days each year
 * (Art. 112(3)) and may swap working days, so this is only the starting point the province edits
 * (see {@link OfficialAdjustments} for the swaps announced so far).
 * <p>
 * Choices, where the Code leaves them to the government:
 * <ul>
 * <li>Tết: the last day of the old lunar year plus mùng 1–4 — the first option the ministry lists for
 * employers and the window of the published 2026 schedule (Thông báo 9441/TB-BNV, 16/10/2025). Other years
 * picked other windows (2025: 28 Chạp – mùng 3, Thông báo 6150/TB-BLĐTBXH); those are adjustments.</li>
 * <li>Quốc khánh: 2/9 plus the adjacent day (1/9 or 3/9) that joins a weekend (a Monday or Friday), else the
 * one that is a weekday, else 1/9. This reproduces every government choice since the second day was added
 * in 2021: 2021 3/9, 2022 1/9, 2023 1/9, 2024 3/9, 2025 1/9, 2026 1/9.</li>
 * <li>Nghỉ bù: each holiday on a Saturday or Sunday gives the next weekday that is not itself a holiday or
 * an earlier compensatory day, in date order (as in 2023: Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday gave
 * 2/5 and 3/5). Two holidays on one date (Giỗ Tổ on 30/4) also give a compensatory day.</li>
 * </ul>
 */
public final class HolidayRules {
    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 Âm lịch)";
    static final String VICTORY = "Ngày Chiến thắng (30/4)";
    static final String LABOUR = "Ngày Quốc tế lao động (1/5)";
    static final String NATIONAL = "Quốc khánh (2/9)";

    private HolidayRules() {
    }

    public static WorkingCalendar propose(int year) {
        List<CalendarEntry> holidays = holidays(year);
        List<CalendarEntry> all = new ArrayList<>(joinSameDay(holidays));
        all.addAll(compensatoryDays(holidays));
        return WorkingCalendar.of(year, all);
    }

    /** Giỗ Tổ can fall on 30/4 (e.g. 1947): one entry carrying both names. */
    private static List<CalendarEntry> joinSameDay(List<CalendarEntry> holidays) {
        Map<LocalDate, CalendarEntry> byDate = new LinkedHashMap<>();
        for (CalendarEntry h : holidays) {
            byDate.merge(h.date(), h, (a, b) -> CalendarEntry.holiday(a.date(), a.name() + "; " + b.name()));
        }
        return new ArrayList<>(byDate.values());
    }

    static List<CalendarEntry> holidays(int year) {
        List<CalendarEntry> h = new ArrayList<>();
        h.add(CalendarEntry.holiday(LocalDate.of(year, 1, 1), NEW_YEAR));
        h.addAll(tet(year));
        h.add(CalendarEntry.holiday(LunarCalendar.hungKingsDay(year), HUNG_KINGS));
        h.add(CalendarEntry.holiday(LocalDate.of(year, 4, 30), VICTORY));
        h.add(CalendarEntry.holiday(LocalDate.of(year, 5, 1), LABOUR));
        h.add(CalendarEntry.holiday(LocalDate.of(year, 9, 2), NATIONAL));
        LocalDate adjacent = nationalDayCompanion(year);
        h.add(CalendarEntry.holiday(adjacent, "Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)"));
        h.sort(Comparator.comparing(CalendarEntry::date));
        return h;
    }

    private static List<CalendarEntry> tet(int year) {
        LocalDate eve = LunarCalendar.lastDayOfLunarYear(year);
        int lastDay = LunarCalendar.toLunar(eve).day();
        List<CalendarEntry> days = new ArrayList<>();
        days.add(CalendarEntry.holiday(eve, TET + " (" + lastDay + " tháng Chạp)"));
        LocalDate first = LunarCalendar.tet(year);
        for (int i = 0; i < 4; i++) {
            days.add(CalendarEntry.holiday(first.plusDays(i), TET + " (mùng " + (i + 1) + " tháng Giêng)"));
        }
        return days;
    }

    /** The day added to 2/9 since 2021: prefer the one that joins a weekend. */
    static LocalDate nationalDayCompanion(int year) {
        LocalDate before = LocalDate.of(year, 9, 1);
        LocalDate after = LocalDate.of(year, 9, 3);
        if (Dates.isWeekend(before)) {
            return after;
        }
        if (Dates.isWeekend(after)) {
            return before;
        }
        if (after.getDayOfWeek() == DayOfWeek.FRIDAY) {
            return after;
        }
        return before;
    }

    /**
     * Each holiday is a paid day off, so one on a weekend, or sharing its date with another holiday, is made
     * up on the next weekday not already taken.
     */
    private static List<CalendarEntry> compensatoryDays(List<CalendarEntry> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarEntry> result = new ArrayList<>();
        for (CalendarEntry h : holidays) {
            boolean sharesDate = !seen.add(h.date());
            if (!Dates.isWeekend(h.date()) && !sharesDate) {
                continue;
            }
            LocalDate d = h.date().plusDays(1);
            while (Dates.isWeekend(d) || taken.contains(d)) {
                d = d.plusDays(1);
            }
            taken.add(d);
            String why = sharesDate ? "trùng ngày lễ khác " : "trùng " + Dates.weekdayVi(h.date()) + " ";
            result.add(CalendarEntry.dayOff(d, "Nghỉ bù " + lowerFirst(h.name()) + " (" + why + Dates.format(h.date()) + ")"));
        }
        return result;
    }

    private static String lowerFirst(String s) {
        // "Nghỉ bù Tết Dương lịch" keeps proper nouns; only generic "Ngày ..." is lowered for readability.
        return s.startsWith("Ngày ") ? "ngày " + s.substring(5) : s;
    }
}
