package vn.motcua.tenants.apiclient;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApiClientRepository extends GenericRepository<ApiClient, Long> {
    ApiClient save(ApiClient client);

    Optional<ApiClient> findByTenantIdAndId(long tenantId, Long id);

    Optional<ApiClient> findByTenantIdAndClientId(long tenantId, String clientId);

    List<ApiClient> findByTenantIdOrderByCreatedAtDesc(long tenantId);

    /** Every center's clients: only on the provincial path (its role's policy sees every tenant). */
    List<ApiClient> findAllOrderByCreatedAtDesc();

    @Query("UPDATE api_client SET revoked_at = :at, revoked_by = :by WHERE tenant_id = :tenantId AND id = :id AND revoked_at IS NULL")
    long revoke(long tenantId, long id, Instant at, String by);

    @Query("UPDATE api_client SET last_used_at = :at WHERE tenant_id = :tenantId AND id = :id")
    long used(long tenantId, long id, Instant at);

    @Query("SELECT revoked_at IS NULL FROM api_client WHERE tenant_id = :tenantId AND id = :id")
    Optional<Boolean> active(long tenantId, long id);
}
