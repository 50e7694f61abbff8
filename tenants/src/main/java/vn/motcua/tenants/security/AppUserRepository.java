package vn.motcua.tenants.security;

import vn.motcua.core.context.Role;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AppUserRepository extends GenericRepository<AppUser, Long> {
    AppUser save(AppUser user);

    /** Login look-up (usernames are stored in lower case): runs on the provincial path, the only cross-center match. */
    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByTenantIdAndUsername(long tenantId, String username);

    Optional<AppUser> findByTenantIdAndId(long tenantId, Long id);

    List<AppUser> findByTenantIdAndIdIn(long tenantId, Collection<Long> ids);

    long countByTenantIdAndRoleAndActive(long tenantId, Role role, boolean active);

    void updateLastLoginAt(@Id Long id, Instant lastLoginAt);

    /** A new password: {@code mustChangePassword} when someone else set it (a reset), false when its owner chose it. */
    void updatePasswordHashAndMustChangePassword(@Id Long id, String passwordHash, boolean mustChangePassword);

    /** The center's usernames beginning with {@code prefix} (to propose a free one). */
    @io.micronaut.data.annotation.Query("SELECT username FROM app_user WHERE tenant_id = :tenantId AND username LIKE :prefix || '%'")
    List<String> usernamesStartingWith(long tenantId, String prefix);

    void updateRoleAndActive(@Id Long id, Role role, boolean active);

    void updatePasswordHash(@Id Long id, String passwordHash);
}
