package vn.motcua.tenants.security;

import vn.motcua.core.context.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A login account of one center. */
@MappedEntity("app_user")
public record AppUser(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long tenantId,
        String username,
        String passwordHash,
        Role role,
        boolean active,
        boolean mustChangePassword,
        @Nullable Instant lastLoginAt,
        @Version Long version,
        @DateCreated Instant createdAt) {

    public static AppUser create(long tenantId, String username, String passwordHash, Role role) {
        return new AppUser(null, tenantId, username, passwordHash, role, true, false, null, null, null);
    }
}
