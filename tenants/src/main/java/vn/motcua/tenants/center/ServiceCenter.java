package vn.motcua.tenants.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.tenancy.TenantId;

import java.time.Instant;

/** Trung tâm Phục vụ hành chính công: one tenant. Its own row is keyed by its tenant id. */
@Serdeable
@MappedEntity("service_center")
public record ServiceCenter(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @MappedProperty("tenant_id") Long id,
        String code,
        String name,
        CenterType type,
        CenterStatus status,
        @Nullable Long successorTenantId,
        String provinceCode,
        String provinceName,
        @Nullable String agencyCode,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String mergedFrom,
        @Version Long version,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt) {

    public TenantId tenantId() {
        return TenantId.of(id);
    }

    /** "Xã An Bình" — the name as people say it. */
    public String displayName() {
        return type == CenterType.TINH ? name : type.label() + " " + name;
    }

    public ServiceCenter withProfile(String name, String agencyCode, String address, String phone, String email, Long version) {
        return new ServiceCenter(id, code, name, type, status, successorTenantId, provinceCode, provinceName,
                agencyCode, address, phone, email, mergedFrom, version, createdAt, updatedAt);
    }
}
