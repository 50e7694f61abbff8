package vn.motcua.tenants.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenterRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Login failures in the audit log without one row per attempt (the log is append-only, so nothing is updated):
 * failures of one account — or of unknown names — from one address form a <em>burst</em>. Its first failure is
 * written at once; the rest are counted in memory and written as one summary row, "N lần đăng nhập sai từ
 * &lt;address&gt; trong &lt;time&gt;", when the burst ends: at the account's next success from that address, after
 * {@code quiet} without a failure (checked every minute), or every {@code maxBurst} while a flood goes on. So 10,000
 * attempts of one flood write two rows per hour, not 10,000, and unknown names no longer write a row each.
 * Attempts refused by the throttle are counted into the same summary. Held per node, bounded: the flush runs on
 * every node, not through {@code ClusterOnce}, since each node writes only the bursts its own memory holds.
 */
@Singleton
public class LoginAudit {
    private static final Logger LOG = LoggerFactory.getLogger(LoginAudit.class);
    private static final String UNKNOWN = "?";

    private final AuditLog audit;
    private final ProvincialScope province;
    private final ServiceCenterRepository centers;
    private final BusinessTime time;
    private final Duration quiet;
    private final Duration maxBurst;
    private final int maxBursts;
    private final Map<String, Burst> bursts = new HashMap<>();
    private volatile TenantId provinceTenant;

    /** Where a failure is written: an account's center, or (unknown names) the provincial center. */
    record Target(@Nullable TenantId tenant, @Nullable Long userId, String username) {
        boolean unknown() {
            return userId == null;
        }
    }

    private static final class Burst {
        final Target target;
        final String address;
        final Instant first;
        Instant last;
        int failures;
        int refused;

        Burst(Target target, String address, Instant first) {
            this.target = target;
            this.address = address;
            this.first = first;
            this.last = first;
        }
    }

    private record Row(Target target, AuditAction action, String detail) {
    }

    public LoginAudit(AuditLog audit, ProvincialScope province, ServiceCenterRepository centers, BusinessTime time,
                      @Value("${motcua.security.login.audit-quiet:5m}") Duration quiet,
                      @Value("${motcua.security.login.audit-max-burst:1h}") Duration maxBurst,
                      @Value("${motcua.security.login.max-keys:100000}") int maxBursts) {
        this.audit = audit;
        this.province = province;
        this.centers = centers;
        this.time = time;
        this.quiet = quiet;
        this.maxBurst = maxBurst;
        this.maxBursts = maxBursts;
    }

    /** A wrong password for a known account, or any password for an unknown name ({@code target.unknown()}). */
    void failed(Target target, String address, Instant now) {
        List<Row> rows = new ArrayList<>();
        synchronized (bursts) {
            String key = key(target, address);
            Burst burst = bursts.get(key);
            if (burst != null && ended(burst, now)) {
                bursts.remove(key);
                summary(burst).ifPresent(rows::add);
                burst = null;
            }
            if (burst == null) {
                burst = new Burst(target, address, now);
                bursts.put(key, burst);
                rows.add(target.unknown()
                        ? new Row(target, AuditAction.LOGIN_FAILED_UNKNOWN_USER, "từ " + address + ": " + target.username())
                        : new Row(target, AuditAction.LOGIN_FAILED, "từ " + address));
            }
            burst.failures++;
            burst.last = now;
            if (bursts.size() > maxBursts) {
                rows.addAll(evictOldest());
            }
        }
        write(rows);
    }

    /** An attempt the throttle refused before looking at the name: counted into that name's (or the address's) burst. */
    void refused(String name, String address, Instant now) {
        List<Row> rows = List.of();
        synchronized (bursts) {
            Burst burst = bursts.get("n:" + name + "\n" + address);
            if (burst == null) {
                burst = bursts.computeIfAbsent(UNKNOWN + "\n" + address,
                        k -> new Burst(new Target(null, null, UNKNOWN), address, now));
            }
            burst.refused++;
            burst.last = now;
            if (bursts.size() > maxBursts) {
                rows = evictOldest();
            }
        }
        write(rows);
    }

