package vn.motcua.core.counter;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Counters, always filtered by the tenant explicitly (and by RLS). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CounterRepository extends GenericRepository<Counter, Long> {
    Counter save(Counter counter);

    Counter update(Counter counter);

    Optional<Counter> findByTenantIdAndId(long tenantId, Long id);

    List<Counter> findByTenantIdAndActiveOrderByNumber(long tenantId, boolean active);

    boolean existsByTenantIdAndNumberAndActiveAndIdNotEqual(long tenantId, int number, boolean active, Long id);

    boolean existsByTenantIdAndNumberAndActive(long tenantId, int number, boolean active);

    long countByTenantId(long tenantId);

    /** The center's type ({@code XA}, {@code PHUONG}, {@code DAC_KHU}, {@code TINH}) and province, from its own row. */
    @Query("SELECT type || '|' || province_code FROM service_center WHERE tenant_id = :tenantId")
    Optional<String> centerTypeAndProvince(long tenantId);
}
