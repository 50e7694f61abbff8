package vn.motcua.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findByTenantId(long tenantId, Pageable pageable);

    long countByTenantIdAndAction(long tenantId, String action);

    String SEARCH_WHERE = """
             WHERE audit_entry_.tenant_id = :tenantId
               AND (CAST(:actor AS text) IS NULL OR audit_entry_.actor_username = :actor)
               AND (CAST(:action AS text) IS NULL OR audit_entry_.action = :action)
               AND (CAST(:from AS timestamptz) IS NULL OR audit_entry_.at >= :from)
               AND (CAST(:until AS timestamptz) IS NULL OR audit_entry_.at < :until)""";

    /** The log of a center, optionally of one person, one action and a period [from, until). */
    @Query(value = "SELECT audit_entry_.* FROM audit_log audit_entry_ " + SEARCH_WHERE,
            countQuery = "SELECT count(*) FROM audit_log audit_entry_ " + SEARCH_WHERE)
    Page<AuditEntry> search(long tenantId, @Nullable String actor, @Nullable String action, @Nullable Instant from,
                            @Nullable Instant until, Pageable pageable);
}
