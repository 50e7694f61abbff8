package vn.motcua.core.calendar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProvinceCalendarRepository extends GenericRepository<ProvinceCalendar, Long> {
    ProvinceCalendar save(ProvinceCalendar calendar);

    ProvinceCalendar update(ProvinceCalendar calendar);

    Optional<ProvinceCalendar> findByProvinceCodeAndYear(String provinceCode, int year);

    List<ProvinceCalendar> findByProvinceCodeOrderByYear(String provinceCode);
}
