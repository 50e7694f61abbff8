package vn.motcua.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One line of the audit log. {@code actorFullName} is the person's name when they acted (stored since migration 012;
 * older lines get it from the center's staff list when read).
 */
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
        @Nullable String detail,
        @Nullable String actorFullName) {

    /** "Nguyễn Văn An" — the person's full name, else the login name, else null (the system). */
    @Nullable
    public String actorDisplayName() {
        return actorFullName != null && !actorFullName.isBlank() ? actorFullName : actorUsername;
    }
}
