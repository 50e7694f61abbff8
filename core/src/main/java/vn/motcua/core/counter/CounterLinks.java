package vn.motcua.core.counter;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.motcua.core.catalog.CenterProcedureRepository;

import java.util.List;

/**
 * What a counter serves and who staffs it ({@code counter_field}, {@code counter_procedure}, {@code counter_staff}),
 * and what the center can choose from: the fields of the procedures it serves and its active staff.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CounterLinks extends GenericRepository<Counter, Long> {
    String SERVED = """
             FROM procedure procedure_
             LEFT JOIN center_procedure cp ON cp.tenant_id = :tenantId AND cp.procedure_id = procedure_.id
             WHERE coalesce(cp.served, """ + CenterProcedureRepository.DEFAULT_SERVED + ") = true";

    /** The catalog's fields (lĩnh vực) of the procedures the center serves, alphabetically. */
    @Query("SELECT DISTINCT procedure_.field " + SERVED + " AND procedure_.field IS NOT NULL AND procedure_.field <> '' ORDER BY 1")
    List<String> servedFields(long tenantId, String defaultLevel);

    @Query("SELECT procedure_.id, procedure_.national_code, procedure_.name, procedure_.field " + SERVED
            + " ORDER BY procedure_.name, procedure_.id")
    List<ProcedureChoice> servedProcedures(long tenantId, String defaultLevel);

    @Query("""
            SELECT s.id, s.full_name FROM staff_member s JOIN app_user u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
             WHERE s.tenant_id = :tenantId AND s.active AND u.active AND u.role IN ('DIRECTOR', 'CLERK')
             ORDER BY s.full_name, s.id""")
    List<StaffChoice> activeStaff(long tenantId);

    @Query("SELECT field FROM counter_field WHERE tenant_id = :tenantId AND counter_id = :counterId ORDER BY field")
    List<String> fields(long tenantId, long counterId);

    @Query("SELECT procedure_id FROM counter_procedure WHERE tenant_id = :tenantId AND counter_id = :counterId ORDER BY procedure_id")
    List<Long> procedures(long tenantId, long counterId);

    /** Each line "weekday|staff id". */
    @Query("""
            SELECT weekday || '|' || staff_id FROM counter_staff WHERE tenant_id = :tenantId AND counter_id = :counterId
             ORDER BY weekday, staff_id""")
    List<String> shifts(long tenantId, long counterId);

    @Query("DELETE FROM counter_field WHERE tenant_id = :tenantId AND counter_id = :counterId")
    void clearFields(long tenantId, long counterId);

    @Query("DELETE FROM counter_procedure WHERE tenant_id = :tenantId AND counter_id = :counterId")
    void clearProcedures(long tenantId, long counterId);

    @Query("DELETE FROM counter_staff WHERE tenant_id = :tenantId AND counter_id = :counterId")
    void clearShifts(long tenantId, long counterId);

    @Query("INSERT INTO counter_field (tenant_id, counter_id, field) VALUES (:tenantId, :counterId, :field)")
    void addField(long tenantId, long counterId, String field);

    @Query("INSERT INTO counter_procedure (tenant_id, counter_id, procedure_id) VALUES (:tenantId, :counterId, :procedureId)")
    void addProcedure(long tenantId, long counterId, long procedureId);

    @Query("INSERT INTO counter_staff (tenant_id, counter_id, staff_id, weekday) VALUES (:tenantId, :counterId, :staffId, :weekday)")
    void addShift(long tenantId, long counterId, long staffId, int weekday);
}
