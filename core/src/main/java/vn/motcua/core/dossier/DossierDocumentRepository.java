package vn.motcua.core.dossier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierDocumentRepository extends GenericRepository<DossierDocument, Long> {
    DossierDocument save(DossierDocument document);

    List<DossierDocument> findByTenantIdAndDossierIdOrderById(long tenantId, long dossierId);

    Optional<DossierDocument> findByTenantIdAndId(long tenantId, Long id);

    /** How many papers were taken from an earlier dossier instead of being scanned again. */
    long countByTenantIdAndReusedFromIsNotNull(long tenantId);

    /** Papers scanned at intake for earlier dossiers of one applicant (citizen ID or tax code), newest first. */
    @Query("""
            SELECT dossier_document_.* FROM dossier_document dossier_document_
              JOIN dossier d ON d.tenant_id = dossier_document_.tenant_id AND d.id = dossier_document_.dossier_id
             WHERE dossier_document_.tenant_id = :tenantId AND d.applicant_id = :applicantId
               AND dossier_document_.kind = 'INPUT' AND dossier_document_.reused_from IS NULL
             ORDER BY dossier_document_.id DESC LIMIT 100""")
    List<DossierDocument> digitizedFor(long tenantId, String applicantId);
}
