package vn.motcua.core.audit;

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
        Long actorUserId,
        String actorUsername,
        Long actorTenantId,
        String action,
        String targetType,
        String targetId,
        String detail) {
}