    /** The account signed in from {@code address}: the burst of failures before it ends here. */
    void succeeded(Target target, String address) {
        Burst burst;
        synchronized (bursts) {
            burst = bursts.remove(key(target, address));
        }
        if (burst != null) {
            write(summary(burst).stream().toList());
        }
    }

    /** Writes the summaries of bursts that ended (quiet) or ran for {@code maxBurst}; returns how many. */
    public int flush(Instant now) {
        List<Row> rows = new ArrayList<>();
        synchronized (bursts) {
            for (Iterator<Burst> it = bursts.values().iterator(); it.hasNext(); ) {
                Burst b = it.next();
                if (ended(b, now)) {
                    it.remove();
                    summary(b).ifPresent(rows::add);
                }
            }
        }
        write(rows);
        return rows.size();
    }

    @Scheduled(fixedDelay = "${motcua.security.login.audit-flush:1m}", initialDelay = "1m")
    public void flushScheduled() {
        try {
            flush(time.now());
        } catch (RuntimeException e) {
            LOG.warn("Login failure summaries not written yet: {}", e.toString());
        }
    }

    private boolean ended(Burst b, Instant now) {
        return !b.last.plus(quiet).isAfter(now) || !b.first.plus(maxBurst).isAfter(now);
    }

    private List<Row> evictOldest() {
        List<Row> rows = new ArrayList<>();
        bursts.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing((Burst b) -> b.last)))
                .limit(bursts.size() - maxBursts).map(Map.Entry::getKey).toList()
                .forEach(k -> summary(bursts.remove(k)).ifPresent(rows::add));
        return rows;
    }

    /** The summary row, when the burst holds more than its first (already written) failure. */
    private static java.util.Optional<Row> summary(Burst b) {
        if (b.failures <= 1 && b.refused == 0) {
            return java.util.Optional.empty();
        }
        if (b.failures == 0) {
            return java.util.Optional.of(new Row(b.target, AuditAction.LOGIN_FAILURES_SUMMARY, b.refused
                    + " lần đăng nhập bị từ chối vì thử quá nhanh từ " + b.address + " trong "
                    + span(Duration.between(b.first, b.last))));
        }
        String what = b.target.unknown() ? " lần đăng nhập bằng tên không tồn tại" : " lần đăng nhập sai";
        StringBuilder detail = new StringBuilder().append(b.failures).append(what).append(" từ ").append(b.address)
                .append(" trong ").append(span(Duration.between(b.first, b.last)));
        if (b.refused > 0) {
            detail.append("; ").append(b.refused).append(" lần bị từ chối vì thử quá nhanh");
        }
        return java.util.Optional.of(new Row(b.target, AuditAction.LOGIN_FAILURES_SUMMARY, detail.toString()));
    }

    private static String span(Duration d) {
        return d.toMinutes() >= 1 ? d.toMinutes() + " phút" : d.toSeconds() + " giây";
    }

    private void write(List<Row> rows) {
        for (Row row : rows) {
            Target t = row.target();
            if (t.unknown()) {
                TenantId root = provinceTenant();
                if (root != null) {
                    String detail = row.detail().length() > 200 ? row.detail().substring(0, 200) : row.detail();
                    audit.record(root, Actor.system("anonymous"), row.action(), "app_user", null, detail);
                }
            } else {
                audit.record(t.tenant(), new Actor(t.userId(), t.username(), t.tenant()), row.action(), "app_user",
                        t.userId(), row.detail());
            }
        }
    }

    private TenantId provinceTenant() {
        TenantId root = provinceTenant;
        if (root == null) {
            root = province.unaudited(() -> centers.findByTypeOrderByName(CenterType.TINH).stream().findFirst()
                    .map(c -> c.tenantId()).orElse(null));
            provinceTenant = root;
        }
        return root;
    }

    private static String key(Target target, String address) {
        return (target.unknown() ? UNKNOWN : "n:" + target.username()) + "\n" + address;
    }
}
