package vn.motcua.core.counter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The center's equipment inventory: the director adds, edits and removes devices (removal marks them inactive);
 * everyone of the center reads the list, filtered by kind and status, searched without diacritics, sorted, paged,
 * and exported as CSV (audited).
 */
@Singleton
public class EquipmentService {
    /** A warranty ending within this many days is pointed out. */
    public static final int WARRANTY_WARNING_DAYS = 30;
    public static final int EXPORT_LIMIT = 10_000;
    private static final Set<String> SORTABLE = Set.of("kind", "model", "serial", "location", "status", "purchasedOn",
            "warrantyUntil", "createdAt");

    private final EquipmentRepository equipment;
    private final CounterRepository counters;
    private final TenantTransactions tx;
    private final AuditLog audit;

    public EquipmentService(EquipmentRepository equipment, CounterRepository counters, TenantTransactions tx, AuditLog audit) {
        this.equipment = equipment;
        this.counters = counters;
        this.tx = tx;
        this.audit = audit;
    }

    /** What the list is filtered by; each part may be empty. */
    public record Filter(@Nullable EquipmentKind kind, @Nullable EquipmentStatus status, @Nullable String query) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    public Page<Equipment> page(CallContext ctx, Filter filter, int page, int size, @Nullable String sortProperty,
                                boolean ascending) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        String property = sortProperty != null && SORTABLE.contains(sortProperty) ? sortProperty : "kind";
        Sort sort = Sort.of(ascending ? Sort.Order.asc(property) : Sort.Order.desc(property), Sort.Order.asc("id"));
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 1000), sort);
        return tx.read(tenant, () -> equipment.search(tenant.value(), filter.kind() == null ? null : filter.kind().name(),
                filter.status() == null ? null : filter.status().name(), SearchKey.likeAll(filter.query()), pageable));
    }

    public Equipment get(CallContext ctx, long id) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> equipment.findByTenantIdAndId(tenant.value(), id)
                .filter(Equipment::active).orElseThrow(() -> new NotFoundException("equipment", id)));
    }

    public Equipment add(CallContext ctx, EquipmentForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.write(tenant, () -> {
            validate(ctx, null, form);
            Equipment saved = equipment.save(new Equipment(null, tenant.value(), form.kind(), null, null, null, null,
                    form.status(), null, null, null, true, null, null, null).with(form));
            audit.record(ctx, AuditAction.EQUIPMENT_ADDED, "equipment", saved.id(), describe(saved));
            return saved;
        });
    }

    public Equipment update(CallContext ctx, long id, EquipmentForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.write(tenant, () -> {
            Equipment current = get(ctx, id);
            validate(ctx, id, form);
            Equipment saved = equipment.update(current.with(form));
            audit.record(ctx, AuditAction.EQUIPMENT_UPDATED, "equipment", id, describe(saved));
            return saved;
        });
    }

    /** Takes the device off the inventory: kept in the database, inactive. */
    public void remove(CallContext ctx, long id) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        tx.run(tenant, () -> {
            Equipment current = get(ctx, id);
            equipment.update(current.removed());
            audit.record(ctx, AuditAction.EQUIPMENT_REMOVED, "equipment", id, describe(current));
        });
    }

    /** The filtered list as CSV for a spreadsheet (at most {@link #EXPORT_LIMIT} lines); audited. */
    public byte[] export(CallContext ctx, Filter filter) {
        ctx.require(Permission.READ_CENTER);
        List<Equipment> rows = new ArrayList<>();
        for (int p = 0; rows.size() < EXPORT_LIMIT; p++) {
            List<Equipment> chunk = page(ctx, filter, p, 1000, "kind", true).getContent();
            rows.addAll(chunk);
            if (chunk.size() < 1000) {
                break;
            }
        }
        Map<Long, Counter> byId = counterNames(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EquipmentCsvWriter.write(rows, c -> byId.containsKey(c) ? "Quầy " + byId.get(c).number() + " — " + byId.get(c).name() : "",
                    BusinessTime.localDate(ctx.now()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(ctx, AuditAction.EQUIPMENT_EXPORTED, "equipment", null, rows.size() + " dòng");
        return out.toByteArray();
    }

    /** The center's counters in use, by id (a device's location). */
    public Map<Long, Counter> counterNames(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        Map<Long, Counter> map = new java.util.LinkedHashMap<>();
        tx.read(tenant, () -> counters.findByTenantIdAndActiveOrderByNumber(tenant.value(), true))
                .forEach(c -> map.put(c.id(), c));
        return map;
    }

    private void validate(CallContext ctx, Long id, EquipmentForm f) {
        TenantId tenant = ctx.tenant();
        List<Problem> problems = new ArrayList<>();
        if (f.kind() == null) {
            problems.add(Messages.problem("kind", "equipment.kind.required"));
        }
        if (f.status() == null) {
            problems.add(Messages.problem("status", "equipment.status.required"));
        }
        length(problems, "model", f.model(), 120);
        length(problems, "serial", f.serial(), 80);
        length(problems, "location", f.location(), 200);
        length(problems, "notes", f.notes(), 1000);
        LocalDate today = BusinessTime.localDate(ctx.now());
        if (f.purchasedOn() != null && f.purchasedOn().isAfter(today)) {
            problems.add(Messages.problem("purchasedOn", "equipment.purchase.in.future"));
        }
        if (f.purchasedOn() != null && f.warrantyUntil() != null && f.warrantyUntil().isBefore(f.purchasedOn())) {
            problems.add(Messages.problem("warrantyUntil", "equipment.warranty.before.purchase"));
        }
        if (f.counterId() != null && counters.findByTenantIdAndId(tenant.value(), f.counterId()).filter(Counter::active).isEmpty()) {
            problems.add(Messages.problem("counterId", "equipment.counter.unknown"));
        }
        if (f.kind() != null && f.serial() != null && (id == null
                ? equipment.existsByTenantIdAndKindAndSerialAndActive(tenant.value(), f.kind(), f.serial(), true)
                : equipment.existsByTenantIdAndKindAndSerialAndActiveAndIdNotEqual(tenant.value(), f.kind(), f.serial(), true, id))) {
            problems.add(Messages.problem("serial", "equipment.serial.taken", f.serial()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Messages.problem(field, "equipment.text.too.long", max));
        }
    }

    private static String describe(Equipment e) {
        return e.kind().label() + (e.model() == null ? "" : " " + e.model()) + (e.serial() == null ? "" : " (" + e.serial() + ")");
    }
}
