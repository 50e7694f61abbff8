package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierRepository extends GenericRepository<Dossier, Long> {
    Dossier save(Dossier dossier);

    Optional<Dossier> findByTenantIdAndId(long tenantId, Long id);

    Optional<Dossier> findByTenantIdAndCode(long tenantId, String code);

    long countByTenantId(long tenantId);

    /** Public look-up by code: runs on the provincial path (codes are unique per agency, so across centers). */
    java.util.List<Dossier> findByCode(String code);
}
