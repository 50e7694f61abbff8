package vn.motcua.core.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProcedureVersionRepository extends GenericRepository<ProcedureVersion, Long> {
    List<ProcedureVersion> saveAll(Iterable<ProcedureVersion> entities);

    ProcedureVersion save(ProcedureVersion version);

    Optional<ProcedureVersion> findByProcedureIdAndVersionNumber(long procedureId, int versionNumber);

    List<ProcedureVersion> findByProcedureIdOrderByVersionNumberDesc(long procedureId);

    long count();
}
