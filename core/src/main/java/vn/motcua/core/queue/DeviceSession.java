package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.tenancy.TenantId;

import java.time.Instant;

/**
 * A paired device's browser, proven by its credential a moment ago ({@link DeviceService#authenticate}): which center,
 * which device, what it is, the counter of a counter tablet, and the instant of the request. Only the device service
 * makes one, so holding it is the proof; a revoked device gets none at its next request.
 */
public final class DeviceSession {
    private final TenantId tenant;
    private final long deviceId;
    private final long equipmentId;
    private final EquipmentKind kind;
    private final Long counterId;
    private final String centerName;
    private final Instant now;

    DeviceSession(TenantId tenant, long deviceId, long equipmentId, EquipmentKind kind, @Nullable Long counterId,
                  String centerName, Instant now) {
        this.tenant = tenant;
        this.deviceId = deviceId;
        this.equipmentId = equipmentId;
        this.kind = kind;
        this.counterId = counterId;
        this.centerName = centerName;
        this.now = now;
    }

    public TenantId tenant() {
        return tenant;
    }

    public long deviceId() {
        return deviceId;
    }

    public long equipmentId() {
        return equipmentId;
    }

    public EquipmentKind kind() {
        return kind;
    }

    public @Nullable Long counterId() {
        return counterId;
    }

    public String centerName() {
        return centerName;
    }

    public Instant now() {
        return now;
    }

    /** The same device at a later instant of the same request flow. */
    DeviceSession at(Instant instant) {
        return new DeviceSession(tenant, deviceId, equipmentId, kind, counterId, centerName, instant);
    }
}
