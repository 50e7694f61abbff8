package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProcedureRepository extends GenericRepository<Procedure, Long> {
    String FILTERS = """
             WHERE procedure_.search_key LIKE ALL (string_to_array(:patterns, '|'))
               AND (CAST(:field AS text) IS NULL OR procedure_.field = :field)
               AND (CAST(:level AS text) IS NULL OR position(CAST(:level AS text) in procedure_.levels) > 0)
               AND (CAST(:onlineLevel AS text) IS NULL OR procedure_.online_level = :onlineLevel)""";

    List<Procedure> saveAll(Iterable<Procedure> entities);

    Procedure save(Procedure procedure);

    Procedure update(Procedure procedure);

    Optional<Procedure> findById(Long id);

    Optional<Procedure> findByNationalCode(String nationalCode);

    List<Procedure> findAll();

    long count();

    /** Diacritics- and order-insensitive search over code + name ({@code patterns}: "%w1%|%w2%") with filters. */
    @Query(value = "SELECT procedure_.* FROM procedure procedure_ " + FILTERS,
            countQuery = "SELECT count(*) FROM procedure procedure_ " + FILTERS)
    Page<Procedure> search(String patterns, @Nullable String field, @Nullable String level,
                           @Nullable String onlineLevel, Pageable pageable);

    @Query("SELECT DISTINCT field FROM procedure WHERE field IS NOT NULL ORDER BY field")
    List<String> findDistinctFields();
}
