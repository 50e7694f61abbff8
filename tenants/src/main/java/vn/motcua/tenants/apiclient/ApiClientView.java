package vn.motcua.tenants.apiclient;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A client as its pages show it: never its secret (nor the secret's hash). */
public record ApiClientView(long tenantId, long id, String clientId, String name, ApiClient.Scope scope,
                            ApiClient.Access access, @Nullable String centerName, String createdBy, @Nullable String createdByName, Instant createdAt,
                            @Nullable String revokedBy, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
    static ApiClientView of(ApiClient c, @Nullable String centerName) {
        return new ApiClientView(c.tenantId(), c.id(), c.clientId(), c.name(), c.scope(), c.access(), centerName,
                c.createdBy(), c.createdByName(), c.createdAt(), c.revokedBy(), c.revokedAt(), c.lastUsedAt());
    }

    /** Who created it, by full name (the login name when none was kept). */
    public String creator() {
        return createdByName == null || createdByName.isBlank() ? createdBy : createdByName;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
