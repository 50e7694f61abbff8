package vn.motcua.core.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CatalogImportRepository extends GenericRepository<CatalogImportRecord, Long> {
    CatalogImportRecord save(CatalogImportRecord record);

    List<CatalogImportRecord> findTop20OrderByImportedAtDesc();

    long count();
}
