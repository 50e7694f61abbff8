package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The queue as devices and citizens see it: the display board, the counter tablet (and its rating), and the public
 * follow page of one ticket, reached by the ticket's random token only. Nothing here shows a person's data.
 */
@Singleton
public class QueueBoard {
    /** How long after a ticket is finished the counter tablet asks for its rating. */
    public static final Duration RATING_WINDOW = Duration.ofSeconds(30);
    /** A rating may still arrive this long after the window opened (the citizen was mid-tap when it closed). */
    static final Duration RATING_GRACE = Duration.ofSeconds(60);
    public static final int REASON_MAX = 1000;
    public static final int LAST_CALLS = 6;

    private final Sql sql;
    private final TenantTransactions tx;
    private final TicketService tickets;
    private final vn.motcua.core.counter.QueueSettingsService settings;
    private final AuditLog audit;

    public QueueBoard(Sql sql, TenantTransactions tx, TicketService tickets,
                      vn.motcua.core.counter.QueueSettingsService settings, AuditLog audit) {
        this.sql = sql;
        this.tx = tx;
        this.tickets = tickets;
        this.settings = settings;
        this.audit = audit;
    }

    /** The display board of the device's center. */
    public BoardView board(DeviceSession board) {
        DeviceService.requireKind(board, EquipmentKind.DISPLAY_BOARD);
        return board(board.tenant(), board.centerName(), board.now());
    }

    BoardView board(TenantId tenant, String centerName, Instant now) {
        long t = tenant.value();
        java.time.LocalDate day = BusinessTime.localDate(now);
        boolean voice = settings.current(tenant).voiceOn();
        return tx.read(tenant, () -> new BoardView(centerName,
                sql.list("""
                        SELECT c.number, c.name, (SELECT q.number FROM queue_ticket q WHERE q.tenant_id = c.tenant_id
                                 AND q.counter_id = c.id AND q.status IN ('CALLED', 'SERVING') ORDER BY q.called_at DESC LIMIT 1)
                          FROM counter c WHERE c.tenant_id = ? AND c.active ORDER BY c.number""",
                        rs -> new BoardView.CounterLine(rs.getInt(1), rs.getString(2), rs.getString(3)), t),
                sql.list("""
                        SELECT q.number, c.number FROM queue_ticket q JOIN counter c ON c.tenant_id = q.tenant_id AND c.id = q.counter_id
                         WHERE q.tenant_id = ? AND q.day = ? AND q.called_at IS NOT NULL ORDER BY q.called_at DESC, q.id DESC LIMIT ?""",
                        rs -> new BoardView.Call(rs.getString(1), rs.getInt(2)), t, day, LAST_CALLS),
                sql.list("""
                        SELECT field, count(*) FROM queue_ticket WHERE tenant_id = ? AND day = ? AND status = 'WAITING'
                         GROUP BY field ORDER BY field""",
                        rs -> new BoardView.FieldWaiting(rs.getString(1), rs.getInt(2)), t, day),
                voice));
    }

    /** The counter tablet of the device's counter. */
    public TabletView tablet(DeviceSession tablet) {
        DeviceService.requireKind(tablet, EquipmentKind.RATING_TABLET);
        TenantId tenant = tablet.tenant();
        long t = tenant.value();
        Instant now = tablet.now();
        return tx.read(tenant, () -> {
            record Counter(int number, String name) {
            }
            Counter counter = sql.one("SELECT number, name FROM counter WHERE tenant_id = ? AND id = ?",
                    rs -> new Counter(rs.getInt(1), rs.getString(2)), t, tablet.counterId()).orElseThrow();
            Optional<Ticket> current = tickets.current(tenant, tablet.counterId());
            Optional<Ticket> toRate = toRate(tenant, tablet.counterId(), now);
            Long clerk = current.map(Ticket::staffUserId).or(() -> toRate.map(Ticket::staffUserId)).orElse(null);
            String clerkName = clerk != null
                    ? sql.one("SELECT full_name FROM staff_member WHERE tenant_id = ? AND user_id = ?", rs -> rs.getString(1), t, clerk)
                            .orElse(null)
                    : sql.one("""
                            SELECT s.full_name FROM counter_staff cs JOIN staff_member s ON s.tenant_id = cs.tenant_id AND s.id = cs.staff_id
                             WHERE cs.tenant_id = ? AND cs.counter_id = ? AND cs.weekday = ? AND s.active
                             ORDER BY s.full_name, s.id LIMIT 1""", rs -> rs.getString(1), t, tablet.counterId(),
                            BusinessTime.localDate(now).getDayOfWeek().getValue()).orElse(null);
            return new TabletView(counter.number(), counter.name(), clerkName, current.map(Ticket::number).orElse(null),
                    toRate.map(Ticket::id).orElse(null), toRate.map(Ticket::number).orElse(null));
        });
    }

