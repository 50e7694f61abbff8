package vn.motcua.core.queue;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.core.calendar.PublishedCalendars;
import vn.motcua.core.context.BusinessTime;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Đặt lịch hẹn: a citizen books a slot for a procedure at a center, without login. Slots are the province's office
 * sessions of working days cut in {@link #SLOT} pieces; each takes as many citizens as the center has counters serving
 * the procedure (one each). Booking locks the slot (an advisory lock per center and slot) so two citizens never take
 * its last place. On arrival the booking code becomes a ticket served ahead of walk-ins from its time.
 */
@Singleton
public class AppointmentService {
    public static final Duration SLOT = Duration.ofMinutes(30);
    /** How far ahead a citizen can book. */
    public static final int DAYS_AHEAD = 14;

    private final Sql sql;
    private final TenantTransactions tx;
    private final ProvincialScope province;
    private final PublishedCalendars calendars;
    private final DeadlineService deadlines;
    private final TicketService tickets;
    private final AuditLog audit;

    public AppointmentService(Sql sql, TenantTransactions tx, ProvincialScope province, PublishedCalendars calendars,
                              DeadlineService deadlines, TicketService tickets, AuditLog audit) {
        this.sql = sql;
        this.tx = tx;
        this.province = province;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.tickets = tickets;
        this.audit = audit;
    }

    /** The centers citizens can book at (active communes, wards and special zones), by name. */
    public List<PublicCenter> centers() {
        return province.unaudited(() -> sql.list("SELECT tenant_id, name FROM service_center WHERE status = 'ACTIVE'"
                + " AND type <> 'TINH' ORDER BY name, tenant_id", rs -> new PublicCenter(rs.getLong(1), rs.getString(2))));
    }

    /** The procedures a center's counters serve: what can be booked there, by name. */
    public List<vn.motcua.core.counter.ProcedureChoice> procedures(TenantId tenant) {
        return tx.read(tenant, () -> sql.list("""
                SELECT DISTINCT p.id, p.national_code, p.name, p.field FROM procedure p
                  JOIN counter c ON c.tenant_id = ? AND c.active
                 WHERE EXISTS (SELECT 1 FROM counter_field cf WHERE cf.tenant_id = c.tenant_id AND cf.counter_id = c.id AND cf.field = p.field)
                    OR EXISTS (SELECT 1 FROM counter_procedure cp WHERE cp.tenant_id = c.tenant_id AND cp.counter_id = c.id AND cp.procedure_id = p.id)
                 ORDER BY p.name, p.id""", rs -> new vn.motcua.core.counter.ProcedureChoice(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), tenant.value()));
    }

    /** The slots of a day for a procedure (none on a day off or in the past), with their places taken. */
    public List<Slot> slots(TenantId tenant, long procedureId, LocalDate day, Instant now) {
        String provinceCode = provinceCode(tenant);
        if (!calendars.year(provinceCode, day.getYear()).isWorkingDay(day)) {
            return List.of();
        }
        OfficeHours hours = deadlines.officeHours(provinceCode);
        return tx.read(tenant, () -> {
            String field = field(procedureId);
            int capacity = tickets.counterNumbers(tenant, field, procedureId).size();
            Map<Instant, Integer> booked = new HashMap<>();
            sql.list("SELECT slot_start, count(*) FROM queue_appointment WHERE tenant_id = ? AND field = ? AND status <> 'CANCELLED'"
                            + " AND slot_start >= ?::timestamptz AND slot_start < ?::timestamptz GROUP BY slot_start",
                    rs -> booked.put(rs.getTimestamp(1).toInstant(), rs.getInt(2)), tenant.value(), field,
                    BusinessTime.instant(day.atStartOfDay()), BusinessTime.instant(day.plusDays(1).atStartOfDay()));
            List<Slot> slots = new ArrayList<>();
            for (OfficeHours.Session s : hours.sessions()) {
                for (LocalTime t = s.start(); !t.plus(SLOT).isAfter(s.end()); t = t.plus(SLOT)) {
                    Instant start = BusinessTime.instant(LocalDateTime.of(day, t));
                    if (start.isAfter(now)) {
                        slots.add(new Slot(start, capacity, booked.getOrDefault(start, 0)));
                    }
                }
            }
            return slots;
        });
    }

    /** Books a slot: refused in the past, off the slot grid or when full (nothing written then). */
    public Appointment book(TenantId tenant, long procedureId, Instant slotStart, Instant now) {
        if (!slotStart.isAfter(now)) {
            throw InvalidInputException.of("slot", "appointment.slot.past");
        }
        LocalDateTime local = BusinessTime.local(slotStart);
        if (local.toLocalDate().isAfter(BusinessTime.localDate(now).plusDays(DAYS_AHEAD))) {
            throw InvalidInputException.of("slot", "appointment.slot.invalid");
        }
        Slot slot = slots(tenant, procedureId, local.toLocalDate(), now).stream().filter(s -> s.start().equals(slotStart))
                .findFirst().orElseThrow(() -> InvalidInputException.of("slot", "appointment.slot.invalid"));
        if (slot.capacity() == 0) {
            throw InvalidInputException.of("slot", "appointment.slot.invalid");
        }
        return tx.write(tenant, () -> {
            String field = field(procedureId);
            sql.one("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> 0, (int) tenant.value(), field + "|" + slotStart);
            long booked = sql.count("SELECT count(*) FROM queue_appointment WHERE tenant_id = ? AND field = ? AND slot_start = ?::timestamptz"
                    + " AND status <> 'CANCELLED'", tenant.value(), field, slotStart);
            if (booked >= slot.capacity()) {
                throw InvalidInputException.of("slot", "appointment.slot.full",
                        BusinessTime.format(slotStart));
            }
            String code = "LH" + Tokens.code(6);
            long id = sql.one("INSERT INTO queue_appointment (tenant_id, code, procedure_id, field, slot_start, status, booked_at)"
                            + " VALUES (?, ?, ?, ?, ?::timestamptz, 'BOOKED', ?::timestamptz) RETURNING id", rs -> rs.getLong(1),
                    tenant.value(), code, procedureId, field, slotStart, now).orElseThrow();
            audit.record(tenant, Actor.PUBLIC, AuditAction.APPOINTMENT_BOOKED, "queue_appointment", id,
                    code + " " + BusinessTime.format(slotStart));
            return read(tenant, code).orElseThrow();
        });
    }

    /** The kiosk turns today's booking code into a ticket, served ahead of walk-ins from the slot's start. */
    public TakenTicket checkIn(DeviceSession kiosk, String code) {
        DeviceService.requireKind(kiosk, EquipmentKind.TICKET_KIOSK);
        return checkIn(kiosk.tenant(), kiosk.now(), code);
    }

    /** A clerk checks a citizen in by the booking code. */
    public TakenTicket checkIn(CallContext ctx, String code) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        return checkIn(ctx.tenant(), ctx.now(), code);
    }

    private TakenTicket checkIn(TenantId tenant, Instant now, String entered) {
        String code = entered == null ? "" : entered.strip().toUpperCase(Locale.ROOT);
        return tx.write(tenant, () -> {
            Appointment a = sql.one("SELECT id FROM queue_appointment WHERE tenant_id = ? AND code = ? FOR UPDATE",
                            rs -> rs.getLong(1), tenant.value(), code).flatMap(id -> read(tenant, code))
                    .orElseThrow(() -> InvalidInputException.of("code", "appointment.code.unknown"));
            if (!"BOOKED".equals(a.status())) {
                throw InvalidInputException.of("code", "appointment.code.used");
            }
            if (!BusinessTime.localDate(a.slotStart()).equals(BusinessTime.localDate(now))) {
                throw InvalidInputException.of("code", "appointment.not.today", BusinessTime.formatDate(a.slotStart()));
            }
            TakenTicket taken = tickets.issue(tenant, now, a.field(), a.procedureId(), null, a.id(), a.slotStart());
            sql.update("UPDATE queue_appointment SET status = 'CHECKED_IN', ticket_id = ? WHERE tenant_id = ? AND id = ?",
                    taken.ticket().id(), tenant.value(), a.id());
            return taken;
        });
    }

    /** A booking by its code (the citizen's own page). */
    public java.util.Optional<Appointment> find(TenantId tenant, String code) {
        return tx.read(tenant, () -> read(tenant, code == null ? "" : code.strip().toUpperCase(Locale.ROOT)));
    }

    private java.util.Optional<Appointment> read(TenantId tenant, String code) {
        return sql.one("""
                SELECT a.id, a.code, a.procedure_id, p.name, a.field, a.slot_start, s.name, a.status FROM queue_appointment a
                  JOIN procedure p ON p.id = a.procedure_id JOIN service_center s ON s.tenant_id = a.tenant_id
                 WHERE a.tenant_id = ? AND a.code = ?""", rs -> new Appointment(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)),
                tenant.value(), code);
    }

    private String field(long procedureId) {
        return sql.one("SELECT field FROM procedure WHERE id = ? AND field IS NOT NULL", rs -> rs.getString(1), procedureId)
                .orElseThrow(() -> new NotFoundException("procedure", procedureId));
    }

    private String provinceCode(TenantId tenant) {
        return tx.read(tenant, () -> sql.one("SELECT province_code FROM service_center WHERE tenant_id = ?",
                rs -> rs.getString(1), tenant.value()).orElseThrow(() -> new NotFoundException("center", tenant.value())));
    }

    /** Who books: a citizen on the public page. */
    private static final class Actor {
        static final vn.motcua.core.context.Actor PUBLIC = vn.motcua.core.context.Actor.system("dat-lich-cong-khai");
    }
}
