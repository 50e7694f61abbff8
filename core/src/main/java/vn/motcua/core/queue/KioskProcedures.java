package vn.motcua.core.queue;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.ProcedureChoice;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The common single procedures the ticket kiosk offers next to the fields: a citizen who knows what they came for
 * takes a ticket for that procedure, and the clerk's intake opens with it chosen. The director chooses them
 * ({@code queue_kiosk_procedure}, in order, at most {@value #MAX}); until then the kiosk offers the center's
 * {@value #DEFAULT_COUNT} most received procedures of the last {@value #RECENT_DAYS} days, or, with no dossiers yet,
 * those its counters take by name. Only procedures an open counter takes (by the procedure or by its field) are
 * offered, so every button gives a ticket some counter will call.
 */
@Singleton
public class KioskProcedures {
    public static final int MAX = 12;
    static final int DEFAULT_COUNT = 6;
    static final int RECENT_DAYS = 90;

    private final Sql sql;
    private final TenantTransactions tx;
    private final CounterService counters;
    private final AuditLog audit;

    public KioskProcedures(Sql sql, TenantTransactions tx, CounterService counters, AuditLog audit) {
        this.sql = sql;
        this.tx = tx;
        this.counters = counters;
        this.audit = audit;
    }

    /** What the director can put on the kiosk: the served procedures an open counter takes, by name. */
    public List<ProcedureChoice> candidates(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        return candidates(ctx.tenant());
    }

    /** The director's choice, in the kiosk's order; empty while the kiosk runs on its default. */
    public List<ProcedureChoice> chosen(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        Map<Long, ProcedureChoice> byId = byId(candidates(tenant));
        return chosenIds(tenant).stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Replaces the kiosk's procedures (an empty list: back to the default); unknown ids or too many are refused. */
    public List<ProcedureChoice> save(CallContext ctx, List<Long> procedureIds) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(procedureIds));
        if (ids.size() > MAX) {
            throw InvalidInputException.of("procedures", "queue.kiosk.procedure.too.many", MAX);
        }
        Map<Long, ProcedureChoice> byId = byId(candidates(tenant));
        for (Long id : ids) {
            if (!byId.containsKey(id)) {
                throw InvalidInputException.of("procedures", "queue.kiosk.procedure.unknown", String.valueOf(id));
            }
        }
        tx.write(tenant, () -> {
            sql.update("DELETE FROM queue_kiosk_procedure WHERE tenant_id = ?", tenant.value());
            for (int i = 0; i < ids.size(); i++) {
                sql.update("INSERT INTO queue_kiosk_procedure (tenant_id, procedure_id, position) VALUES (?, ?, ?)",
                        tenant.value(), ids.get(i), i + 1);
            }
            audit.record(ctx, AuditAction.QUEUE_KIOSK_PROCEDURES_SAVED, "queue_kiosk_procedure", null, ids.isEmpty()
                    ? "Mặc định: thủ tục tiếp nhận nhiều nhất"
                    : ids.stream().map(id -> byId.get(id).nationalCode()).collect(Collectors.joining(", ")));
            return null;
        });
        return chosen(ctx);
    }

    /** What a paired ticket kiosk shows: the director's choice, or the default. */
    public List<ProcedureChoice> offered(DeviceSession kiosk) {
        DeviceService.requireKind(kiosk, EquipmentKind.TICKET_KIOSK);
        return offered(kiosk.tenant(), kiosk.now());
    }

    /** As the kiosk sees it at {@code now}, for the director's page ("the kiosk shows …"). */
    public List<ProcedureChoice> offered(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        return offered(ctx.tenant(), ctx.now());
    }

    List<ProcedureChoice> offered(TenantId tenant, Instant now) {
        Map<Long, ProcedureChoice> byId = byId(candidates(tenant));
        List<ProcedureChoice> chosen = chosenIds(tenant).stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        List<ProcedureChoice> out = new ArrayList<>();
        tx.read(tenant, () -> sql.list("""
                SELECT p.id FROM dossier d JOIN procedure p ON p.national_code = d.procedure_code
                 WHERE d.tenant_id = ? AND d.received_at >= ?::timestamptz
                 GROUP BY p.id ORDER BY count(*) DESC, min(p.name), p.id""",
                rs -> rs.getLong(1), tenant.value(), now.minus(RECENT_DAYS, ChronoUnit.DAYS)))
                .stream().map(byId::get).filter(java.util.Objects::nonNull).limit(DEFAULT_COUNT).forEach(out::add);
        if (out.isEmpty()) {
            List<Long> linked = tx.read(tenant, () -> sql.list("""
                    SELECT DISTINCT cp.procedure_id FROM counter_procedure cp
                      JOIN counter c ON c.tenant_id = cp.tenant_id AND c.id = cp.counter_id AND c.active
                     WHERE cp.tenant_id = ?""", rs -> rs.getLong(1), tenant.value()));
            byId.values().stream().filter(p -> linked.contains(p.id())).limit(DEFAULT_COUNT).forEach(out::add);
        }
        return out;
    }

    List<ProcedureChoice> candidates(TenantId tenant) {
        List<ProcedureChoice> served = counters.servedProcedures(tenant);
        record Taken(List<String> fields, List<Long> procedures) {
        }
        Taken taken = tx.read(tenant, () -> new Taken(
                sql.list("""
                        SELECT DISTINCT cf.field FROM counter_field cf
                          JOIN counter c ON c.tenant_id = cf.tenant_id AND c.id = cf.counter_id AND c.active
                         WHERE cf.tenant_id = ?""", rs -> rs.getString(1), tenant.value()),
                sql.list("""
                        SELECT DISTINCT cp.procedure_id FROM counter_procedure cp
                          JOIN counter c ON c.tenant_id = cp.tenant_id AND c.id = cp.counter_id AND c.active
                         WHERE cp.tenant_id = ?""", rs -> rs.getLong(1), tenant.value())));
        return served.stream().filter(p -> taken.procedures().contains(p.id())
                || (p.field() != null && taken.fields().contains(p.field()))).toList();
    }

    private List<Long> chosenIds(TenantId tenant) {
        return tx.read(tenant, () -> sql.list("SELECT procedure_id FROM queue_kiosk_procedure WHERE tenant_id = ? ORDER BY position",
                rs -> rs.getLong(1), tenant.value()));
    }

    private static Map<Long, ProcedureChoice> byId(List<ProcedureChoice> list) {
        Map<Long, ProcedureChoice> map = new LinkedHashMap<>();
        list.forEach(p -> map.put(p.id(), p));
        return map;
    }
}
