package vn.motcua.core.calendar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProvinceOfficeHoursRepository extends GenericRepository<ProvinceOfficeHours, String> {
    Optional<ProvinceOfficeHours> findById(String provinceCode);

    ProvinceOfficeHours save(ProvinceOfficeHours hours);

    ProvinceOfficeHours update(ProvinceOfficeHours hours);
}
