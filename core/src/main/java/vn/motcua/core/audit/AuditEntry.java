package vn.motcua.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long tenantId,
        @GeneratedValue Instant at,
        @Nullable Long actorUserId,
        @Nullable String actorUsername,
        @Nullable Long actorTenantId,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String detail) {
}
