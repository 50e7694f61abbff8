package vn.motcua.core.calendar;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One publication (phiên bản) of a province's calendar for a year; the highest {@code releaseNo} is in force. */
@MappedEntity("province_calendar_release")
public record CalendarRelease(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long calendarId,
        String provinceCode,
        int year,
        int releaseNo,
        int workingDays,
        @DateCreated Instant publishedAt,
        String publishedBy) {
}
