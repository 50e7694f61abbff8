package vn.motcua.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    @Test
    void tetFallsOnTheDatesVietnamCelebrated() {
        assertEquals(LocalDate.of(2024, 2, 10), LunarCalendar.tet(2024));
        assertEquals(LocalDate.of(2025, 1, 29), LunarCalendar.tet(2025));
        assertEquals(LocalDate.of(2026, 2, 17), LunarCalendar.tet(2026));
        assertEquals(LocalDate.of(2027, 2, 6), LunarCalendar.tet(2027));
    }

    @Test
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth() {
        assertEquals(LocalDate.of(2025, 4, 7), LunarCalendar.hungKingsDay(2025));
        assertEquals(LocalDate.of(2026, 4, 26), LunarCalendar.hungKingsDay(2026));
    }

    @Test
    void computingForUtcPlusSevenGivesVietnamsTetWhereItDiffersFromChina() {
        // 1985: Vietnam celebrated on 21/01, a month before China (20/02); 2007: 17/02 vs 18/02 in China.
        assertEquals(LocalDate.of(1985, 1, 21), LunarCalendar.tet(1985));
        assertEquals(LocalDate.of(2007, 2, 17), LunarCalendar.tet(2007));
    }

    // Tết and Giỗ Tổ 2020–2030 as in /work/shared/data/vn_public_holidays_2020_2030_python-holidays-0.105.csv.
    @ParameterizedTest
    @CsvSource({
        "2020, 2020-01-25, 2020-04-02", "2021, 2021-02-12, 2021-04-21", "2022, 2022-02-01, 2022-04-10",
        "2023, 2023-01-22, 2023-04-29", "2024, 2024-02-10, 2024-04-18", "2025, 2025-01-29, 2025-04-07",
        "2026, 2026-02-17, 2026-04-26", "2027, 2027-02-06, 2027-04-16", "2028, 2028-01-26, 2028-04-04",
        "2029, 2029-02-13, 2029-04-23", "2030, 2030-02-02, 2030-04-12"})
    void agreesWithPythonHolidaysFor2020To2030(int year, LocalDate tet, LocalDate hungKings) {
        assertEquals(tet, LunarCalendar.tet(year));
        assertEquals(hungKings, LunarCalendar.hungKingsDay(year));
    }

    @Test
    void the2023LeapSecondMonthStartsOn22March() {
        // The new moon of 21/03/2023 17:23 UTC is already 22/03 in Hanoi.
        assertEquals(new LunarDate(1, 2, 2023, true), LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)));
        assertEquals(LocalDate.of(2023, 3, 22), LunarCalendar.toSolar(new LunarDate(1, 2, 2023, true)));
        assertEquals(LocalDate.of(2023, 2, 20), LunarCalendar.toSolar(LunarDate.of(1, 2, 2023)));
    }

    @Test
    void solarToLunarAndBackIsTheIdentityFrom1901To2099() {
        for (LocalDate d = LocalDate.of(1901, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
            assertEquals(d, LunarCalendar.toSolar(LunarCalendar.toLunar(d)), () -> "round trip failed");
        }
    }

    @Test
    void tetIsComputedAcrossTheWholeSupportedRange() {
        for (int y = LunarCalendar.MIN_YEAR + 1; y <= LunarCalendar.MAX_YEAR; y++) {
            LocalDate tet = LunarCalendar.tet(y);
            // Tết is always between 21 January and 20 February.
            assertEquals(true, !tet.isBefore(LocalDate.of(y, 1, 21)) && !tet.isAfter(LocalDate.of(y, 2, 20)), "Tết " + y + " = " + tet);
            assertEquals(LunarDate.of(1, 1, y), LunarCalendar.toLunar(tet));
        }
    }

    @Test
    void aYearOutsideTheSupportedRangeIsRefusedInVietnamese() {
        CalendarException e = assertThrows(CalendarException.class, () -> LunarCalendar.tet(2101));
        assertEquals("Chỉ tính được âm lịch cho các năm 1900–2100, không tính được năm 2101", e.getMessage());
    }

    @Test
    void aLeapMonthThatDoesNotExistIsRefused() {
        assertThrows(CalendarException.class, () -> LunarCalendar.toSolar(new LunarDate(1, 5, 2023, true)));
        assertThrows(CalendarException.class, () -> LunarCalendar.toSolar(new LunarDate(1, 5, 2024, true)));
    }
}
