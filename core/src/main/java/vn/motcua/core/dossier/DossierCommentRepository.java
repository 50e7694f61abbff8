package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierCommentRepository extends GenericRepository<DossierComment, Long> {
    DossierComment save(DossierComment comment);

    List<DossierComment> findByTenantIdAndDossierIdOrderById(long tenantId, long dossierId);
}
