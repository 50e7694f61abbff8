package vn.motcua.core.calendar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProvinceCalendarDayRepository extends GenericRepository<ProvinceCalendarDay, Long> {
    List<ProvinceCalendarDay> saveAll(Iterable<ProvinceCalendarDay> days);

    ProvinceCalendarDay save(ProvinceCalendarDay day);

    List<ProvinceCalendarDay> findByCalendarIdOrderByEntryDate(long calendarId);

    void deleteByCalendarId(long calendarId);

    void deleteByCalendarIdAndEntryDate(long calendarId, LocalDate entryDate);
}
