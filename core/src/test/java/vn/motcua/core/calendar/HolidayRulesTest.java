package vn.motcua.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRulesTest {
    private static final OfficialAdjustments OFFICIAL = OfficialAdjustments.bundled();

    /** Weekdays that are off, plus weekend days that are worked: what changes deadlines. */
    static Set<LocalDate> weekdaysOff(WorkingCalendar cal, int year) {
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (!Dates.isWeekend(d) && !cal.isWorkingDay(d)) {
                off.add(d);
            }
        }
        return off;
    }

    static Set<LocalDate> weekendsWorked(WorkingCalendar cal, int year) {
        Set<LocalDate> worked = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (Dates.isWeekend(d) && cal.isWorkingDay(d)) {
                worked.add(d);
            }
        }
        return worked;
    }

    static Set<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void proposed2026CalendarMatchesThePublished2026HolidaysAfterTheDocumentedAdjustments() {
        WorkingCalendar proposed = HolidayRules.propose(2026);
        // Labour Code rules alone: Tết 29 Chạp – mùng 4 is exactly Thông báo 9441/TB-BNV (16/02–20/02/2026),
        // Giỗ Tổ on Sunday 26/04 gives Monday 27/04, Quốc khánh 01/09 + 02/09.
        assertEquals(dates("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"), weekdaysOff(proposed, 2026));

        // The only changes are the two swaps: Công văn 12729/VPCP-KGVX (02/01 ↔ 10/01) and
        // Thông báo 9441/TB-BNV (31/08 ↔ 22/08).
        assertEquals(4, OFFICIAL.forYear(2026).size());
        WorkingCalendar published = OFFICIAL.nationalCalendar(2026);
        assertEquals(dates("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02"),
                weekdaysOff(published, 2026));
        assertEquals(dates("2026-01-10", "2026-08-22"), weekendsWorked(published, 2026));
        // Civil servants' long breaks as announced: 01–04/01, 14–22/02, 29/08–02/09.
        assertTrue(allOff(published, "2026-01-01", "2026-01-04"));
        assertTrue(allOff(published, "2026-02-14", "2026-02-22"));
        assertTrue(allOff(published, "2026-08-29", "2026-09-02"));
        assertTrue(published.isWorkingDay(LocalDate.of(2026, 2, 23)));
    }

    @Test
    void published2025CalendarMatchesThongBao6150() {
        WorkingCalendar published = OFFICIAL.nationalCalendar(2025);
        assertEquals(dates("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
                weekdaysOff(published, 2025));
        assertEquals(dates("2025-04-26"), weekendsWorked(published, 2025));
        assertTrue(allOff(published, "2025-01-25", "2025-02-02"));
        assertTrue(allOff(published, "2025-04-30", "2025-05-04"));
        assertTrue(allOff(published, "2025-08-30", "2025-09-02"));
        assertTrue(published.isWorkingDay(LocalDate.of(2025, 2, 3)));
    }

    @Test
    void proposed2025TetIsTheLastDayOfTheYearAndTheFirstFourWithACompensatoryMonday() {
        WorkingCalendar proposed = HolidayRules.propose(2025);
        assertEquals("Tết Nguyên đán (29 tháng Chạp)", name(proposed, "2025-01-28"));
        assertEquals("Tết Nguyên đán (mùng 1 tháng Giêng)", name(proposed, "2025-01-29"));
        assertEquals("Tết Nguyên đán (mùng 4 tháng Giêng)", name(proposed, "2025-02-01"));
        assertEquals(EntryKind.COMPENSATORY_DAY_OFF, proposed.entryOn(LocalDate.of(2025, 2, 3)).orElseThrow().kind());
        assertEquals("Nghỉ bù Tết Nguyên đán (mùng 4 tháng Giêng) (trùng thứ Bảy 01/02/2025)", name(proposed, "2025-02-03"));
        assertEquals("Giỗ Tổ Hùng Vương (10/3 Âm lịch)", name(proposed, "2025-04-07"));
    }

    @Test
    void holidaysOnAWeekendAreMadeUpOnTheFollowingFreeWeekdaysInOrder() {
        // 2023: 01/01 Sunday; Giỗ Tổ Saturday 29/04 and 30/04 Sunday, 01/05 Monday; 02/09 Saturday.
        WorkingCalendar proposed = HolidayRules.propose(2023);
        assertFalse(proposed.isWorkingDay(LocalDate.of(2023, 1, 2)));
        assertFalse(proposed.isWorkingDay(LocalDate.of(2023, 5, 2)));
        assertFalse(proposed.isWorkingDay(LocalDate.of(2023, 5, 3)));
        assertTrue(proposed.isWorkingDay(LocalDate.of(2023, 5, 4)));
        assertFalse(proposed.isWorkingDay(LocalDate.of(2023, 9, 1)));
        assertFalse(proposed.isWorkingDay(LocalDate.of(2023, 9, 4)));
        assertEquals("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch) (trùng thứ Bảy 29/04/2023)", name(proposed, "2023-05-02"));
        assertEquals("Nghỉ bù ngày Chiến thắng (30/4) (trùng Chủ nhật 30/04/2023)", name(proposed, "2023-05-03"));
    }

    // The government's picks since 2021 (2021–2026 announced) and python-holidays' rule for 2027–2030.
    @ParameterizedTest
    @CsvSource({"2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03",
        "2025, 2025-09-01", "2026, 2026-09-01", "2027, 2027-09-03", "2028, 2028-09-01", "2029, 2029-09-03",
        "2030, 2030-09-03"})
    void nationalDayGetsTheAdjacentDayThatJoinsAWeekend(int year, LocalDate expected) {
        assertEquals(expected, HolidayRules.nationalDayCompanion(year));
    }

    @Test
    void everyProposalFrom1901To2100GivesElevenWeekdaysOff() {
        for (int y = 1901; y <= 2100; y++) {
            assertEquals(11, weekdaysOff(HolidayRules.propose(y), y).size(), "year " + y);
        }
    }

    @Test
    void hungKingsDayOnThirtiethOfAprilIsOneEntryWithACompensatoryDay() {
        WorkingCalendar proposed = HolidayRules.propose(1947);
        assertEquals("Giỗ Tổ Hùng Vương (10/3 Âm lịch); Ngày Chiến thắng (30/4)", name(proposed, "1947-04-30"));
        assertEquals(11, weekdaysOff(proposed, 1947).size());
    }

    private static boolean allOff(WorkingCalendar cal, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                return false;
            }
        }
        return true;
    }

    private static String name(WorkingCalendar cal, String date) {
        return cal.entryOn(LocalDate.parse(date)).orElseThrow().name();
    }
}
