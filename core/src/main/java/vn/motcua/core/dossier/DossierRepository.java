package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierRepository extends GenericRepository<Dossier, Long> {
    Dossier save(Dossier dossier);

    Optional<Dossier> findByTenantIdAndId(long tenantId, Long id);

    Optional<Dossier> findByTenantIdAndCode(long tenantId, String code);

    long countByTenantId(long tenantId);

    /**
     * The inbox: open dossiers of a center, optionally only those due before {@code dueBefore}, searched
     * without diacritics over code, applicant and procedure ({@code patterns}: "%w1%|%w2%").
     */
    @io.micronaut.data.annotation.Query(value = """
            SELECT dossier_.* FROM dossier dossier_
             WHERE dossier_.tenant_id = :tenantId AND dossier_.status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT',
                   'WAITING_FINANCIAL_OBLIGATION')
               AND (CAST(:dueBefore AS timestamptz) IS NULL OR dossier_.due_at < :dueBefore)
               AND dossier_.search_key LIKE ALL (string_to_array(:patterns, '|'))""",
            countQuery = """
            SELECT count(*) FROM dossier dossier_
             WHERE dossier_.tenant_id = :tenantId AND dossier_.status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT',
                   'WAITING_FINANCIAL_OBLIGATION')
               AND (CAST(:dueBefore AS timestamptz) IS NULL OR dossier_.due_at < :dueBefore)
               AND dossier_.search_key LIKE ALL (string_to_array(:patterns, '|'))""")
    io.micronaut.data.model.Page<Dossier> inbox(long tenantId, @io.micronaut.core.annotation.Nullable Instant dueBefore,
                                                 String patterns, io.micronaut.data.model.Pageable pageable);

    /** Public look-up by code: runs on the provincial path (codes are unique per agency, so across centers). */
    java.util.List<Dossier> findByCode(String code);
}
