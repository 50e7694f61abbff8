package vn.motcua.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.catalog.LegalDeadline;

/**
 * Real cases on the national civil-service calendars: 2025 per Thông báo 6150/TB-BLĐTBXH (03/12/2024),
 * 2026 per Thông báo 9441/TB-BNV (16/10/2025) and Công văn 12729/VPCP-KGVX (25/12/2025).
 */
class DeadlineCalculatorTest {
    private static final OfficialAdjustments OFFICIAL = OfficialAdjustments.bundled();
    private static final WorkingCalendar CAL = OFFICIAL.nationalCalendar(2025).merge(OFFICIAL.nationalCalendar(2026));
    private static final OfficeHours HOURS = OfficeHours.standard();

    private static ZonedDateTime at(int y, int m, int d, int hh, int mm) {
        return ZonedDateTime.of(y, m, d, hh, mm, 0, 0, OfficeHours.VIETNAM);
    }

    private static ZonedDateTime due(ZonedDateTime received, LegalDeadline deadline, Pause... pauses) {
        return DeadlineCalculator.due(received, deadline, CAL, HOURS, List.of(pauses));
    }

    @Test
    void receiptDuringOfficeHoursIsDueAtTheSameOfficeTimeNWorkingDaysLater() {
        assertEquals(at(2025, 3, 13, 9, 0), due(at(2025, 3, 10, 9, 0), LegalDeadline.workingDays(3)));
        assertEquals(at(2025, 3, 17, 14, 20), due(at(2025, 3, 10, 14, 20), LegalDeadline.workingDays(5)));
    }

    @Test
    void receiptLateOnFridayStartsMondayMorning() {
        ZonedDateTime friday = at(2025, 3, 14, 17, 30);
        assertEquals(at(2025, 3, 17, 7, 0), DeadlineCalculator.clockStart(friday, LegalDeadline.workingDays(1), CAL, HOURS));
        // One working day from Monday 07:00 is used up at Monday's closing.
        assertEquals(at(2025, 3, 17, 17, 0), due(friday, LegalDeadline.workingDays(1)));
        assertEquals(at(2025, 3, 19, 17, 0), due(friday, LegalDeadline.workingDays(3)));
        assertEquals(Duration.ZERO, DeadlineCalculator.workingTimeBetween(friday, at(2025, 3, 17, 7, 0), CAL, HOURS));
    }

    @Test
    void anInstantIsReadInVietnamTime() {
        Instant fridayEveningInHanoi = Instant.parse("2025-03-14T10:30:00Z");
        assertEquals(at(2025, 3, 17, 17, 0), DeadlineCalculator.due(fridayEveningInHanoi, LegalDeadline.workingDays(1),
                CAL, HOURS, List.of()));
    }

    @Test
    void receivedOnASaturdayStartsOnMonday() {
        assertEquals(at(2025, 3, 10, 17, 0), due(at(2025, 3, 8, 10, 0), LegalDeadline.workingDays(1)));
    }

    @Test
    void receivedDuringLunchBreakStartsAtTheAfternoonSession() {
        ZonedDateTime lunch = at(2025, 3, 10, 12, 15);
        assertEquals(at(2025, 3, 10, 13, 30), DeadlineCalculator.clockStart(lunch, LegalDeadline.workingDays(2), CAL, HOURS));
        // 16 working hours from Monday 13:30 end at Wednesday 11:30, the same working-time point as 13:30.
        ZonedDateTime due = due(lunch, LegalDeadline.workingDays(2));
        assertEquals(at(2025, 3, 12, 11, 30), due);
        assertEquals(Duration.ofHours(16), DeadlineCalculator.workingTimeBetween(lunch, due, CAL, HOURS));
    }

