package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.calendar.PublishedCalendars;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.counter.QueueSettings;
import vn.motcua.core.counter.QueueSettingsService;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tickets and the counters that call them. A ticket is taken within the ticket hours of a working day (queue settings
 * and the province's published calendar), numbered with its field's prefix from one counter row per day and prefix,
 * up to the daily maximum. A counter calls the next ticket of its fields — priority groups first, then appointments
 * that are due, then first come — with {@link #CALL_NEXT}: one statement whose pick skips rows another counter holds
 * ({@code FOR UPDATE SKIP LOCKED}) and whose UPDATE re-checks {@code status = 'WAITING'}, so a ticket is called by
 * one counter, ever. Every change is published to the center's pages after it commits.
 */
@Singleton
public class TicketService {
    /** Tickets numbered without a daily reset keep counting on this day's row. */
    static final LocalDate NO_RESET_DAY = LocalDate.of(2000, 1, 1);
    /** The prefix row counting every ticket of the day, for the daily maximum. */
    static final String ALL = "*";
    /** The estimate's service time per citizen while the field has no served ticket yet today. */
    static final int DEFAULT_SERVICE_SECONDS = 6 * 60;
    public static final int NOTE_MAX = 500;

    /** Tickets a counter may call: sent to it, or of a field or procedure it serves and sent to no counter. */
    static final String FOR_COUNTER = """
            (w.target_counter_id = ? OR (w.target_counter_id IS NULL AND (
                 w.field IN (SELECT cf.field FROM counter_field cf WHERE cf.tenant_id = w.tenant_id AND cf.counter_id = ?)
              OR w.procedure_id IN (SELECT cp.procedure_id FROM counter_procedure cp
                                     WHERE cp.tenant_id = w.tenant_id AND cp.counter_id = ?))))""";
    /**
     * The call: parameters tenant, day, counter×3, now, counter, staff, now, now. The pick locks the first eligible
     * ticket no other transaction holds; the UPDATE takes it only if it is still waiting.
     */
    public static final String CALL_NEXT = "WITH next AS (SELECT w.tenant_id, w.id FROM queue_ticket w"
            + " WHERE w.tenant_id = ? AND w.day = ? AND w.status = 'WAITING' AND " + FOR_COUNTER
            + " ORDER BY " + rank("w") + " LIMIT 1 FOR UPDATE SKIP LOCKED)"
            + " UPDATE queue_ticket t SET status = 'CALLED', counter_id = ?, staff_user_id = ?, calls = 1, called_at = ?::timestamptz,"
            + " wait_seconds = greatest(0, extract(epoch FROM ?::timestamptz - coalesce(greatest(t.due_at, t.taken_at), t.taken_at)))::int"
            + " FROM next WHERE t.tenant_id = next.tenant_id AND t.id = next.id AND t.status = 'WAITING'"
            + " RETURNING " + Ticket.columns("t");

    private final Sql sql;
    private final TenantTransactions tx;
    private final QueueSettingsService settings;
    private final PublishedCalendars calendars;
    private final QueueSignals signals;
    private final AuditLog audit;
    private final QueueTallies tallies;
    private final Map<TenantId, String> provinces = new ConcurrentHashMap<>();

    public TicketService(Sql sql, TenantTransactions tx, QueueSettingsService settings, PublishedCalendars calendars,
                         QueueSignals signals, AuditLog audit, QueueTallies tallies) {
        this.tallies = tallies;
        this.sql = sql;
        this.tx = tx;
        this.settings = settings;
        this.calendars = calendars;
        this.signals = signals;
        this.audit = audit;
    }

    /** A center's ticket kiosk gives a ticket for a field or a procedure; priority when the citizen says so. */
    public TakenTicket take(DeviceSession kiosk, @Nullable String field, @Nullable Long procedureId,
                            @Nullable PriorityGroup priority) {
        DeviceService.requireKind(kiosk, EquipmentKind.TICKET_KIOSK);
        return issue(kiosk.tenant(), kiosk.now(), field, procedureId, priority, null, null);
    }

    /** A clerk or the director gives a ticket at the desk (a citizen without the kiosk). */
    public TakenTicket take(CallContext ctx, @Nullable String field, @Nullable Long procedureId,
                            @Nullable PriorityGroup priority) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        return issue(ctx.tenant(), ctx.now(), field, procedureId, priority, null, null);
    }

    TakenTicket issue(TenantId tenant, Instant now, @Nullable String field, @Nullable Long procedureId,
                      @Nullable PriorityGroup priority, @Nullable Long appointmentId, @Nullable Instant dueAt) {
        QueueSettings s = settings.current(tenant);
        LocalDateTime local = BusinessTime.local(now);
        closed(tenant, s, now).ifPresent(e -> {
            throw e;
        });
        TakenTicket taken = tx.write(tenant, () -> {
            String theField = field;
            if (procedureId != null) {
                theField = sql.one("SELECT field FROM procedure WHERE id = ?", rs -> rs.getString(1), procedureId).orElse(null);
            }
            if (theField == null || theField.isBlank()) {
                throw InvalidInputException.of("field", "queue.ticket.field.unknown");
            }
            List<Integer> counters = counterNumbers(tenant, theField, procedureId);
            if (counters.isEmpty()) {
                throw InvalidInputException.of("field", "queue.ticket.no.counter", theField);
            }
            LocalDate day = local.toLocalDate();
            int max = s.maxTicketsPerDay() == null ? Integer.MAX_VALUE : s.maxTicketsPerDay();
            Optional<Integer> ofDay = sql.one("""
                    INSERT INTO queue_number (tenant_id, day, prefix, last) VALUES (?, ?, ?, 1)
                    ON CONFLICT (tenant_id, day, prefix) DO UPDATE SET last = queue_number.last + 1
                     WHERE queue_number.last < ? RETURNING last""", rs -> rs.getInt(1), tenant.value(), day, ALL, max);
            if (ofDay.isEmpty()) {
                throw InvalidInputException.of("time", "queue.ticket.full", String.valueOf(max));
            }
            String prefix = s.prefixes().getOrDefault(theField, "");
            int seq = sql.one("""
                    INSERT INTO queue_number (tenant_id, day, prefix, last) VALUES (?, ?, ?, 1)
                    ON CONFLICT (tenant_id, day, prefix) DO UPDATE SET last = queue_number.last + 1 RETURNING last""",
                    rs -> rs.getInt(1), tenant.value(), s.dailyReset() ? day : NO_RESET_DAY, prefix).orElseThrow();
            String number = prefix + String.format("%03d", seq);
            Ticket t = sql.one("INSERT INTO queue_ticket (tenant_id, day, number, field, procedure_id, priority_group, "
                            + "appointment_id, due_at, status, taken_at, public_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?::timestamptz, "
                            + "'WAITING', ?::timestamptz, ?) RETURNING " + Ticket.COLUMNS, Ticket::read,
                    tenant.value(), day, number, theField, procedureId, priority == null ? null : priority.name(),
                    appointmentId, dueAt, now, Tokens.random(16)).orElseThrow();
            tallies.refresh(tenant, day);
            return describe(t, now, counters);
        });
        signals.publish(new QueueSignals.Signal(tenant, QueueSignals.Kind.CHANGED, taken.ticket().number(), 0, "",
                taken.ticket().id()));
        return taken;
    }

    /** The fields the kiosk offers: those the center's active counters serve (by field or by one of its procedures). */
    public List<String> kioskFields(DeviceSession kiosk) {
        DeviceService.requireKind(kiosk, EquipmentKind.TICKET_KIOSK);
        TenantId tenant = kiosk.tenant();
        return tx.read(tenant, () -> sql.list("""
                SELECT cf.field FROM counter_field cf JOIN counter c ON c.tenant_id = cf.tenant_id AND c.id = cf.counter_id AND c.active
                 WHERE cf.tenant_id = ?
                UNION
                SELECT p.field FROM counter_procedure cp JOIN counter c ON c.tenant_id = cp.tenant_id AND c.id = cp.counter_id AND c.active
                  JOIN procedure p ON p.id = cp.procedure_id WHERE cp.tenant_id = ? AND p.field IS NOT NULL
                 ORDER BY 1""", rs -> rs.getString(1), tenant.value(), tenant.value()));
    }

    /**
     * Why the kiosk cannot give a ticket now (outside ticket hours or the day's tickets all given), in Vietnamese; empty
     * while it can. The kiosk shows it before anyone presses a button.
     */
    public Optional<String> closedNow(DeviceSession kiosk) {
        DeviceService.requireKind(kiosk, EquipmentKind.TICKET_KIOSK);
        TenantId tenant = kiosk.tenant();
        QueueSettings s = settings.current(tenant);
        Optional<InvalidInputException> closed = closed(tenant, s, kiosk.now());
        if (closed.isPresent()) {
            return Optional.of(closed.get().vietnamese());
        }
        if (s.maxTicketsPerDay() != null) {
            int given = tx.read(tenant, () -> sql.one("SELECT last FROM queue_number WHERE tenant_id = ? AND day = ? AND prefix = ?",
                    rs -> rs.getInt(1), tenant.value(), BusinessTime.localDate(kiosk.now()), ALL).orElse(0));
            if (given >= s.maxTicketsPerDay()) {
                return Optional.of(InvalidInputException.of("time", "queue.ticket.full", String.valueOf(s.maxTicketsPerDay()))
                        .vietnamese());
            }
        }
        return Optional.empty();
    }

    private Optional<InvalidInputException> closed(TenantId tenant, QueueSettings s, Instant now) {
        LocalDateTime local = BusinessTime.local(now);
        boolean workingDay = calendars.year(province(tenant), local.getYear()).isWorkingDay(local.toLocalDate());
        LocalTime time = local.toLocalTime();
        if (!workingDay || time.isBefore(s.ticketFrom()) || !time.isBefore(s.ticketUntil())) {
            return Optional.of(InvalidInputException.of("time", "queue.ticket.closed", s.ticketFrom().toString(),
                    s.ticketUntil().toString()));
        }
        return Optional.empty();
    }

    /** The counters (numbers) that serve a field or procedure: the "counter group" printed on the ticket. */
    List<Integer> counterNumbers(TenantId tenant, String field, @Nullable Long procedureId) {
        return sql.list("""
                SELECT c.number FROM counter c WHERE c.tenant_id = ? AND c.active AND (
                  EXISTS (SELECT 1 FROM counter_field cf WHERE cf.tenant_id = c.tenant_id AND cf.counter_id = c.id AND cf.field = ?)
                  OR EXISTS (SELECT 1 FROM counter_procedure cp WHERE cp.tenant_id = c.tenant_id AND cp.counter_id = c.id
                                AND cp.procedure_id = ?))
                 ORDER BY c.number""", rs -> rs.getInt(1), tenant.value(), field, procedureId);
    }

    private TakenTicket describe(Ticket t, Instant now, List<Integer> counters) {
        int ahead = waitingAhead(t, now);
        return new TakenTicket(t, counters, ahead, estimateMinutes(t, ahead, counters.size()));
    }

    /** Waiting tickets of the same field that will be called before this one. */
    int waitingAhead(Ticket t, Instant now) {
        return (int) sql.count("SELECT count(*) FROM queue_ticket w JOIN queue_ticket t ON t.tenant_id = w.tenant_id AND t.id = ?"
                        + " WHERE w.tenant_id = ? AND w.day = t.day AND w.status = 'WAITING' AND w.field = t.field"
                        + " AND w.id <> t.id AND (" + rank("w") + ") < (" + rank("t") + ")",
                t.id(), t.tenantId(), now, now);
    }

    /** Minutes until called: those ahead times the field's recent service time, shared by its counters. */
    private int estimateMinutes(Ticket t, int ahead, int counters) {
        double perCitizen = sql.one("""
                SELECT avg(service_seconds) FROM (SELECT service_seconds FROM queue_ticket WHERE tenant_id = ? AND day = ?
                   AND field = ? AND status = 'DONE' AND service_seconds IS NOT NULL ORDER BY finished_at DESC LIMIT 20) recent""",
                rs -> rs.getObject(1) == null ? DEFAULT_SERVICE_SECONDS : rs.getDouble(1), t.tenantId(), t.day(), t.field())
                .orElse((double) DEFAULT_SERVICE_SECONDS);
        return (int) Math.ceil(ahead * perCitizen / Math.max(1, counters) / 60.0);
    }

    /** The call order of a ticket as a row value (one parameter: now): priority, appointments due, first come. */
    static String rank(String alias) {
        return "CASE WHEN " + alias + ".priority_group IS NOT NULL THEN 0 WHEN " + alias + ".due_at IS NOT NULL AND "
                + alias + ".due_at <= ?::timestamptz THEN 1 ELSE 2 END, coalesce(" + alias + ".due_at, " + alias
                + ".taken_at), " + alias + ".id";
    }

    /**
     * The counter calls its next ticket. The counter's row is locked first, so one counter never holds two calls at
     * once; the ticket itself is taken by {@link #CALL_NEXT}, which no other counter can also win.
     */
    public Ticket callNext(CallContext ctx, long counterId) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        TenantId tenant = ctx.tenant();
        Instant now = ctx.now();
        Ticket called = tx.write(tenant, () -> {
            lockCounter(tenant, counterId);
            Optional<Ticket> current = current(tenant, counterId);
            if (current.isPresent()) {
                throw InvalidInputException.of("counter", "queue.ticket.counter.busy", current.get().number());
            }
            return sql.one(CALL_NEXT, Ticket::read, tenant.value(), BusinessTime.localDate(now), counterId, counterId,
                            counterId, now, counterId, ctx.userId(), now, now)
                    .orElseThrow(() -> InvalidInputException.of("counter", "queue.ticket.none.waiting"));
        });
        announce(tenant, QueueSignals.Kind.CALLED, called);
        return called;
    }

    /** The ticket the counter has called or is serving, if any. */
    public Optional<Ticket> current(CallContext ctx, long counterId) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        return tx.read(ctx.tenant(), () -> current(ctx.tenant(), counterId));
    }

    /** Repeats the call of the counter's current ticket (the board announces it again). */
    public Ticket recall(CallContext ctx, long counterId) {
        Ticket t = change(ctx, counterId, List.of(TicketStatus.CALLED, TicketStatus.SERVING), "queue.ticket.no.current",
                "UPDATE queue_ticket SET calls = calls + 1 WHERE tenant_id = ? AND id = ?");
        announce(ctx.tenant(), QueueSignals.Kind.RECALLED, t);
        return t;
    }

    /** The called citizen did not come: the ticket is a no-show and the counter is free. */
    public Ticket skip(CallContext ctx, long counterId) {
        Ticket t = change(ctx, counterId, List.of(TicketStatus.CALLED), "queue.ticket.no.current",
                "UPDATE queue_ticket SET status = 'NO_SHOW', finished_at = ?::timestamptz WHERE tenant_id = ? AND id = ?",
                ctx.now());
        announce(ctx.tenant(), QueueSignals.Kind.FINISHED, t);
        return t;
    }

    /** The citizen came: the counter serves the ticket (intake can now link it to a dossier). */
    public Ticket serve(CallContext ctx, long counterId) {
        Ticket t = change(ctx, counterId, List.of(TicketStatus.CALLED), "queue.ticket.no.current",
                "UPDATE queue_ticket SET status = 'SERVING', serving_at = ?::timestamptz WHERE tenant_id = ? AND id = ?",
                ctx.now());
        announce(ctx.tenant(), QueueSignals.Kind.CHANGED, t);
        return t;
    }

    /** Serving is over: the service time is recorded and the counter tablet asks the citizen to rate. */
    public Ticket finish(CallContext ctx, long counterId) {
        Ticket t = change(ctx, counterId, List.of(TicketStatus.CALLED, TicketStatus.SERVING), "queue.ticket.no.current",
                "UPDATE queue_ticket SET status = 'DONE', finished_at = ?::timestamptz, service_seconds = greatest(0, "
                        + "extract(epoch FROM ?::timestamptz - coalesce(serving_at, called_at)))::int WHERE tenant_id = ? AND id = ?",
                ctx.now(), ctx.now());
        announce(ctx.tenant(), QueueSignals.Kind.FINISHED, t);
        return t;
    }

    /**
     * Sends the counter's current ticket back to the queue, for one other counter or for another field, with a note;
     * it keeps its place (its taken time).
     */
    public Ticket transfer(CallContext ctx, long counterId, @Nullable Long toCounterId, @Nullable String toField,
                           @Nullable String note) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        TenantId tenant = ctx.tenant();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw InvalidInputException.of("note", "queue.ticket.transfer.note.too.long", NOTE_MAX);
        }
        if ((toCounterId == null) == (toField == null || toField.isBlank())) {
            throw InvalidInputException.of("target", "queue.ticket.transfer.target");
        }
        Ticket moved = tx.write(tenant, () -> {
            lockCounter(tenant, counterId);
            Ticket t = current(tenant, counterId)
                    .orElseThrow(() -> InvalidInputException.of("counter", "queue.ticket.no.current"));
            String field = t.field();
            String where;
            if (toCounterId != null) {
                if (toCounterId == counterId) {
                    throw InvalidInputException.of("target", "queue.ticket.transfer.target");
                }
                where = "Quầy " + lockCounter(tenant, toCounterId);
            } else {
                field = toField.strip();
                if (counterNumbers(tenant, field, null).isEmpty()) {
                    throw InvalidInputException.of("target", "queue.ticket.no.counter", field);
                }
                where = field;
            }
            sql.update("UPDATE queue_ticket SET status = 'WAITING', counter_id = NULL, staff_user_id = NULL, called_at = NULL,"
                    + " serving_at = NULL, calls = 0, field = ?, target_counter_id = ?, transfer_note = ?"
                    + " WHERE tenant_id = ? AND id = ?", field, toCounterId, text, tenant.value(), t.id());
            audit.record(ctx, AuditAction.QUEUE_TICKET_TRANSFERRED, "queue_ticket", t.id(),
                    "Số " + t.number() + " → " + where + (text == null ? "" : ": " + text));
            return reread(tenant, t.id());
        });
        announce(tenant, QueueSignals.Kind.CHANGED, moved);
        return moved;
    }

    /** Intake received a dossier from the ticket being served: the dossier remembers its ticket. */
    public Ticket linkDossier(CallContext ctx, long ticketId, long dossierId) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        TenantId tenant = ctx.tenant();
        try {
            return tx.write(tenant, () -> {
                Ticket t = reread(tenant, ticketId);
                if (t.status() != TicketStatus.SERVING && t.status() != TicketStatus.CALLED && t.status() != TicketStatus.DONE) {
                    throw InvalidInputException.of("ticket", "queue.ticket.not.serving", t.number());
                }
                sql.update("UPDATE queue_ticket SET dossier_id = ? WHERE tenant_id = ? AND id = ?", dossierId, tenant.value(), ticketId);
                audit.record(ctx, AuditAction.QUEUE_TICKET_LINKED, "queue_ticket", ticketId, "Số " + t.number());
                return reread(tenant, ticketId);
            });
        } catch (RuntimeException e) {
            if (vn.motcua.core.db.DataErrors.violatedUniqueConstraint(e).filter("queue_ticket_dossier_uk"::equals).isPresent()) {
                throw InvalidInputException.of("dossier", "queue.ticket.dossier.taken");
            }
            throw e;
        }
    }

    /** The ticket a dossier was received from, if it came through the queue. */
    public Optional<Ticket> ofDossier(CallContext ctx, long dossierId) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> sql.one("SELECT " + Ticket.COLUMNS + " FROM queue_ticket WHERE tenant_id = ? AND dossier_id = ?",
                Ticket::read, tenant.value(), dossierId));
    }

    public Ticket get(CallContext ctx, long ticketId) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        return tx.read(ctx.tenant(), () -> reread(ctx.tenant(), ticketId));
    }

    /** The day's tickets of the center, in call order of those waiting, then the others by number. */
    public List<Ticket> today(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> sql.list("SELECT " + Ticket.columns("w") + " FROM queue_ticket w WHERE w.tenant_id = ? AND w.day = ?"
                        + " ORDER BY w.status <> 'WAITING', " + rank("w"),
                Ticket::read, tenant.value(), BusinessTime.localDate(ctx.now()), ctx.now()));
    }

    private Ticket change(CallContext ctx, long counterId, List<TicketStatus> from, String noneKey, String update, Object... args) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        TenantId tenant = ctx.tenant();
        return tx.write(tenant, () -> {
            lockCounter(tenant, counterId);
            Ticket t = current(tenant, counterId).filter(c -> from.contains(c.status()))
                    .orElseThrow(() -> InvalidInputException.of("counter", noneKey));
            Object[] all = new Object[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = tenant.value();
            all[args.length + 1] = t.id();
            sql.update(update, all);
            Ticket changed = reread(tenant, t.id());
            if (changed.status() == TicketStatus.DONE || changed.status() == TicketStatus.NO_SHOW) {
                tallies.refresh(tenant, changed.day());
            }
            return changed;
        });
    }

    Optional<Ticket> current(TenantId tenant, long counterId) {
        return sql.one("SELECT " + Ticket.COLUMNS + " FROM queue_ticket WHERE tenant_id = ? AND counter_id = ?"
                        + " AND status IN ('CALLED', 'SERVING') ORDER BY called_at DESC LIMIT 1",
                Ticket::read, tenant.value(), counterId);
    }

    Ticket reread(TenantId tenant, long ticketId) {
        return sql.one("SELECT " + Ticket.COLUMNS + " FROM queue_ticket WHERE tenant_id = ? AND id = ?", Ticket::read,
                tenant.value(), ticketId).orElseThrow(() -> new NotFoundException("queue_ticket", ticketId));
    }

    /** Locks the counter's row (one call at a time per counter) and returns its number; another center's is not found. */
    int lockCounter(TenantId tenant, long counterId) {
        return sql.one("SELECT number FROM counter WHERE tenant_id = ? AND id = ? AND active FOR NO KEY UPDATE",
                rs -> rs.getInt(1), tenant.value(), counterId).orElseThrow(() -> new NotFoundException("counter", counterId));
    }

    private void announce(TenantId tenant, QueueSignals.Kind kind, Ticket t) {
        int counter = t.counterId() == null ? 0 : tx.read(tenant, () -> sql.one(
                "SELECT number FROM counter WHERE tenant_id = ? AND id = ?", rs -> rs.getInt(1), tenant.value(), t.counterId())
                .orElse(0));
        String text = counter == 0 ? "" : settings.current(tenant).announce(t.number(), counter);
        signals.publish(new QueueSignals.Signal(tenant, kind, t.number(), counter, text, t.id()));
    }

    private String province(TenantId tenant) {
        return provinces.computeIfAbsent(tenant, t -> tx.read(t, () -> sql.one(
                "SELECT province_code FROM service_center WHERE tenant_id = ?", rs -> rs.getString(1), t.value())
                .orElseThrow(() -> new NotFoundException("center", t.value()))));
    }
}
