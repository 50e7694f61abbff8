package vn.motcua.core.counter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** Thiết bị: one device of the center's inventory; its location is free text or one of its counters. */
@MappedEntity("equipment")
public record Equipment(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long tenantId,
        EquipmentKind kind,
        @Nullable String model,
        @Nullable String serial,
        @Nullable String location,
        @Nullable Long counterId,
        EquipmentStatus status,
        @Nullable LocalDate purchasedOn,
        @Nullable LocalDate warrantyUntil,
        @Nullable String notes,
        boolean active,
        @Version Long version,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt) {

    /** The warranty ends within {@code days} days from {@code today} (today included), and has not ended yet. */
    public boolean warrantyEndsWithin(LocalDate today, int days) {
        return warrantyUntil != null && !warrantyUntil.isBefore(today) && !warrantyUntil.isAfter(today.plusDays(days));
    }

    Equipment with(EquipmentForm f) {
        return new Equipment(id, tenantId, f.kind(), f.model(), f.serial(), f.location(), f.counterId(), f.status(),
                f.purchasedOn(), f.warrantyUntil(), f.notes(), active, version, createdAt, updatedAt);
    }

    Equipment removed() {
        return new Equipment(id, tenantId, kind, model, serial, location, counterId, status, purchasedOn, warrantyUntil,
                notes, false, version, createdAt, updatedAt);
    }
}
