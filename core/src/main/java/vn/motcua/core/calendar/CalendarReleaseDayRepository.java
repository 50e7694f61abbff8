package vn.motcua.core.calendar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarReleaseDayRepository extends GenericRepository<CalendarReleaseDay, Long> {
    List<CalendarReleaseDay> saveAll(Iterable<CalendarReleaseDay> days);

    List<CalendarReleaseDay> findByReleaseIdOrderByEntryDate(long releaseId);
}
