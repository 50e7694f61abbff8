package vn.motcua.core.counter;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The center's counters (quầy): the director adds, edits, opens/closes and removes them (removal marks them
 * inactive); everyone of the center reads them. Each change is validated whole (nothing written when one thing is
 * wrong) and audited in the center's log in the same transaction.
 */
@Singleton
public class CounterService {
    public static final int NAME_MAX = 120;

    private final CounterRepository counters;
    private final CounterLinks links;
    private final TenantTransactions tx;
    private final AuditLog audit;

    public CounterService(CounterRepository counters, CounterLinks links, TenantTransactions tx, AuditLog audit) {
        this.counters = counters;
        this.links = links;
        this.tx = tx;
        this.audit = audit;
    }

    /** The center's counters in use, by number, with what they serve and who staffs them. */
    public List<CounterView> list(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> {
            Map<Long, ProcedureChoice> procedures = byId(links.servedProcedures(tenant.value(), level(tenant).name()),
                    ProcedureChoice::id);
            Map<Long, StaffChoice> staff = allStaffNames(tenant);
            return counters.findByTenantIdAndActiveOrderByNumber(tenant.value(), true).stream()
                    .map(c -> view(tenant, c, procedures, staff)).toList();
        });
    }

    /** One counter of the caller's center; another center's id is not found. */
    public CounterView get(CallContext ctx, long id) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> {
            Counter c = counters.findByTenantIdAndId(tenant.value(), id).orElseThrow(() -> new NotFoundException("counter", id));
            return view(tenant, c, byId(links.servedProcedures(tenant.value(), level(tenant).name()), ProcedureChoice::id),
                    allStaffNames(tenant));
        });
    }

    /** The fields, procedures and staff a counter of this center can be given. */
    public CenterChoices choices(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> {
            String level = level(tenant).name();
            return new CenterChoices(links.servedFields(tenant.value(), level), links.servedProcedures(tenant.value(), level),
                    links.activeStaff(tenant.value()));
        });
    }

    public CounterView create(CallContext ctx, CounterForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return numberKept(form, () -> tx.write(tenant, () -> {
            validate(tenant, null, form);
            Counter saved = counters.save(new Counter(null, tenant.value(), form.number(), form.name().strip(), false, true,
                    null, null, null));
            writeLinks(tenant, saved.id(), form);
            audit.record(ctx, AuditAction.COUNTER_CREATED, "counter", saved.id(), describe(saved));
            return get(ctx, saved.id());
        }));
    }

    public CounterView update(CallContext ctx, long id, CounterForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return numberKept(form, () -> tx.write(tenant, () -> {
            Counter c = activeCounter(tenant, id);
            validate(tenant, id, form);
            Counter saved = DataErrors.optimistic("counter", () -> counters.update(c.with(form.number(), form.name().strip())));
            writeLinks(tenant, id, form);
            audit.record(ctx, AuditAction.COUNTER_UPDATED, "counter", id, describe(saved));
            return get(ctx, id);
        }));
    }

    /** Opens or closes the counter now (audited). */
    public CounterView setOpen(CallContext ctx, long id, boolean open) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.write(tenant, () -> {
            Counter c = activeCounter(tenant, id);
            if (c.openNow() != open) {
                counters.update(c.opened(open));
                audit.record(ctx, open ? AuditAction.COUNTER_OPENED : AuditAction.COUNTER_CLOSED, "counter", id, describe(c));
            }
            return get(ctx, id);
        });
    }

    /** Takes the counter out of use: it stays in the database, inactive and closed, and its number is free again. */
    public void remove(CallContext ctx, long id) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        tx.run(tenant, () -> {
            Counter c = activeCounter(tenant, id);
            counters.update(c.removed());
            audit.record(ctx, AuditAction.COUNTER_REMOVED, "counter", id, describe(c));
        });
    }

    /**
     * Two directors giving the same number at the same moment both pass {@link #validate}; the unique index
     * {@code counter_number_uk} refuses the second, who is told the number is taken (nothing was written).
     */
    private static CounterView numberKept(CounterForm form, java.util.function.Supplier<CounterView> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (DataErrors.violatedUniqueConstraint(e).filter("counter_number_uk"::equals).isPresent()) {
                throw InvalidInputException.of("number", "counter.number.taken", String.valueOf(form.number()));
            }
            throw e;
        }
    }

    private Counter activeCounter(TenantId tenant, long id) {
        Counter c = counters.findByTenantIdAndId(tenant.value(), id).orElseThrow(() -> new NotFoundException("counter", id));
        if (!c.active()) {
            throw InvalidInputException.of("active", "counter.inactive");
        }
        return c;
    }

    private void validate(TenantId tenant, Long id, CounterForm form) {
        List<Problem> problems = new ArrayList<>();
        Integer number = form.number();
        if (number == null || number < 1 || number > 999) {
            problems.add(Messages.problem("number", "counter.number.range"));
        } else if (id == null ? counters.existsByTenantIdAndNumberAndActive(tenant.value(), number, true)
                : counters.existsByTenantIdAndNumberAndActiveAndIdNotEqual(tenant.value(), number, true, id)) {
            problems.add(Messages.problem("number", "counter.number.taken", String.valueOf(number)));
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            problems.add(Messages.problem("name", "counter.name.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Messages.problem("name", "counter.name.too.long", NAME_MAX));
        }
        String level = level(tenant).name();
        if (form.fields().isEmpty() && form.procedureIds().isEmpty()) {
            problems.add(Messages.problem("fields", "counter.nothing.served"));
        }
        Set<String> fields = new java.util.HashSet<>(links.servedFields(tenant.value(), level));
        for (String field : form.fields()) {
            if (!fields.contains(field)) {
                problems.add(Messages.problem("fields", "counter.field.not.served", field));
            }
        }
        if (!form.procedureIds().isEmpty()) {
            Set<Long> served = links.servedProcedures(tenant.value(), level).stream().map(ProcedureChoice::id)
                    .collect(Collectors.toSet());
            for (Long p : form.procedureIds()) {
                if (p == null || !served.contains(p)) {
                    problems.add(Messages.problem("procedures", "counter.procedure.not.served", String.valueOf(p)));
                }
            }
        }
        Set<Long> active = links.activeStaff(tenant.value()).stream().map(StaffChoice::id).collect(Collectors.toSet());
        boolean staffProblem = form.staff().values().stream().flatMap(Set::stream).anyMatch(s -> s == null || !active.contains(s));
        if (staffProblem) {
            problems.add(Messages.problem("staff", "counter.staff.not.active"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void writeLinks(TenantId tenant, long counterId, CounterForm form) {
        long t = tenant.value();
        links.clearFields(t, counterId);
        links.clearProcedures(t, counterId);
        links.clearShifts(t, counterId);
        new LinkedHashSet<>(form.fields()).forEach(f -> links.addField(t, counterId, f));
        new LinkedHashSet<>(form.procedureIds()).forEach(p -> links.addProcedure(t, counterId, p));
        form.staff().forEach((day, people) -> people.forEach(s -> links.addShift(t, counterId, s, day.getValue())));
    }

    private CounterView view(TenantId tenant, Counter c, Map<Long, ProcedureChoice> procedures, Map<Long, StaffChoice> staff) {
        List<ProcedureChoice> served = links.procedures(tenant.value(), c.id()).stream().map(procedures::get)
                .filter(java.util.Objects::nonNull).toList();
        Map<DayOfWeek, List<StaffChoice>> shifts = new EnumMap<>(DayOfWeek.class);
        for (String line : links.shifts(tenant.value(), c.id())) {
            String[] parts = line.split("\\|");
            StaffChoice person = staff.get(Long.parseLong(parts[1]));
            if (person != null) {
                shifts.computeIfAbsent(DayOfWeek.of(Integer.parseInt(parts[0])), d -> new ArrayList<>()).add(person);
            }
        }
        return new CounterView(c.id(), c.number(), c.name(), c.openNow(), c.active(), links.fields(tenant.value(), c.id()),
                served, shifts);
    }

    /** The center's active staff by id: someone who left no longer shows on a counter's days. */
    private Map<Long, StaffChoice> allStaffNames(TenantId tenant) {
        return byId(links.activeStaff(tenant.value()), StaffChoice::id);
    }

    /** The procedures the center serves (its own choice or its level's default), for the queue's kiosk choices. */
    public List<ProcedureChoice> servedProcedures(TenantId tenant) {
        return tx.read(tenant, () -> links.servedProcedures(tenant.value(), level(tenant).name()));
    }

    Level level(TenantId tenant) {
        String typeAndProvince = counters.centerTypeAndProvince(tenant.value())
                .orElseThrow(() -> new NotFoundException("center", tenant.value()));
        return typeAndProvince.startsWith("TINH|") ? Level.PROVINCE : Level.COMMUNE;
    }

    String provinceCode(TenantId tenant) {
        String typeAndProvince = counters.centerTypeAndProvince(tenant.value())
                .orElseThrow(() -> new NotFoundException("center", tenant.value()));
        return typeAndProvince.substring(typeAndProvince.indexOf('|') + 1);
    }

    private static String describe(Counter c) {
        return "Quầy " + c.number() + " — " + c.name();
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new TreeMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }
}
