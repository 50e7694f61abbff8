package vn.motcua.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    @Test
    void aYearWithoutWorkingDaysIsRefusedInVietnamese() {
        List<CalendarEntry> allOff = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            if (!Dates.isWeekend(d)) {
                allOff.add(CalendarEntry.dayOff(d, "Nghỉ"));
            }
        }
        CalendarException e = assertThrows(CalendarException.class, () -> WorkingCalendar.of(2026, allOff));
        assertEquals("Năm 2026 không còn ngày làm việc nào", e.getMessage());
    }

    @Test
    void anEntryOutsideTheCalendarsYearIsRefused() {
        CalendarException e = assertThrows(CalendarException.class, () -> HolidayRules.propose(2026)
                .with(CalendarEntry.holiday(LocalDate.of(2027, 1, 1), "Tết Dương lịch")));
        assertEquals("Ngày 01/01/2027 (Tết Dương lịch) nằm ngoài năm 2026 của lịch", e.getMessage());
    }

    @Test
    void aMovedWorkingDayMustBeAWeekendDay() {
        CalendarException e = assertThrows(CalendarException.class, () -> HolidayRules.propose(2026)
                .with(CalendarEntry.workingDay(LocalDate.of(2026, 3, 4), "Làm bù")));
        assertEquals("Ngày làm bù 04/03/2026 là thứ Tư, đã là ngày làm việc; ngày làm bù phải là thứ Bảy hoặc Chủ nhật",
                e.getMessage());
    }

    @Test
    void twoEntriesOnOneDateAreRefused() {
        LocalDate d = LocalDate.of(2026, 3, 4);
        assertThrows(CalendarException.class, () -> WorkingCalendar.of(2026,
                List.of(CalendarEntry.dayOff(d, "A"), CalendarEntry.dayOff(d, "B"))));
    }

    @Test
    void adjustingMakesACopyAndLeavesTheProposalUntouched() {
        WorkingCalendar proposed = HolidayRules.propose(2026);
        LocalDate localFestival = LocalDate.of(2026, 3, 4);
        WorkingCalendar adjusted = proposed.with(CalendarEntry.dayOff(localFestival, "Nghỉ lễ hội địa phương"));
        assertTrue(proposed.isWorkingDay(localFestival));
        assertFalse(adjusted.isWorkingDay(localFestival));
        assertTrue(adjusted.without(localFestival).isWorkingDay(localFestival));
        assertEquals(proposed, adjusted.without(localFestival));
    }

    @Test
    void removingAnEntryThatIsNotThereIsRefused() {
        CalendarException e = assertThrows(CalendarException.class,
                () -> HolidayRules.propose(2026).without(LocalDate.of(2026, 3, 4)));
        assertEquals("Lịch không có mục nào vào ngày 04/03/2026 để bỏ", e.getMessage());
    }

    @Test
    void askingAboutAYearTheCalendarDoesNotCoverIsAnErrorNotAGuess() {
        CalendarException e = assertThrows(CalendarException.class,
                () -> HolidayRules.propose(2026).isWorkingDay(LocalDate.of(2027, 1, 4)));
        assertEquals("Chưa có lịch làm việc năm 2027 (ngày 04/01/2027); lịch hiện có: năm 2026", e.getMessage());
    }

    @Test
    void calendarsOfDifferentYearsMergeButTheSameYearTwiceDoesNot() {
        WorkingCalendar both = HolidayRules.propose(2026).merge(HolidayRules.propose(2027));
        assertEquals(List.of(2026, 2027), List.copyOf(both.years()));
        assertEquals(LocalDate.of(2027, 1, 4), both.nextWorkingDay(LocalDate.of(2026, 12, 31)));
        assertThrows(CalendarException.class, () -> both.merge(HolidayRules.propose(2026)));
    }

    @Test
    void officialAdjustmentFileLinesAreCheckedWithTheirLineNumber() {
        CalendarException e = assertThrows(CalendarException.class,
                () -> OfficialAdjustments.parse(new StringReader("# comment\nPUT;2026-13-01;HOLIDAY;X\n")));
        assertEquals("Dòng 2 của tệp điều chỉnh lịch không hợp lệ: \"PUT;2026-13-01;HOLIDAY;X\"", e.getMessage());
    }

    @Test
    void theBundledAdjustmentsCover2025And2026() {
        OfficialAdjustments official = OfficialAdjustments.bundled();
        assertTrue(official.hasYear(2025));
        assertTrue(official.hasYear(2026));
        assertFalse(official.hasYear(2027));
        // A year with no announcement yet is the plain proposal.
        assertEquals(HolidayRules.propose(2027), official.nationalCalendar(2027));
    }
}