    @Test
    void threeDayProcedureReceivedJustBeforeTet2025LandsAfterTheHoliday() {
        // Tết Ất Tỵ: off 25/01–02/02/2025; Monday 03/02 is a working day.
        assertEquals(at(2025, 2, 5, 10, 0), due(at(2025, 1, 24, 10, 0), LegalDeadline.workingDays(3)));
        assertEquals(at(2025, 2, 4, 15, 0), due(at(2025, 1, 23, 15, 0), LegalDeadline.workingDays(3)));
        assertEquals(at(2025, 2, 3, 10, 0), due(at(2025, 1, 24, 10, 0), LegalDeadline.workingDays(1)));
        // The unadjusted proposal (Tết 28/01–01/02, nghỉ bù 03/02) would promise Monday 27/01, a day the
        // center is closed: the official adjustments matter.
        WorkingCalendar proposed = HolidayRules.propose(2025);
        assertEquals(at(2025, 1, 27, 10, 0), DeadlineCalculator.due(at(2025, 1, 24, 10, 0), LegalDeadline.workingDays(1),
                proposed, HOURS, List.of()));
    }

    @Test
    void threeDayProcedureReceivedJustBeforeTet2026LandsAfterTheHoliday() {
        // Tết Bính Ngọ: off 14/02–22/02/2026.
        assertEquals(at(2026, 2, 25, 14, 0), due(at(2026, 2, 13, 14, 0), LegalDeadline.workingDays(3)));
    }

