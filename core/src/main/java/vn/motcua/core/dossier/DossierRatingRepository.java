package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DossierRatingRepository extends GenericRepository<DossierRating, Long> {
    DossierRating save(DossierRating rating);

    Optional<DossierRating> findByTenantIdAndDossierId(long tenantId, long dossierId);

    long countByTenantIdAndLevel(long tenantId, DossierRating.Level level);
}
