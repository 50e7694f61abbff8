package vn.motcua.core.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The receivers of dossier events (đăng ký nhận sự kiện), managed by provincial IT at the province
 * ({@link Permission#MANAGE_EVENT_SUBSCRIPTIONS}): an endpoint, a secret for the signature header
 * ({@link OutboxSignature}), the event types, and a scope — one center, or every center of the province. A
 * subscription is kept in the provincial center's tenant; its deliveries live beside their events in each center,
 * so the page's counts, log and dead letters are read on the provincial path ({@link ProvincialScope}), and every
 * change is audited in the province's log in the same transaction.
 *
 * <p>The endpoint must be HTTPS. Plain HTTP is accepted only for a loopback address ({@code localhost},
 * {@code 127.0.0.0/8}, {@code [::1]}) — tests and a developer's machine — since the body carries the applicant's
 * name and the signature proves the sender, not secrecy. Disabling pauses delivery (events keep queueing and go
 * out in order once enabled again); deleting drops the subscription and its undelivered events.
 */
@Singleton
public class EventSubscriptions {
    static final int MAX_NAME = 120;
    static final int MAX_ENDPOINT = 500;

    private final ProvincialScope scope;
    private final JdbcOperations jdbc;
    private final AuditLog audit;

    public EventSubscriptions(ProvincialScope scope, JdbcOperations jdbc, AuditLog audit) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What provincial IT fills in. {@code scopeCenterId} null: every center of the province. */
    public record Draft(String name, String endpoint, Set<OutboxEventType> types, @Nullable Long scopeCenterId) {
    }

    /** A subscription with its scope's name and how many of its deliveries wait, went out, or died. */
    public record EventSubscription(long id, String name, String endpoint, Set<OutboxEventType> types,
                                    @Nullable Long scopeCenterId, String scopeName, boolean enabled, String createdBy,
                                    Instant createdAt, long pending, long delivered, long dead) {
    }

    /** A new subscription and its secret, shown once. */
    public record Created(EventSubscription subscription, String secret) {
    }

    /** A center the subscription may be scoped to. */
    public record CenterChoice(long id, String name) {
    }

    /** One event for one subscription: the delivery log's line and the dead-letter list's. */
    public record Delivery(long centerId, long id, String centerName, String dossierCode, UUID eventId,
                           String type, int sequence, String status, int attempts, @Nullable Instant nextAttemptAt,
                           @Nullable Instant lastAttemptAt, @Nullable Integer lastHttpStatus, @Nullable String lastError,
                           @Nullable Instant deliveredAt) {
        public boolean dead() {
            return "DEAD".equals(status);
        }
    }

    public List<EventSubscription> list(CallContext ctx) {
        ctx.require(Permission.MANAGE_EVENT_SUBSCRIPTIONS);
        return scope.unaudited(() -> query(ctx, null));
    }

    /** The centers of the province, by name, for the scope choice. */
    public List<CenterChoice> centers(CallContext ctx) {
        ctx.require(Permission.MANAGE_EVENT_SUBSCRIPTIONS);
        return scope.unaudited(() -> jdbc.prepareStatement("""
                SELECT tenant_id, name FROM service_center WHERE province_code =
                  (SELECT province_code FROM service_center WHERE tenant_id = ?) AND type <> 'TINH' AND status = 'ACTIVE'
                ORDER BY name, tenant_id""", ps -> {
            ps.setLong(1, ctx.homeTenant().value());
            List<CenterChoice> centers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    centers.add(new CenterChoice(rs.getLong(1), rs.getString(2)));
                }
            }
            return centers;
        }));
    }

    public Created create(CallContext ctx, Draft draft) {
        ctx.require(Permission.MANAGE_EVENT_SUBSCRIPTIONS);
        List<Problem> problems = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("name", "Chưa nhập tên đăng ký", "The name is missing"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem("name", "Tên dài quá " + MAX_NAME + " ký tự", "The name is longer than " + MAX_NAME));
        }
        String endpoint = draft.endpoint() == null ? "" : draft.endpoint().strip();
        problems.addAll(endpointProblems(endpoint));
        if (draft.types() == null || draft.types().isEmpty()) {
            problems.add(new Problem("types", "Chọn ít nhất một loại sự kiện", "Choose at least one event type"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = OutboxSignature.newSecret();
        long home = ctx.homeTenant().value();
        long id = scope.sharedWrite(() -> {
            String province = provinceOf(home);
            if (draft.scopeCenterId() != null && !centerOfProvince(draft.scopeCenterId(), province)) {
                throw new InvalidInputException(List.of(new Problem("scope", "Trung tâm không thuộc tỉnh",
                        "The center is not one of the province's")));
            }
            long created = jdbc.prepareStatement("""
                    INSERT INTO event_subscription (tenant_id, name, endpoint, secret, event_types, province_code,
                      scope_center_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", ps -> {
                ps.setLong(1, home);
                ps.setString(2, name);
                ps.setString(3, endpoint);
                ps.setString(4, secret);
                ps.setString(5, OutboxEventType.join(draft.types()));
                ps.setString(6, province);
                if (draft.scopeCenterId() == null) {
                    ps.setNull(7, Types.BIGINT);
                } else {
                    ps.setLong(7, draft.scopeCenterId());
                }
                ps.setString(8, ctx.username());
                ps.setTimestamp(9, Timestamp.from(ctx.now()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            audit.record(ctx.homeTenant(), ctx, AuditAction.EVENT_SUBSCRIPTION_CREATED, "event_subscription", created,
                    name + " → " + endpoint + " (" + OutboxEventType.join(draft.types()) + ", "
                            + (draft.scopeCenterId() == null ? "toàn tỉnh" : "trung tâm " + draft.scopeCenterId()) + ")");
            return created;
        });
        return new Created(scope.unaudited(() -> query(ctx, id).get(0)), secret);
    }

    /** Pauses ({@code false}) or resumes delivery; events keep queueing while paused. */
    public void setEnabled(CallContext ctx, long id, boolean enabled) {
        ctx.require(Permission.MANAGE_EVENT_SUBSCRIPTIONS);
        scope.sharedWrite(() -> {
            String name = nameOf(ctx, id);
            jdbc.prepareStatement("UPDATE event_subscription SET enabled = ? WHERE tenant_id = ? AND id = ?", ps -> {
                ps.setBoolean(1, enabled);
                ps.setLong(2, ctx.homeTenant().value());
                ps.setLong(3, id);
                return ps.executeUpdate();
            });
            audit.record(ctx.homeTenant(), ctx, enabled ? AuditAction.EVENT_SUBSCRIPTION_ENABLED
                    : AuditAction.EVENT_SUBSCRIPTION_DISABLED, "event_subscription", id, name);
            return null;
        });
    }

    /** Deletes the subscription with every delivery of it, delivered or not, in one transaction. */
    public void delete(CallContext ctx, long id) {
        ctx.require(Permission.MANAGE_EVENT_SUBSCRIPTIONS);
        scope.sharedWrite(() -> {
            String name = nameOf(ctx, id);
            int deliveries = jdbc.prepareStatement(
                    "DELETE FROM outbox_delivery WHERE subscription_tenant_id = ? AND subscription_id = ?", ps -> {
                        ps.setLong(1, ctx.homeTenant().value());
                        ps.setLong(2, id);
                        return ps.executeUpdate();
                    });
            jdbc.prepareStatement("DELETE FROM event_subscription WHERE tenant_id = ? AND id = ?", ps -> {
                ps.setLong(1, ctx.homeTenant().value());
                ps.setLong(2, id);
                return ps.executeUpdate();
            });
            audit.record(ctx.homeTenant(), ctx, AuditAction.EVENT_SUBSCRIPTION_DELETED, "event_subscription", id,
                    name + ", " + deliveries + " lượt gửi xóa theo");
            return null;
        });
    }

    /** The subscription's latest deliveries (the log), or only its dead letters, newest first. */
    public List<Delivery> deliveries(CallContext ctx, long id, boolean deadOnly, int limit) {
        ctx.require(Permission.MANAGE_EVENT_SUBSCRIPTIONS);
        return scope.unaudited(() -> {
            nameOf(ctx, id);
            return jdbc.prepareStatement("""
                    SELECT d.tenant_id, d.id, c.name, x.code, e.event_uid, e.type, e.seq, d.status, d.attempts,
                           d.next_attempt_at, d.last_attempt_at, d.last_http_status, d.last_error, d.delivered_at
                    FROM outbox_delivery d
                    JOIN outbox_event e ON e.tenant_id = d.tenant_id AND e.id = d.event_id
                    JOIN dossier x ON x.tenant_id = d.tenant_id AND x.id = d.dossier_id
                    JOIN service_center c ON c.tenant_id = d.tenant_id
                    WHERE d.subscription_tenant_id = ? AND d.subscription_id = ?""" + (deadOnly ? " AND d.status = 'DEAD'" : "")
                    + " ORDER BY coalesce(d.last_attempt_at, d.next_attempt_at) DESC, d.id DESC LIMIT ?", ps -> {
                ps.setLong(1, ctx.homeTenant().value());
                ps.setLong(2, id);
                ps.setInt(3, Math.max(1, Math.min(limit, 500)));
                List<Delivery> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, UUID.class), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getInt(9),
                                instant(rs, 10), instant(rs, 11), (Integer) rs.getObject(12), rs.getString(13), instant(rs, 14)));
                    }
                }
                return rows;
            });
        });
    }

    /** "Gửi lại": a dead letter goes back to the queue with its attempts reset, to be sent at the next run. */
    public void resend(CallContext ctx, long id, long centerId, long deliveryId) {
        ctx.require(Permission.MANAGE_EVENT_SUBSCRIPTIONS);
        scope.sharedWrite(() -> {
            String name = nameOf(ctx, id);
            int changed = jdbc.prepareStatement("""
                    UPDATE outbox_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?
                    WHERE tenant_id = ? AND id = ? AND subscription_tenant_id = ? AND subscription_id = ? AND status = 'DEAD'""", ps -> {
                ps.setTimestamp(1, Timestamp.from(ctx.now()));
                ps.setLong(2, centerId);
                ps.setLong(3, deliveryId);
                ps.setLong(4, ctx.homeTenant().value());
                ps.setLong(5, id);
                return ps.executeUpdate();
            });
            if (changed == 0) {
                throw new NotFoundException("dead letter", deliveryId);
            }
            audit.record(ctx.homeTenant(), ctx, AuditAction.EVENT_DELIVERY_RESENT, "event_subscription", id,
                    name + ": lượt gửi " + centerId + "/" + deliveryId);
            return null;
        });
    }

    // ---- internals --------------------------------------------------------------------------------------

    /** Why {@code endpoint} is refused: not an absolute HTTPS URL (or HTTP on loopback), or carrying credentials. */
    static List<Problem> endpointProblems(String endpoint) {
        String vi = "Địa chỉ nhận phải là https://… (http:// chỉ cho máy này: localhost, 127.0.0.1)";
        if (endpoint.isEmpty()) {
            return List.of(new Problem("endpoint", "Chưa nhập địa chỉ nhận sự kiện", "The endpoint is missing"));
        }
        if (endpoint.length() > MAX_ENDPOINT) {
            return List.of(new Problem("endpoint", "Địa chỉ dài quá " + MAX_ENDPOINT + " ký tự",
                    "The endpoint is longer than " + MAX_ENDPOINT));
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return List.of(new Problem("endpoint", vi, "not a URL: " + e.getMessage()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return List.of(new Problem("endpoint", vi, "an absolute URL with a host, no user info or fragment"));
        }
        if (scheme.equals("https") || (scheme.equals("http") && loopback(host))) {
            return List.of();
        }
        return List.of(new Problem("endpoint", vi, "HTTPS, or HTTP to a loopback address only"));
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private String provinceOf(long center) {
        return jdbc.prepareStatement("SELECT province_code FROM service_center WHERE tenant_id = ?", ps -> {
            ps.setLong(1, center);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("center", center);
                }
                return rs.getString(1);
            }
        });
    }

    private boolean centerOfProvince(long center, String province) {
        return jdbc.prepareStatement("SELECT 1 FROM service_center WHERE tenant_id = ? AND province_code = ? AND type <> 'TINH'",
                ps -> {
                    ps.setLong(1, center);
                    ps.setString(2, province);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
    }

    /** The subscription's name; another province's or an unknown id is not found. */
    private String nameOf(CallContext ctx, long id) {
        return jdbc.prepareStatement("SELECT name FROM event_subscription WHERE tenant_id = ? AND id = ?", ps -> {
            ps.setLong(1, ctx.homeTenant().value());
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("event subscription", id);
                }
                return rs.getString(1);
            }
        });
    }

    private List<EventSubscription> query(CallContext ctx, @Nullable Long only) {
        return jdbc.prepareStatement("""
                SELECT s.id, s.name, s.endpoint, s.event_types, s.scope_center_id, c.name, s.enabled, s.created_by, s.created_at,
                  (SELECT count(*) FROM outbox_delivery d WHERE d.subscription_tenant_id = s.tenant_id AND d.subscription_id = s.id AND d.status = 'PENDING'),
                  (SELECT count(*) FROM outbox_delivery d WHERE d.subscription_tenant_id = s.tenant_id AND d.subscription_id = s.id AND d.status = 'DELIVERED'),
                  (SELECT count(*) FROM outbox_delivery d WHERE d.subscription_tenant_id = s.tenant_id AND d.subscription_id = s.id AND d.status = 'DEAD')
                FROM event_subscription s LEFT JOIN service_center c ON c.tenant_id = s.scope_center_id
                WHERE s.tenant_id = ? AND (? OR s.id = ?) ORDER BY s.name, s.id""", ps -> {
            ps.setLong(1, ctx.homeTenant().value());
            ps.setBoolean(2, only == null);
            ps.setLong(3, only == null ? 0 : only);
            List<EventSubscription> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long center = (Long) rs.getObject(5);
                    rows.add(new EventSubscription(rs.getLong(1), rs.getString(2), rs.getString(3),
                            OutboxEventType.split(rs.getString(4)), center,
                            center == null ? "Toàn tỉnh" : rs.getString(6), rs.getBoolean(7), rs.getString(8),
                            instant(rs, 9), rs.getLong(10), rs.getLong(11), rs.getLong(12)));
                }
            }
            if (only != null && rows.isEmpty()) {
                throw new NotFoundException("event subscription", only);
            }
            return rows;
        });
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

}
