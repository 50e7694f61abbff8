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

    /**
     * The line's actor as a person: the center's account of that login name and its staff member (under row-level
     * security only the center's own; another center's person, e.g. provincial IT acting here, keeps the stored name).
     */
    String FROM = """
             FROM audit_log audit_entry_
             LEFT JOIN app_user actor_user_ ON actor_user_.tenant_id = audit_entry_.tenant_id
                   AND lower(actor_user_.username) = lower(audit_entry_.actor_username)
             LEFT JOIN staff_member actor_staff_ ON actor_staff_.tenant_id = actor_user_.tenant_id
                   AND actor_staff_.user_id = actor_user_.id""";

    String SEARCH_WHERE = """
             WHERE audit_entry_.tenant_id = :tenantId
               AND (CAST(:actor AS text) IS NULL OR audit_entry_.actor_username = :actor
                    OR motcua_search_key(coalesce(audit_entry_.actor_full_name, actor_staff_.full_name)) LIKE :actorKey)
               AND (CAST(:action AS text) IS NULL OR audit_entry_.action = :action)
               AND (CAST(:from AS timestamptz) IS NULL OR audit_entry_.at >= :from)
               AND (CAST(:until AS timestamptz) IS NULL OR audit_entry_.at < :until)""";

    /**
     * The log of a center, optionally of one person (login name, or part of the full name as a LIKE pattern of the
     * search key in {@code actorKey}), one action and a period [from, until); each line with its actor's full name.
     */
    @Query(value = """
            SELECT audit_entry_.id, audit_entry_.tenant_id, audit_entry_.at, audit_entry_.actor_user_id,
                   audit_entry_.actor_username, audit_entry_.actor_tenant_id, audit_entry_.action,
                   audit_entry_.target_type, audit_entry_.target_id, audit_entry_.detail,
                   coalesce(audit_entry_.actor_full_name, actor_staff_.full_name) AS actor_full_name""" + " " + FROM + " " + SEARCH_WHERE,
            countQuery = "SELECT count(*) " + FROM + " " + SEARCH_WHERE)
    Page<AuditEntry> search(long tenantId, @Nullable String actor, @Nullable String actorKey, @Nullable String action,
                            @Nullable Instant from, @Nullable Instant until, Pageable pageable);
}
