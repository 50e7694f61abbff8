package vn.motcua.tenants.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffRepository extends GenericRepository<StaffMember, Long> {
    StaffMember save(StaffMember staff);

    StaffMember update(StaffMember staff);

    Optional<StaffMember> findByTenantIdAndId(long tenantId, Long id);

    Optional<StaffMember> findByTenantIdAndUserId(long tenantId, long userId);

    long countByTenantId(long tenantId);

    /** Diacritics- and order-insensitive search over name and position ({@code patterns}: "%w1%|%w2%"). */
    @Query(value = """
            SELECT staff_member_.* FROM staff_member staff_member_
             WHERE tenant_id = :tenantId AND search_key LIKE ALL (string_to_array(:patterns, '|'))
               AND (CAST(:active AS boolean) IS NULL OR active = :active)""",
            countQuery = """
            SELECT count(*) FROM staff_member staff_member_
             WHERE tenant_id = :tenantId AND search_key LIKE ALL (string_to_array(:patterns, '|'))
               AND (CAST(:active AS boolean) IS NULL OR active = :active)""")
    Page<StaffMember> search(long tenantId, String patterns, @Nullable Boolean active, Pageable pageable);

    /** The full names behind some login names of one center, in one query (login names it does not hold are left out). */
    @Query("""
            SELECT u.username AS username, s.full_name AS full_name
              FROM staff_member s JOIN app_user u ON u.id = s.user_id AND u.tenant_id = s.tenant_id
             WHERE s.tenant_id = :tenantId AND u.username IN (:usernames)""")
    List<StaffName> namesOf(long tenantId, Collection<String> usernames);
}
