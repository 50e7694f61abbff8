package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * A center's served set: procedures of its default level, plus its {@code center_procedure} rows with
 * served = true, minus those with served = false. Always filtered by the tenant explicitly (and by RLS).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CenterProcedureRepository extends GenericRepository<Procedure, Long> {
    String SERVED = """
             FROM procedure procedure_
             LEFT JOIN center_procedure cp ON cp.tenant_id = :tenantId AND cp.procedure_id = procedure_.id
             WHERE coalesce(cp.served, position(CAST(:defaultLevel AS text) in procedure_.levels) > 0) = :served
               AND procedure_.search_key LIKE ALL (string_to_array(:patterns, '|'))""";

    @Query(value = "SELECT procedure_.* " + SERVED, countQuery = "SELECT count(*) " + SERVED)
    Page<Procedure> page(long tenantId, String defaultLevel, boolean served, String patterns, Pageable pageable);

    @Query("""
            SELECT coalesce((SELECT cp.served FROM center_procedure cp WHERE cp.tenant_id = :tenantId
                              AND cp.procedure_id = procedure_.id),
                            position(CAST(:defaultLevel AS text) in procedure_.levels) > 0)
              FROM procedure procedure_ WHERE procedure_.id = :procedureId""")
    @Nullable
    Boolean isServed(long tenantId, String defaultLevel, long procedureId);

    @Query("""
            INSERT INTO center_procedure (tenant_id, procedure_id, served, changed_by)
            VALUES (:tenantId, :procedureId, :served, :changedBy)
            ON CONFLICT (tenant_id, procedure_id)
            DO UPDATE SET served = EXCLUDED.served, changed_by = EXCLUDED.changed_by, changed_at = now()""")
    void setServed(long tenantId, long procedureId, boolean served, String changedBy);
}
