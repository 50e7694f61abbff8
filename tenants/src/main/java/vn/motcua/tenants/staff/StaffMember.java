package vn.motcua.tenants.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** Cán bộ: a person working at a center, with exactly one login account. */
@MappedEntity("staff_member")
public record StaffMember(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long tenantId,
        long userId,
        String fullName,
        @Nullable String position,
        @Nullable String phone,
        @Nullable String email,
        boolean active,
        @Version Long version,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt) {
}
