package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierRepository extends GenericRepository<Dossier, Long> {
    String INBOX_WHERE = """
             WHERE dossier_.tenant_id = :tenantId AND dossier_.status IN (:statuses)
               AND (CAST(:dueFrom AS timestamptz) IS NULL OR dossier_.due_at >= :dueFrom)
               AND (CAST(:dueBefore AS timestamptz) IS NULL OR dossier_.due_at < :dueBefore)
               AND (CAST(:assignee AS text) IS NULL OR dossier_.assignee = :assignee)
               AND (CAST(:stepRole AS text) IS NULL OR dossier_.step_role = :stepRole)
               AND dossier_.search_key LIKE ALL (string_to_array(:patterns, '|'))""";
    String SEARCH_WHERE = """
             WHERE dossier_.tenant_id = :tenantId
               AND (CAST(:status AS text) IS NULL OR dossier_.status = :status)
               AND dossier_.search_key LIKE ALL (string_to_array(:patterns, '|'))""";

    Dossier save(Dossier dossier);

    /** Optimistic: fails with {@code OptimisticLockException} if the row's version moved since it was read. */
    Dossier update(Dossier dossier);

    Optional<Dossier> findByTenantIdAndId(long tenantId, Long id);

    Optional<Dossier> findByTenantIdAndCode(long tenantId, String code);

    long countByTenantId(long tenantId);

    /**
     * The inbox: dossiers of a center in {@code statuses} (the open ones, {@link DossierStatus#open()}), optionally
     * only those due in [{@code dueFrom}, {@code dueBefore}), assigned to one
     * person, or whose current step belongs to one role; searched without diacritics over code, applicant and
     * procedure ({@code patterns}: "%w1%|%w2%").
     */
    @Query(value = "SELECT dossier_.* FROM dossier dossier_ " + INBOX_WHERE,
            countQuery = "SELECT count(*) FROM dossier dossier_ " + INBOX_WHERE)
    Page<Dossier> inbox(long tenantId, List<String> statuses, @Nullable Instant dueFrom, @Nullable Instant dueBefore,
                        @Nullable String assignee, @Nullable String stepRole,
                        String patterns, Pageable pageable);

    /** Every dossier of a center whatever its status (tra cứu hồ sơ), optionally of one status. */
    @Query(value = "SELECT dossier_.* FROM dossier dossier_ " + SEARCH_WHERE,
            countQuery = "SELECT count(*) FROM dossier dossier_ " + SEARCH_WHERE)
    Page<Dossier> search(long tenantId, @Nullable String status, String patterns, Pageable pageable);

    /** Public look-up by code: runs on the provincial path (codes are unique per agency, so across centers). */
    List<Dossier> findByCode(String code);
}
