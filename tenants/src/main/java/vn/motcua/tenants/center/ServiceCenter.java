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
import java.util.ArrayList;
import java.util.List;

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
        @Nullable String openingHours,
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

    /** What the director maintains (the agency code is provincial IT's: {@link #withAgencyCode}). */
    public ServiceCenter withProfile(String name, String address, String phone, String email, String openingHours,
                                     Long version) {
        return new ServiceCenter(id, code, name, type, status, successorTenantId, provinceCode, provinceName,
                agencyCode, address, phone, email, mergedFrom, openingHours, version, createdAt, updatedAt);
    }

    public ServiceCenter withAgencyCode(String agencyCode, Long version) {
        return new ServiceCenter(id, code, name, type, status, successorTenantId, provinceCode, provinceName,
                agencyCode, address, phone, email, mergedFrom, openingHours, version, createdAt, updatedAt);
    }

    /** The same center with another status (suspended, reopened): nothing else changes. */
    public ServiceCenter withStatus(CenterStatus status) {
        return new ServiceCenter(id, code, name, type, status, successorTenantId, provinceCode, provinceName,
                agencyCode, address, phone, email, mergedFrom, openingHours, version, createdAt, updatedAt);
    }

    /** The parts of the profile citizens and the dossier code need that are still empty, in a fixed order. */
    public List<ProfileField> missing() {
        List<ProfileField> missing = new ArrayList<>();
        if (blank(agencyCode)) {
            missing.add(ProfileField.AGENCY_CODE);
        }
        if (blank(address)) {
            missing.add(ProfileField.ADDRESS);
        }
        if (blank(phone)) {
            missing.add(ProfileField.PHONE);
        }
        if (blank(openingHours)) {
            missing.add(ProfileField.OPENING_HOURS);
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
