package vn.motcua.core.counter;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** A center's queue settings and its field prefixes (RLS and the explicit tenant keep it to the center). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface QueueSettingsRepository extends GenericRepository<QueueSettingsRow, Long> {
    Optional<QueueSettingsRow> findByTenantId(long tenantId);

    QueueSettingsRow save(QueueSettingsRow row);

    QueueSettingsRow update(QueueSettingsRow row);

    @Query("SELECT field, prefix FROM queue_prefix WHERE tenant_id = :tenantId ORDER BY field")
    List<FieldPrefix> prefixes(long tenantId);

    @Query("DELETE FROM queue_prefix WHERE tenant_id = :tenantId")
    void clearPrefixes(long tenantId);

    @Query("INSERT INTO queue_prefix (tenant_id, field, prefix) VALUES (:tenantId, :field, :prefix)")
    void addPrefix(long tenantId, String field, String prefix);
}
