package vn.motcua.core.calendar;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** A province's office hours (two sessions and the same-day cut-off); provinces without a row use the defaults. */
@MappedEntity("province_office_hours")
public record ProvinceOfficeHours(
        @Id String provinceCode,
        LocalTime morningStart,
        LocalTime morningEnd,
        LocalTime afternoonStart,
        LocalTime afternoonEnd,
        LocalTime sameDayCutoff,
        @Version Long version,
        @DateUpdated Instant updatedAt) {

    OfficeHours toOfficeHours() {
        return OfficeHours.of(morningStart, morningEnd, afternoonStart, afternoonEnd).withSameDayCutoff(sameDayCutoff);
    }

    static ProvinceOfficeHours of(String provinceCode, OfficeHours hours, Long version) {
        List<OfficeHours.Session> s = hours.sessions();
        if (s.size() != 2) {
            throw new CalendarException("Giờ làm việc của tỉnh gồm đúng hai ca: sáng và chiều");
        }
        return new ProvinceOfficeHours(provinceCode, s.get(0).start(), s.get(0).end(), s.get(1).start(),
                s.get(1).end(), hours.sameDayCutoff(), version, null);
    }
}