    @Test
    void acrossThirtiethOfAprilAndFirstOfMay2025TheMovedSaturdayIsWorkedAndTheSwappedFridayIsNot() {
        assertTrue(CAL.isWorkingDay(LocalDate.of(2025, 4, 26)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 5, 2)));
        // Friday 25/04 + 3: Saturday 26/04 (làm bù), Monday 28/04, Tuesday 29/04.
        assertEquals(at(2025, 4, 29, 9, 0), due(at(2025, 4, 25, 9, 0), LegalDeadline.workingDays(3)));
        // Tuesday 29/04 + 2: 30/04–04/05 off, then Monday 05/05 and Tuesday 06/05.
        assertEquals(at(2025, 5, 6, 9, 0), due(at(2025, 4, 29, 9, 0), LegalDeadline.workingDays(2)));
    }

    @Test
    void nationalDay2025TakesFirstAndSecondOfSeptemberOff() {
        assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 9, 1)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2025, 9, 2)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2025, 9, 3)));
        assertEquals("Quốc khánh (ngày liền kề 1/9)", CAL.entryOn(LocalDate.of(2025, 9, 1)).orElseThrow().name());
        // Friday 29/08 + 2: Wednesday 03/09, Thursday 04/09.
        assertEquals(at(2025, 9, 4, 9, 0), due(at(2025, 8, 29, 9, 0), LegalDeadline.workingDays(2)));
    }

    @Test
    void aSupplementPauseAcrossTetExtendsTheDueDateByTheWorkingTimeItCovered() {
        ZonedDateTime received = at(2025, 1, 20, 9, 0);
        assertEquals(at(2025, 2, 3, 9, 0), due(received, LegalDeadline.workingDays(5)));
        // Waiting for the applicant from Wednesday 22/01 09:00 to Monday 03/02 09:00: 6 + 8 + 8 + (Tết: 0) + 2 = 24 h.
        Pause supplement = Pause.between(at(2025, 1, 22, 9, 0), at(2025, 2, 3, 9, 0));
        ZonedDateTime due = due(received, LegalDeadline.workingDays(5), supplement);
        assertEquals(at(2025, 2, 6, 9, 0), due);
        assertEquals(Duration.ofHours(40), DeadlineCalculator.workingTimeBetween(received, due, CAL, HOURS, List.of(supplement)));
        assertEquals(Duration.ofHours(64), DeadlineCalculator.workingTimeBetween(received, due, CAL, HOURS));
    }

    @Test
    void overlappingPausesAreCountedOnceAndAPauseAfterTheDueDateChangesNothing() {
        ZonedDateTime received = at(2025, 3, 10, 9, 0);
        Pause a = Pause.between(at(2025, 3, 11, 9, 0), at(2025, 3, 11, 14, 0));
        Pause b = Pause.between(at(2025, 3, 11, 10, 0), at(2025, 3, 11, 15, 0));
        // 11/03 09:00–15:00 is 2.5 + 1.5 = 4 working hours, added to Wednesday 09:00.
        assertEquals(at(2025, 3, 12, 15, 0), due(received, LegalDeadline.workingDays(2), a, b));
        Pause late = Pause.between(at(2025, 3, 12, 9, 0), at(2025, 3, 14, 9, 0));
        assertEquals(at(2025, 3, 12, 9, 0), due(received, LegalDeadline.workingDays(2), late));
    }

    @Test
    void sameDayProcedureReceivedAt1530IsDueTheNextWorkingDay() {
        // The clock starts Tuesday 07:00: 4 working hours later is 11:00.
        assertEquals(at(2025, 3, 11, 11, 0), due(at(2025, 3, 10, 15, 30), LegalDeadline.workingHours(4)));
        // 15:00 itself is not "after 15:00": 2 h today, 2 h tomorrow.
        assertEquals(at(2025, 3, 11, 9, 0), due(at(2025, 3, 10, 15, 0), LegalDeadline.workingHours(4)));
        // Before the cut-off it runs the same afternoon.
        assertEquals(at(2025, 3, 10, 16, 0), due(at(2025, 3, 10, 14, 0), LegalDeadline.workingHours(2)));
        // Friday 25/04/2025 after 15:00: the next working day is the moved Saturday 26/04.
        assertEquals(at(2025, 4, 26, 11, 0), due(at(2025, 4, 25, 15, 30), LegalDeadline.workingHours(4)));
    }

    @Test
    void calendarDayDeadlinesSkipNoDaysButEndOnAWorkingDay() {
        // Civil Code Art. 147: the receipt day is not counted; 03/03 + 10 = 13/03.
        assertEquals(at(2025, 3, 13, 17, 0), due(at(2025, 3, 3, 10, 0), LegalDeadline.calendarDays(10)));
        // 15/01 + 15 = 30/01/2025, mùng 2 Tết: Art. 148(5) moves the end to the next working day, Monday 03/02.
        assertEquals(at(2025, 2, 3, 17, 0), due(at(2025, 1, 15, 10, 0), LegalDeadline.calendarDays(15)));
        // A pause spanning 2 calendar days adds 2 days.
        Pause supplement = Pause.between(at(2025, 3, 5, 9, 0), at(2025, 3, 7, 9, 0));
        assertEquals(at(2025, 3, 17, 17, 0), due(at(2025, 3, 3, 10, 0), LegalDeadline.calendarDays(10), supplement));
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutACalendarAsksForIt() {
        CalendarException e = assertThrows(CalendarException.class,
                () -> due(at(2026, 12, 30, 9, 0), LegalDeadline.workingDays(5)));
        assertEquals("Chưa có lịch làm việc năm 2027 (ngày 01/01/2027); lịch hiện có: năm 2025, 2026", e.getMessage());
        WorkingCalendar withProposal = CAL.merge(OFFICIAL.nationalCalendar(2027));
        // 31/12, then 04–07/01/2027 (01/01/2027 is a Friday holiday).
        assertEquals(at(2027, 1, 7, 9, 0), DeadlineCalculator.due(at(2026, 12, 30, 9, 0), LegalDeadline.workingDays(5),
                withProposal, HOURS, List.of()));
    }

    @Test
    void aNonPositiveOrUnknownDeadlineIsRefused() {
        assertThrows(CalendarException.class, () -> due(at(2025, 3, 10, 9, 0), LegalDeadline.workingDays(0)));
        assertThrows(CalendarException.class, () -> due(at(2025, 3, 10, 9, 0), LegalDeadline.UNKNOWN));
        assertThrows(CalendarException.class, () -> DeadlineCalculator.clockStart(at(2025, 3, 10, 9, 0),
                LegalDeadline.calendarDays(-1), CAL, HOURS));
    }
}