    /** The citizen rates the service of the ticket the tablet's counter just finished: once, linked to clerk and dossier. */
    public void rate(DeviceSession tablet, long ticketId, @Nullable DossierRating.Level level, @Nullable String reason) {
        DeviceService.requireKind(tablet, EquipmentKind.RATING_TABLET);
        if (level == null) {
            throw InvalidInputException.of("level", "rating.level.required");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (level == DossierRating.Level.NOT_SATISFIED && text == null) {
            throw InvalidInputException.of("reason", "rating.reason.required");
        }
        if (text != null && text.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "rating.reason.too.long", REASON_MAX);
        }
        TenantId tenant = tablet.tenant();
        tx.run(tenant, () -> {
            Ticket t = sql.one("SELECT " + Ticket.COLUMNS + " FROM queue_ticket WHERE tenant_id = ? AND id = ? AND counter_id = ?"
                            + " AND status = 'DONE' AND finished_at > ?::timestamptz FOR UPDATE", Ticket::read, tenant.value(), ticketId,
                    tablet.counterId(), tablet.now().minus(RATING_WINDOW).minus(RATING_GRACE))
                    .orElseThrow(() -> InvalidInputException.of("ticket", "rating.not.finished"));
            if (sql.count("SELECT count(*) FROM queue_rating WHERE tenant_id = ? AND ticket_id = ?", tenant.value(), t.id()) > 0) {
                throw InvalidInputException.of("ticket", "rating.already");
            }
            sql.update("INSERT INTO queue_rating (tenant_id, ticket_id, level, reason, staff_user_id, counter_id, dossier_id, rated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::timestamptz)", tenant.value(), t.id(), level, text, t.staffUserId(),
                    t.counterId(), t.dossierId(), tablet.now());
            audit.record(tenant, DeviceService.DEVICE, AuditAction.QUEUE_RATED, "queue_ticket", t.id(),
                    "Số " + t.number() + ": " + level.label());
        });
    }

    /** A rating as stored: for the director's figures and the tests. */
    public record Rating(long ticketId, DossierRating.Level level, @Nullable String reason, @Nullable Long staffUserId,
                         @Nullable Long counterId, @Nullable Long dossierId) {
    }

    public Optional<Rating> rating(vn.motcua.core.context.CallContext ctx, long ticketId) {
        ctx.require(vn.motcua.core.context.Permission.READ_CENTER);
        return tx.read(ctx.tenant(), () -> sql.one("SELECT ticket_id, level, reason, staff_user_id, counter_id, dossier_id"
                        + " FROM queue_rating WHERE tenant_id = ? AND ticket_id = ?",
                rs -> new Rating(rs.getLong(1), DossierRating.Level.valueOf(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5), (Long) rs.getObject(6)), ctx.tenant().value(), ticketId));
    }

    /** The public follow page, by the token in the ticket's QR code; a wrong or another day's token finds nothing. */
    public Optional<FollowView> follow(String followToken, Instant now) {
        if (followToken == null) {
            return Optional.empty();
        }
        String[] parts = followToken.split("\\.", 2);
        if (parts.length != 2 || parts[1].length() < 16 || parts[1].length() > 32) {
            return Optional.empty();
        }
        TenantId tenant;
        try {
            tenant = TenantId.of(Long.parseLong(parts[0]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return tx.read(tenant, () -> sql.one("SELECT " + Ticket.COLUMNS + " FROM queue_ticket WHERE tenant_id = ? AND public_token = ?"
                        + " AND day = ?", Ticket::read, tenant.value(), parts[1], BusinessTime.localDate(now))
                .map(t -> {
                    Integer counter = t.counterId() == null ? null : sql.one("SELECT number FROM counter WHERE tenant_id = ? AND id = ?",
                            rs -> rs.getInt(1), tenant.value(), t.counterId()).orElse(null);
                    int ahead = t.status() == TicketStatus.WAITING ? tickets.waitingAhead(t, now) : 0;
                    int counters = Math.max(1, tickets.counterNumbers(tenant, t.field(), t.procedureId()).size());
                    String center = sql.one("SELECT name FROM service_center WHERE tenant_id = ?", rs -> rs.getString(1),
                            tenant.value()).orElse("");
                    return new FollowView(center, t.number(), t.field(), t.status(), counter, ahead,
                            (int) Math.ceil(ahead * (double) TicketService.DEFAULT_SERVICE_SECONDS / counters / 60.0), t.priority());
                }));
    }

    private Optional<Ticket> toRate(TenantId tenant, long counterId, Instant now) {
        return sql.one("SELECT " + Ticket.columns("q") + " FROM queue_ticket q WHERE q.tenant_id = ? AND q.counter_id = ?"
                        + " AND q.status = 'DONE' AND q.finished_at > ?::timestamptz AND NOT EXISTS (SELECT 1 FROM queue_rating r"
                        + " WHERE r.tenant_id = q.tenant_id AND r.ticket_id = q.id) ORDER BY q.finished_at DESC LIMIT 1",
                Ticket::read, tenant.value(), counterId, now.minus(RATING_WINDOW));
    }
}
