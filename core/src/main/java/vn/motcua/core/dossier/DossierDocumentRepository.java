package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierDocumentRepository extends GenericRepository<DossierDocument, Long> {
    DossierDocument save(DossierDocument document);

    List<DossierDocument> findByTenantIdAndDossierIdOrderById(long tenantId, long dossierId);
}
