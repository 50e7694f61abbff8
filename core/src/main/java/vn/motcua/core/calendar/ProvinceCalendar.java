package vn.motcua.core.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * The working copy of a province's calendar for one year (provincial shared data, no tenant). Its entries are
 * {@link ProvinceCalendarDay} rows; each publication is a {@link CalendarRelease} ({@code publishedVersion}
 * is the number of the latest one, 0 before the first).
 */
@MappedEntity("province_calendar")
public record ProvinceCalendar(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        String provinceCode,
        int year,
        CalendarStatus status,
        int publishedVersion,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        @Version Long version,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt) {

    public static ProvinceCalendar draft(String provinceCode, int year) {
        return new ProvinceCalendar(null, provinceCode, year, CalendarStatus.DRAFT, 0, null, null, null, null, null);
    }

    /** Edited: a draft again, checked against the version the editor saw. */
    ProvinceCalendar edited(long expectedVersion) {
        return new ProvinceCalendar(id, provinceCode, year, CalendarStatus.DRAFT, publishedVersion, publishedAt,
                publishedBy, expectedVersion, createdAt, updatedAt);
    }

    ProvinceCalendar published(CalendarRelease release, long expectedVersion) {
        return new ProvinceCalendar(id, provinceCode, year, CalendarStatus.PUBLISHED, release.releaseNo(),
                release.publishedAt(), release.publishedBy(), expectedVersion, createdAt, updatedAt);
    }
}
