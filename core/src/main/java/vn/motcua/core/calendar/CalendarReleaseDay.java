package vn.motcua.core.calendar;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** One entry of a publication, frozen as published. */
@MappedEntity("province_calendar_release_entry")
public record CalendarReleaseDay(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long releaseId,
        LocalDate entryDate,
        EntryKind kind,
        String name) {

    static CalendarReleaseDay of(long releaseId, CalendarEntry entry) {
        return new CalendarReleaseDay(null, releaseId, entry.date(), entry.kind(), entry.name());
    }

    CalendarEntry toEntry() {
        return new CalendarEntry(entryDate, kind, name);
    }
}
