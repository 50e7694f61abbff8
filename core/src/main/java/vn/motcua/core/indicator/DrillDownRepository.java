package vn.motcua.core.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.motcua.core.dossier.Dossier;

import java.util.Collection;
import java.util.List;

/** The dossiers behind a figure, as the dossier list shows them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DrillDownRepository extends GenericRepository<Dossier, Long> {
    List<Dossier> findByTenantIdAndIdInOrderByReceivedAtDesc(long tenantId, Collection<Long> id);
}
