package vn.motcua.core.calendar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarReleaseRepository extends GenericRepository<CalendarRelease, Long> {
    CalendarRelease save(CalendarRelease release);

    /** The publication in force. */
    Optional<CalendarRelease> findFirstByProvinceCodeAndYearOrderByReleaseNoDesc(String provinceCode, int year);

    /** Every publication, newest first. */
    List<CalendarRelease> findByProvinceCodeAndYearOrderByReleaseNoDesc(String provinceCode, int year);
}
