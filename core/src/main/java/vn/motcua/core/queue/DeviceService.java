package vn.motcua.core.queue;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Devices that show a page (ticket kiosk, display board, counter tablet, look-up kiosk). The director creates a
 * one-time pairing code for an item of the equipment inventory, valid {@link #CODE_LIFETIME}; the device's browser
 * enters it at {@code /thiet-bi} and receives a credential — {@code tenant.device.secret}, 256 random bits of secret,
 * stored only as SHA-256 — that it keeps in an HttpOnly cookie. {@link #authenticate} checks it on every request and
 * push: the tenant named in it only chooses which center's rows are searched (under that center's RLS), so a forged
 * tenant finds nothing; a revoked device (or one paired again) is refused at once. Not a staff login: a device
 * session can only do what its kind does (take a ticket, show the board, rate at its counter).
 */
@Singleton
public class DeviceService {
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    public static final int CODE_LENGTH = 8;
    /** How often the last-seen time is written (not at every push). */
    static final Duration SEEN_EVERY = Duration.ofSeconds(30);
    public static final Set<EquipmentKind> PAIRED = EnumSet.of(EquipmentKind.TICKET_KIOSK, EquipmentKind.DISPLAY_BOARD,
            EquipmentKind.RATING_TABLET, EquipmentKind.LOOKUP_KIOSK);
    static final Actor DEVICE = Actor.system("thiet-bi");

    private final Sql sql;
    private final TenantTransactions tx;
    private final ProvincialScope province;
    private final AuditLog audit;

    public DeviceService(Sql sql, TenantTransactions tx, ProvincialScope province, AuditLog audit) {
        this.sql = sql;
        this.tx = tx;
        this.province = province;
        this.audit = audit;
    }

    /** A fresh one-time code for this equipment; earlier unused codes of it stop working. */
    public PairingCode startPairing(CallContext ctx, long equipmentId) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.write(tenant, () -> {
            record Item(EquipmentKind kind, Long counterId, boolean active) {
            }
            Item item = sql.one("SELECT kind, counter_id, active FROM equipment WHERE tenant_id = ? AND id = ?",
                            rs -> new Item(EquipmentKind.valueOf(rs.getString(1)), (Long) rs.getObject(2), rs.getBoolean(3)),
                            tenant.value(), equipmentId)
                    .filter(Item::active).orElseThrow(() -> new NotFoundException("equipment", equipmentId));
            if (!PAIRED.contains(item.kind())) {
                throw InvalidInputException.of("equipment", "device.kind.not.paired");
            }
            if (item.kind() == EquipmentKind.RATING_TABLET && item.counterId() == null) {
                throw InvalidInputException.of("equipment", "device.tablet.counter");
            }
            sql.update("UPDATE queue_device_pairing SET expires_at = ?::timestamptz WHERE tenant_id = ? AND equipment_id = ?"
                    + " AND used_at IS NULL AND expires_at > ?::timestamptz", ctx.now(), tenant.value(), equipmentId, ctx.now());
            String code = Tokens.code(CODE_LENGTH);
            Instant expires = ctx.now().plus(CODE_LIFETIME);
            sql.update("INSERT INTO queue_device_pairing (tenant_id, equipment_id, code_hash, expires_at, created_by, created_at)"
                            + " VALUES (?, ?, ?, ?::timestamptz, ?, ?::timestamptz)", tenant.value(), equipmentId,
                    Tokens.sha256(code), expires, ctx.username(), ctx.now());
            audit.record(ctx, AuditAction.DEVICE_PAIRING_STARTED, "equipment", equipmentId, item.kind().label());
            return new PairingCode(code, equipmentId, expires);
        });
    }

    /**
     * The device's browser enters the code: once, before it expires. The center is found from the code on the
     * provincial path (a read of one row, audited below in that center); everything else runs in the center.
     * Pairing again replaces the equipment's earlier device, which is revoked.
     */
    public PairedDevice pair(String enteredCode, Instant now) {
        String code = enteredCode == null ? "" : enteredCode.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (code.isEmpty()) {
            throw InvalidInputException.of("code", "device.code.required");
        }
        String hash = Tokens.sha256(code);
        TenantId tenant = province.unaudited(() -> sql.one("SELECT tenant_id FROM queue_device_pairing WHERE code_hash = ? ORDER BY created_at DESC LIMIT 1",
                        rs -> TenantId.of(rs.getLong(1)), hash))
                .orElseThrow(() -> InvalidInputException.of("code", "device.code.unknown"));
        String secret = Tokens.random(32);
        DeviceSession session = tx.write(tenant, () -> {
            record Pairing(long id, long equipmentId, Instant expiresAt, Instant usedAt) {
            }
            Pairing p = sql.one("SELECT id, equipment_id, expires_at, used_at FROM queue_device_pairing WHERE tenant_id = ?"
                            + " AND code_hash = ? FOR UPDATE", rs -> new Pairing(rs.getLong(1), rs.getLong(2),
                            rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
                    tenant.value(), hash).orElseThrow(() -> InvalidInputException.of("code", "device.code.unknown"));
            if (p.usedAt() != null) {
                throw InvalidInputException.of("code", "device.code.used");
            }
            if (!now.isBefore(p.expiresAt())) {
                throw InvalidInputException.of("code", "device.code.expired");
            }
            record Item(EquipmentKind kind, Long counterId) {
            }
            Item item = sql.one("SELECT kind, counter_id FROM equipment WHERE tenant_id = ? AND id = ? AND active",
                            rs -> new Item(EquipmentKind.valueOf(rs.getString(1)), (Long) rs.getObject(2)),
                            tenant.value(), p.equipmentId())
                    .orElseThrow(() -> InvalidInputException.of("code", "device.code.unknown"));
            sql.update("UPDATE queue_device_pairing SET used_at = ?::timestamptz WHERE tenant_id = ? AND id = ?",
                    now, tenant.value(), p.id());
            sql.update("UPDATE queue_device SET revoked_at = ?::timestamptz WHERE tenant_id = ? AND equipment_id = ?"
                    + " AND revoked_at IS NULL", now, tenant.value(), p.equipmentId());
            long deviceId = sql.one("INSERT INTO queue_device (tenant_id, equipment_id, kind, counter_id, token_hash, paired_at,"
                            + " last_seen_at) VALUES (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz) RETURNING id",
                    rs -> rs.getLong(1), tenant.value(), p.equipmentId(), item.kind(), item.counterId(),
                    Tokens.sha256(secret), now, now).orElseThrow();
            audit.record(tenant, DEVICE, AuditAction.DEVICE_PAIRED, "queue_device", deviceId, item.kind().label());
            return new DeviceSession(tenant, deviceId, p.equipmentId(), item.kind(), item.counterId(), centerName(tenant), now);
        });
        return new PairedDevice(tenant.value() + "." + session.deviceId() + "." + secret, session);
    }

    /** The device holding this credential, unless it is malformed, unknown or revoked; notes when it was last seen. */
    public Optional<DeviceSession> authenticate(String credential, Instant now) {
        if (credential == null) {
            return Optional.empty();
        }
        String[] parts = credential.split("\\.", 3);
        if (parts.length != 3 || parts[2].length() < 40) {
            return Optional.empty();
        }
        TenantId tenant;
        long deviceId;
        try {
            tenant = TenantId.of(Long.parseLong(parts[0]));
            deviceId = Long.parseLong(parts[1]);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(parts[2]);
        return tx.write(tenant, () -> {
            record Row(long equipmentId, EquipmentKind kind, Long counterId, Instant lastSeen) {
            }
            Optional<Row> row = sql.one("SELECT equipment_id, kind, counter_id, last_seen_at FROM queue_device WHERE tenant_id = ?"
                            + " AND id = ? AND token_hash = ? AND revoked_at IS NULL",
                    rs -> new Row(rs.getLong(1), EquipmentKind.valueOf(rs.getString(2)), (Long) rs.getObject(3),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
                    tenant.value(), deviceId, hash);
            row.filter(r -> r.lastSeen() == null || r.lastSeen().plus(SEEN_EVERY).isBefore(now)).ifPresent(r ->
                    sql.update("UPDATE queue_device SET last_seen_at = ?::timestamptz WHERE tenant_id = ? AND id = ?",
                            now, tenant.value(), deviceId));
            return row.map(r -> new DeviceSession(tenant, deviceId, r.equipmentId(), r.kind(), r.counterId(),
                    centerName(tenant), now));
        });
    }

    /** The center's paired devices, active first, then by pairing time. */
    public List<DeviceView> list(CallContext ctx) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> sql.list("""
                SELECT d.id, d.equipment_id, d.kind, e.model, e.location, c.number, d.paired_at, d.last_seen_at, d.revoked_at
                  FROM queue_device d JOIN equipment e ON e.tenant_id = d.tenant_id AND e.id = d.equipment_id
                  LEFT JOIN counter c ON c.tenant_id = d.tenant_id AND c.id = d.counter_id
                 WHERE d.tenant_id = ? ORDER BY d.revoked_at IS NOT NULL, d.paired_at DESC, d.id DESC""",
                rs -> new DeviceView(rs.getLong(1), rs.getLong(2), EquipmentKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()), tenant.value()));
    }

    /** Ends the device's credential: its next request or push is refused. */
    public void revoke(CallContext ctx, long deviceId) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        tx.run(tenant, () -> {
            int changed = sql.update("UPDATE queue_device SET revoked_at = ?::timestamptz WHERE tenant_id = ? AND id = ?"
                    + " AND revoked_at IS NULL", ctx.now(), tenant.value(), deviceId);
            if (changed == 0 && sql.count("SELECT count(*) FROM queue_device WHERE tenant_id = ? AND id = ?",
                    tenant.value(), deviceId) == 0) {
                throw new NotFoundException("queue_device", deviceId);
            }
            if (changed > 0) {
                audit.record(ctx, AuditAction.DEVICE_REVOKED, "queue_device", deviceId, "");
            }
        });
    }

    /** Refuses a device session of another kind (a board cannot take tickets). */
    static void requireKind(DeviceSession device, EquipmentKind kind) {
        if (device == null || device.kind() != kind) {
            throw new AccessDeniedException(Permission.RECEIVE_DOSSIERS);
        }
    }

    private String centerName(TenantId tenant) {
        return sql.one("SELECT name FROM service_center WHERE tenant_id = ?", rs -> rs.getString(1), tenant.value()).orElse("");
    }
}
