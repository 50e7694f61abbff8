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
    /**
     * Served by default: the center's level, except at a commune the fields whose dossiers go to an agency
     * that is not the commune's (customs, tax, the State Treasury, social insurance, the courts): the national
     * catalog tags them commune-level because their branch offices work there, not because the commune's
     * center receives them. A director can still add any of them.
     */
    String DEFAULT_SERVED = """
            (position(CAST(:defaultLevel AS text) in procedure_.levels) > 0
             AND (CAST(:defaultLevel AS text) <> 'COMMUNE' OR coalesce(procedure_.field, '') NOT IN (
                 'Hải quan', 'Thuế', 'Quản lý thuế, phí, lệ phí và thu khác của ngân sách nhà nước', 'Kho bạc Nhà nước',
                 'Thực hiện chính sách BHXH', 'Chi trả các chế độ BHXH', 'Thực hiện chính sách BHYT',
                 'Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN', 'Cấp sổ BHXH, thẻ BHYT', 'Bảo hiểm', 'Tòa án')))""";
    String SERVED = """
             FROM procedure procedure_
             LEFT JOIN center_procedure cp ON cp.tenant_id = :tenantId AND cp.procedure_id = procedure_.id
             WHERE coalesce(cp.served, """ + DEFAULT_SERVED + """
            ) = :served
               AND procedure_.search_key LIKE ALL (string_to_array(:patterns, '|'))""";

    @Query(value = "SELECT procedure_.* " + SERVED, countQuery = "SELECT count(*) " + SERVED)
    Page<Procedure> page(long tenantId, String defaultLevel, boolean served, String patterns, Pageable pageable);

    /** As {@link #page}, most relevant names first (see {@link ProcedureRepository#RANK}; the pageable carries no sort). */
    @Query(value = "SELECT procedure_.* " + SERVED + ProcedureRepository.RANKED_ORDER, countQuery = "SELECT count(*) " + SERVED)
    Page<Procedure> pageRanked(long tenantId, String defaultLevel, boolean served, String patterns, String phrase,
                               String prefix, String contains, Pageable pageable);

    @Query("""
            SELECT coalesce((SELECT cp.served FROM center_procedure cp WHERE cp.tenant_id = :tenantId
                              AND cp.procedure_id = procedure_.id),
                            """ + DEFAULT_SERVED + """
            )
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
