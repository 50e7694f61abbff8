package vn.motcua.core.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProcedureVersionRepository extends GenericRepository<ProcedureVersion, Long> {
    List<ProcedureVersion> saveAll(Iterable<ProcedureVersion> entities);

    ProcedureVersion save(ProcedureVersion version);

    Optional<ProcedureVersion> findByProcedureIdAndVersionNumber(long procedureId, int versionNumber);

    List<ProcedureVersion> findByProcedureIdOrderByVersionNumberDesc(long procedureId);

    long count();

    /** The current version of each procedure named. */
    @Query("""
            SELECT procedure_version_.* FROM procedure_version procedure_version_
              JOIN procedure p ON p.id = procedure_version_.procedure_id
                              AND p.current_version = procedure_version_.version_number
             WHERE p.id IN (:procedureIds)""")
    List<ProcedureVersion> findCurrent(Collection<Long> procedureIds);
}
