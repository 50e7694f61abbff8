package vn.motcua.core.calendar;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** One entry of a province calendar's working copy. */
@MappedEntity("province_calendar_entry")
public record ProvinceCalendarDay(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long calendarId,
        LocalDate entryDate,
        EntryKind kind,
        String name) {

    static ProvinceCalendarDay of(long calendarId, CalendarEntry entry) {
        return new ProvinceCalendarDay(null, calendarId, entry.date(), entry.kind(), entry.name());
    }

    CalendarEntry toEntry() {
        return new CalendarEntry(entryDate, kind, name);
    }
}
