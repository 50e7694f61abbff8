package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierEventRepository extends GenericRepository<DossierEvent, Long> {
    DossierEvent save(DossierEvent event);

    List<DossierEvent> findByTenantIdAndDossierIdOrderByNumber(long tenantId, long dossierId);
}
