package vn.motcua.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.catalog.LegalDeadline;

class OfficeHoursTest {

    @Test
    void defaultHoursAreEightHoursInHoChiMinhTime() {
        OfficeHours h = OfficeHours.standard();
        assertEquals(Duration.ofHours(8), h.workingDay());
        assertEquals(LocalTime.of(7, 0), h.opening());
        assertEquals(LocalTime.of(17, 0), h.closing());
        assertEquals("Asia/Ho_Chi_Minh", h.zone().getId());
    }

    @Test
    void aProvinceWithOtherHoursGetsDeadlinesInItsOwnHours() {
        OfficeHours summer = OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0));
        assertEquals(Duration.ofHours(8), summer.workingDay());
        WorkingCalendar cal = HolidayRules.propose(2026);
        ZonedDateTime received = ZonedDateTime.of(2026, 3, 2, 7, 15, 0, 0, OfficeHours.VIETNAM);
        assertEquals(ZonedDateTime.of(2026, 3, 3, 17, 0, 0, 0, OfficeHours.VIETNAM),
                DeadlineCalculator.due(received, LegalDeadline.workingDays(2), cal, summer));
    }

    @Test
    void overlappingSessionsAreRefused() {
        CalendarException e = assertThrows(CalendarException.class, () -> new OfficeHours(
                List.of(new OfficeHours.Session(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                        new OfficeHours.Session(LocalTime.of(11, 0), LocalTime.of(17, 0))),
                LocalTime.of(15, 0), OfficeHours.VIETNAM));
        assertEquals("Các ca làm việc phải theo thứ tự và không chồng lên nhau: 07:00–12:00 và 11:00–17:00",
                e.getMessage());
    }
}
