package vn.motcua.tenants.center;

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
public interface ServiceCenterRepository extends GenericRepository<ServiceCenter, Long> {
    ServiceCenter save(ServiceCenter center);

    ServiceCenter update(ServiceCenter center);

    Optional<ServiceCenter> findById(Long id);

    Optional<ServiceCenter> findByCode(String code);

    List<ServiceCenter> findByStatusOrderByName(CenterStatus status);

    List<ServiceCenter> findByTypeOrderByName(CenterType type);

    long count();

    /** Every center's code (official unit code for communes): which units of the official list are onboarded. */
    @Query("SELECT code FROM service_center")
    List<String> allCodes();

    Optional<ServiceCenter> findByAgencyCode(String agencyCode);

    /** Centers whose profile lacks the agency code, the address, the phone or the opening hours. */
    @Query("""
            SELECT count(*) FROM service_center
             WHERE type <> 'TINH' AND (coalesce(btrim(agency_code), '') = '' OR coalesce(btrim(address), '') = ''
                   OR coalesce(btrim(phone), '') = '' OR coalesce(btrim(opening_hours), '') = '')""")
    long countIncomplete();

    /** Opening hours for every commune center that has none. */
    @Query("UPDATE service_center SET opening_hours = :hours, updated_at = now() WHERE type <> 'TINH' AND coalesce(btrim(opening_hours), '') = ''")
    long fillOpeningHours(String hours);

    /**
     * Diacritics- and order-insensitive search: {@code patterns} is "%w1%|%w2%" over the generated
     * {@code search_key} column (unaccented, lower case), which Micronaut Data cannot derive.
     */
    @Query(value = """
            SELECT service_center_.* FROM service_center service_center_
             WHERE search_key LIKE ALL (string_to_array(:patterns, '|'))
               AND (CAST(:type AS text) IS NULL OR type = :type)
               AND (CAST(:status AS text) IS NULL OR status = :status)""",
            countQuery = """
            SELECT count(*) FROM service_center service_center_
             WHERE search_key LIKE ALL (string_to_array(:patterns, '|'))
               AND (CAST(:type AS text) IS NULL OR type = :type)
               AND (CAST(:status AS text) IS NULL OR status = :status)""")
    Page<ServiceCenter> search(String patterns, @Nullable String type, @Nullable String status, Pageable pageable);
}
