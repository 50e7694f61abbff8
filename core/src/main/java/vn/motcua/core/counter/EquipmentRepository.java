package vn.motcua.core.counter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The center's devices, always filtered by the tenant explicitly (and by RLS). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EquipmentRepository extends GenericRepository<Equipment, Long> {
    Equipment save(Equipment equipment);

    Equipment update(Equipment equipment);

    Optional<Equipment> findByTenantIdAndId(long tenantId, Long id);

    long countByTenantId(long tenantId);

    boolean existsByTenantIdAndKindAndSerialAndActive(long tenantId, EquipmentKind kind, String serial, boolean active);

    boolean existsByTenantIdAndKindAndSerialAndActiveAndIdNotEqual(long tenantId, EquipmentKind kind, String serial,
                                                                    boolean active, Long id);

    String WHERE = """
             FROM equipment equipment_
             WHERE tenant_id = :tenantId AND active
               AND (CAST(:kind AS text) IS NULL OR kind = :kind)
               AND (CAST(:status AS text) IS NULL OR status = :status)
               AND search_key LIKE ALL (string_to_array(:patterns, '|'))""";

    /** Diacritics-insensitive search over model, serial, location and notes ({@code patterns}: "%w1%|%w2%"). */
    @Query(value = "SELECT equipment_.* " + WHERE, countQuery = "SELECT count(*) " + WHERE)
    Page<Equipment> search(long tenantId, @Nullable String kind, @Nullable String status, String patterns, Pageable pageable);
}
