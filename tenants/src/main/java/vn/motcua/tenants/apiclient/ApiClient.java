package vn.motcua.tenants.apiclient;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * Ứng dụng API: another system's credentials. {@code tenantId} is the center whose data it may reach (scope
 * {@link Scope#CENTER}) or the provincial center (scope {@link Scope#PROVINCE}); only the SHA-256 of its secret is
 * kept. Revocation marks the row; nothing is deleted.
 */
@MappedEntity("api_client")
public record ApiClient(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId, String clientId,
                        String name, Scope scope, Access access, @MappedProperty("secret_sha256") String secretSha256,
                        String createdBy, @Nullable String createdByName, Instant createdAt, @Nullable String revokedBy, @Nullable Instant revokedAt,
                        @Nullable Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Which centers it may reach. */
    public enum Scope {
        CENTER("Một trung tâm"), PROVINCE("Toàn tỉnh");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What it may do there. */
    public enum Access {
        READ("Chỉ đọc"), READ_WRITE("Đọc và ghi");

        private final String label;

        Access(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
