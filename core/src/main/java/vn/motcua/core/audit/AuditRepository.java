package vn.motcua.core.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findByTenantId(long tenantId, Pageable pageable);

    long countByTenantIdAndAction(long tenantId, String action);
}
