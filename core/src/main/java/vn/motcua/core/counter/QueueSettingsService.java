package vn.motcua.core.counter;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.Problem;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A center's queue settings. Until the director saves them, the center runs on the defaults: tickets during the
 * province's office hours (first session's start to last session's end), daily reset, no limit, every priority
 * group of the law, the default announcement spoken aloud.
 */
@Singleton
public class QueueSettingsService {
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,3}");

    private final QueueSettingsRepository settings;
    private final CounterLinks links;
    private final CounterService counters;
    private final DeadlineService deadlines;
    private final TenantTransactions tx;
    private final AuditLog audit;

    public QueueSettingsService(QueueSettingsRepository settings, CounterLinks links, CounterService counters,
                                DeadlineService deadlines, TenantTransactions tx, AuditLog audit) {
        this.settings = settings;
        this.links = links;
        this.counters = counters;
        this.deadlines = deadlines;
        this.tx = tx;
        this.audit = audit;
    }

    public QueueSettings get(CallContext ctx) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        return current(tenant);
    }

    /**
     * The settings the queue runs on, for the queue itself (a paired kiosk or board has no staff caller: its
     * credential was checked by the device service). Call inside the tenant's transaction or outside any.
     */
    public QueueSettings current(TenantId tenant) {
        return tx.read(tenant, () -> settings.findByTenantId(tenant.value())
                .map(row -> new QueueSettings(row.ticketFrom(), row.ticketUntil(), row.dailyReset(), row.maxTicketsPerDay(),
                        groups(row.priorityGroups()), row.announcement(), row.voiceOn(), prefixes(tenant), true))
                .orElseGet(() -> defaults(tenant)));
    }

    /** The defaults of this center: the province's office hours, every priority group, the standard announcement. */
    QueueSettings defaults(TenantId tenant) {
        OfficeHours hours = deadlines.officeHours(counters.provinceCode(tenant));
        return new QueueSettings(hours.opening(), hours.closing(), true, null, EnumSet.allOf(PriorityGroup.class),
                QueueSettings.DEFAULT_ANNOUNCEMENT, true, Map.of(), false);
    }

    /** The fields a prefix can be given to: those of the procedures the center serves. */
    public List<String> fields(CallContext ctx) {
        return counters.choices(ctx).fields();
    }

    public QueueSettings save(CallContext ctx, QueueSettings wanted) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.write(tenant, () -> {
            validate(tenant, wanted);
            String groups = wanted.priorityGroups().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
            String announcement = wanted.announcement().strip();
            var existing = settings.findByTenantId(tenant.value());
            if (existing.isPresent()) {
                settings.update(new QueueSettingsRow(tenant.value(), wanted.ticketFrom(), wanted.ticketUntil(), wanted.dailyReset(),
                        wanted.maxTicketsPerDay(), groups, announcement, wanted.voiceOn(), existing.get().version(), null));
            } else {
                settings.save(new QueueSettingsRow(tenant.value(), wanted.ticketFrom(), wanted.ticketUntil(), wanted.dailyReset(),
                        wanted.maxTicketsPerDay(), groups, announcement, wanted.voiceOn(), null, null));
            }
            settings.clearPrefixes(tenant.value());
            wanted.prefixes().forEach((field, prefix) -> settings.addPrefix(tenant.value(), field, prefix.strip()));
            audit.record(ctx, AuditAction.QUEUE_SETTINGS_SAVED, "queue_settings", null,
                    "Cấp số " + wanted.ticketFrom() + "–" + wanted.ticketUntil()
                            + (wanted.maxTicketsPerDay() == null ? "" : ", tối đa " + wanted.maxTicketsPerDay() + " số/ngày"));
            return get(ctx);
        });
    }

    private void validate(TenantId tenant, QueueSettings s) {
        List<Problem> problems = new ArrayList<>();
        if (s.ticketFrom() == null || s.ticketUntil() == null) {
            problems.add(Messages.problem("ticketHours", "queue.hours.required"));
        } else if (!s.ticketUntil().isAfter(s.ticketFrom())) {
            problems.add(Messages.problem("ticketHours", "queue.hours.order"));
        }
        if (s.maxTicketsPerDay() != null && (s.maxTicketsPerDay() < 1 || s.maxTicketsPerDay() > 99_999)) {
            problems.add(Messages.problem("maxTicketsPerDay", "queue.max.range"));
        }
        String announcement = s.announcement() == null ? "" : s.announcement().strip();
        if (announcement.isEmpty()) {
            problems.add(Messages.problem("announcement", "queue.announcement.required"));
        } else if (announcement.length() > QueueSettings.ANNOUNCEMENT_MAX) {
            problems.add(Messages.problem("announcement", "queue.announcement.too.long", QueueSettings.ANNOUNCEMENT_MAX));
        } else if (!announcement.contains(QueueSettings.NUMBER) || !announcement.contains(QueueSettings.COUNTER)) {
            problems.add(Messages.problem("announcement", "queue.announcement.placeholders"));
        }
        Set<String> fields = new HashSet<>(links.servedFields(tenant.value(), counters.level(tenant).name()));
        Map<String, String> used = new HashMap<>();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(s.prefixes()).entrySet()) {
            String prefix = e.getValue() == null ? "" : e.getValue().strip();
            if (!fields.contains(e.getKey())) {
                problems.add(Messages.problem("prefixes", "queue.prefix.field.unknown", e.getKey()));
            } else if (!PREFIX.matcher(prefix).matches()) {
                problems.add(Messages.problem("prefixes", "queue.prefix.invalid"));
            } else if (used.putIfAbsent(prefix, e.getKey()) != null) {
                problems.add(Messages.problem("prefixes", "queue.prefix.taken", prefix));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Map<String, String> prefixes(TenantId tenant) {
        Map<String, String> map = new LinkedHashMap<>();
        settings.prefixes(tenant.value()).forEach(p -> map.put(p.field(), p.prefix()));
        return map;
    }

    private static Set<PriorityGroup> groups(String stored) {
        Set<PriorityGroup> set = new TreeSet<>();
        for (String name : stored.split(",")) {
            for (PriorityGroup g : PriorityGroup.values()) {
                if (g.name().equals(name.strip())) {
                    set.add(g);
                }
            }
        }
        return set;
    }
}
