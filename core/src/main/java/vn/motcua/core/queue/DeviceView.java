package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.counter.EquipmentKind;

import java.time.Instant;

/** A paired device as the director sees it: what it is, where, when paired and last seen, revoked or not. */
public record DeviceView(long id, long equipmentId, EquipmentKind kind, @Nullable String model, @Nullable String location,
                         @Nullable Integer counterNumber, Instant pairedAt, @Nullable Instant lastSeenAt,
                         @Nullable Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
