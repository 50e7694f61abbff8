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

    /** The name's search key: the stored key is the code's, a space, then the name's. */
    String NAME_KEY = "substr(procedure_.search_key, length(procedure_.national_code) + 2)";
    /** The name without the words most names start with ("Thủ tục", "đăng ký", "cấp"). */
    String CORE_KEY = "regexp_replace(" + NAME_KEY + ", '^(thu tuc )?(dang ky |cap )?', '')";
    String NAME_ONLY_KEY = "regexp_replace(" + NAME_KEY + ", '^thu tuc ', '')";
    /**
     * Relevance of a name to the typed phrase ({@code :phrase} exact, {@code :prefix} = phrase%,
     * {@code :contains} = %phrase%): 0 the code or the name is the phrase ("khai sinh" → "Thủ tục đăng ký
     * khai sinh"), 1 the name starts with it, 2 the name has the words together, 3 the words anywhere.
     */
    String RANK = "CASE WHEN procedure_.national_code = :phrase OR " + NAME_KEY + " = :phrase OR " + CORE_KEY
            + " = :phrase OR " + NAME_ONLY_KEY + " = :phrase THEN 0"
            + " WHEN " + NAME_KEY + " LIKE :prefix OR " + CORE_KEY + " LIKE :prefix OR " + NAME_ONLY_KEY + " LIKE :prefix THEN 1"
            + " WHEN " + NAME_KEY + " LIKE :contains THEN 2 ELSE 3 END";
    String RANKED_ORDER = " ORDER BY " + RANK + ", length(procedure_.name), procedure_.national_code";

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

    /** As {@link #search}, most relevant names first (the pageable carries no sort). */
    @Query(value = "SELECT procedure_.* FROM procedure procedure_ " + FILTERS + RANKED_ORDER,
            countQuery = "SELECT count(*) FROM procedure procedure_ " + FILTERS)
    Page<Procedure> searchRanked(String patterns, String phrase, String prefix, String contains, @Nullable String field,
                                 @Nullable String level, @Nullable String onlineLevel, Pageable pageable);

    @Query("SELECT DISTINCT field FROM procedure WHERE field IS NOT NULL ORDER BY field")
    List<String> findDistinctFields();
}
