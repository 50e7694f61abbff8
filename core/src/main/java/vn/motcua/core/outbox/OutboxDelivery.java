package vn.motcua.core.outbox;

import vn.motcua.core.cluster.ClusterOnce;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers the outbox to the subscriptions: at least once, in order per dossier, one node at a time.
 *
 * <p>A run (every {@code motcua.outbox.interval}, {@link OutboxDeliverySchedule}) is the {@link ClusterOnce} job
 * {@value #JOB}, like the document sweeper: a node that does not get it skips the run, and a node that dies releases
 * it with its connection. Then:
 * <ol>
 * <li><b>Fan-out</b>: every event not yet fanned out (whatever its id: see {@link Outbox}) gets one
 * {@code outbox_delivery} row per subscription whose scope (its center, or the province) and types match — enabled or
 * paused — and is marked fanned out, in one transaction. A subscription receives the events fanned out after it was
 * made; it never sees a center outside its scope.</li>
 * <li><b>Delivery</b>: the due heads — for each (subscription, dossier), the oldest delivery not yet delivered, if it
 * is pending, due and its subscription enabled — are POSTed (JDK {@link HttpClient}, connect and request timeouts,
 * no redirects) with the signature header ({@link OutboxSignature}). A 2xx answer marks it delivered, and the
 * dossier's next event becomes the head in the next round of the same run. Anything else counts an attempt and
 * waits {@code retry-base × 2^(attempts-1)} (at most {@code retry-max}); after {@code max-attempts} it is dead
 * (the dead-letter list, "gửi lại" on the page). A dead or waiting head holds back that dossier's later events for
 * that subscription only — other dossiers and other subscriptions go on. An endpoint that cannot be reached at all
 * is not tried again in the same run (the attempt counts for the one head tried).</li>
 * </ol>
 * The status is written after the answer, in its own transaction: a node dying between the two sends the event again
 * on the next run (at least once; the receiver drops a repeated {@code eventId}). Two runs never overlap (the lock),
 * so one event is never sent twice at the same time.
 */
@Singleton
public class OutboxDelivery {
    /** The delivery's job name for {@link ClusterOnce}: one node delivers at a time. */
    public static final String JOB = "outbox-delivery";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int FAN_OUT_BATCH = 500;
    private static final int BATCH = 100;
    private static final int MAX_ROUNDS = 50;

    /** What one run did; {@code ran} is false when another node held the lock. */
    public record Run(boolean ran, int fannedOut, int delivered, int failed, int dead) {
        static Run skipped() {
            return new Run(false, 0, 0, 0, 0);
        }
    }

    private record Due(long centerId, long id, long subscriptionTenant, long subscriptionId, int attempts,
                       UUID eventId, String type, String payload, String endpoint, String secret) {
        String subscription() {
            return subscriptionTenant + "/" + subscriptionId;
        }
    }

    private record Subscription(long tenantId, long id, Set<OutboxEventType> types, String province, Long center) {
    }

    private final ProvincialScope scope;
    private final JdbcOperations jdbc;
    private final ClusterOnce clusterOnce;
    private final BusinessTime time;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration retryBase;
    private final Duration retryMax;

    public OutboxDelivery(ProvincialScope scope, JdbcOperations jdbc, ClusterOnce clusterOnce, BusinessTime time,
                          @Value("${motcua.outbox.timeout:10s}") Duration timeout,
                          @Value("${motcua.outbox.max-attempts:8}") int maxAttempts,
                          @Value("${motcua.outbox.retry-base:30s}") Duration retryBase,
                          @Value("${motcua.outbox.retry-max:1h}") Duration retryMax) {
        if (maxAttempts < 1 || timeout.isNegative() || timeout.isZero() || retryBase.isNegative() || retryMax.isNegative()) {
            throw new IllegalArgumentException("motcua.outbox: max-attempts >= 1, positive timeout, non-negative retry delays");
        }
        this.scope = scope;
        this.jdbc = jdbc;
        this.clusterOnce = clusterOnce;
        this.time = time;
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One run: fan out what is new, then deliver what is due, unless another node is delivering. */
    public Run deliver() {
        if (TenantContext.current().isPresent() || TenantContext.provincial()) {
            throw new IllegalStateException("the delivery runs its own transactions");
        }
        Run run = clusterOnce.call(JOB, this::fanOutAndDeliver).orElseGet(Run::skipped);
        if (run.ran() && (run.failed() > 0 || run.dead() > 0)) {
            LOG.info("Outbox: {} delivered, {} failed, {} dead", run.delivered(), run.failed(), run.dead());
        }
        return run;
    }

    /** The wait after {@code attempts} failed attempts. */
    Duration backoff(int attempts) {
        Duration wait = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return wait.compareTo(retryMax) > 0 || wait.isNegative() ? retryMax : wait;
    }

    private Run fanOutAndDeliver() {
        int fanned = 0;
        int got;
        do {
            got = scope.unaudited(this::fanOutBatch);
            fanned += got;
        } while (got == FAN_OUT_BATCH);
        int delivered = 0;
        int failed = 0;
        int dead = 0;
        Set<String> unreachable = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant now = time.now();
            List<Due> due = scope.unaudited(() -> due(now));
            int tried = 0;
            for (Due d : due) {
                if (unreachable.contains(d.subscription())) {
                    continue;
                }
                tried++;
                Outcome outcome = send(d);
                if (outcome.unreachable) {
                    unreachable.add(d.subscription());
                }
                Instant at = time.now();
                if (outcome.ok()) {
                    delivered++;
                    scope.unaudited(() -> delivered(d, outcome, at));
                } else if (d.attempts() + 1 >= maxAttempts) {
                    dead++;
                    scope.unaudited(() -> failed(d, outcome, at, true));
                } else {
                    failed++;
                    scope.unaudited(() -> failed(d, outcome, at, false));
                }
            }
            if (tried == 0) {
                break;
            }
        }
        return new Run(true, fanned, delivered, failed, dead);
    }

    private int fanOutBatch() {
        List<Subscription> subscriptions = jdbc.prepareStatement(
                "SELECT tenant_id, id, event_types, province_code, scope_center_id FROM event_subscription", ps -> {
                    List<Subscription> all = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            all.add(new Subscription(rs.getLong(1), rs.getLong(2), OutboxEventType.split(rs.getString(3)),
                                    rs.getString(4), (Long) rs.getObject(5)));
                        }
                    }
                    return all;
                });
        Instant now = time.now();
        return jdbc.prepareStatement("""
                SELECT e.tenant_id, e.id, e.dossier_id, e.type, c.province_code
                FROM outbox_event e JOIN service_center c ON c.tenant_id = e.tenant_id
                WHERE NOT e.fanned_out ORDER BY e.id LIMIT""" + " " + FAN_OUT_BATCH, select -> {
            int n = 0;
            try (ResultSet rs = select.executeQuery();
                 PreparedStatement insert = select.getConnection().prepareStatement("""
                         INSERT INTO outbox_delivery (tenant_id, event_id, dossier_id, subscription_tenant_id, subscription_id,
                           next_attempt_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
                 PreparedStatement mark = select.getConnection().prepareStatement(
                         "UPDATE outbox_event SET fanned_out = true WHERE tenant_id = ? AND id = ?")) {
                while (rs.next()) {
                    long center = rs.getLong(1);
                    long event = rs.getLong(2);
                    String type = rs.getString(4);
                    String province = rs.getString(5);
                    for (Subscription s : subscriptions) {
                        boolean inScope = s.center() == null ? s.province().equals(province) : s.center() == center;
                        if (inScope && s.types().stream().anyMatch(t -> t.name().equals(type))) {
                            insert.setLong(1, center);
                            insert.setLong(2, event);
                            insert.setLong(3, rs.getLong(3));
                            insert.setLong(4, s.tenantId());
                            insert.setLong(5, s.id());
                            insert.setTimestamp(6, Timestamp.from(now));
                            insert.addBatch();
                        }
                    }
                    mark.setLong(1, center);
                    mark.setLong(2, event);
                    mark.addBatch();
                    n++;
                }
                insert.executeBatch();
                mark.executeBatch();
            }
            return n;
        });
    }

    private List<Due> due(Instant now) {
        return jdbc.prepareStatement("""
                SELECT d.tenant_id, d.id, d.subscription_tenant_id, d.subscription_id, d.attempts, e.event_uid, e.type,
                       e.payload, s.endpoint, s.secret
                FROM outbox_delivery d
                JOIN outbox_event e ON e.tenant_id = d.tenant_id AND e.id = d.event_id
                JOIN event_subscription s ON s.tenant_id = d.subscription_tenant_id AND s.id = d.subscription_id
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.enabled
                  AND NOT EXISTS (SELECT 1 FROM outbox_delivery p
                                  WHERE p.subscription_tenant_id = d.subscription_tenant_id
                                    AND p.subscription_id = d.subscription_id AND p.tenant_id = d.tenant_id
                                    AND p.dossier_id = d.dossier_id AND p.event_id < d.event_id AND p.status <> 'DELIVERED')
                ORDER BY d.event_id LIMIT""" + " " + BATCH, ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            List<Due> due = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
                            rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
            return due;
        });
    }

    private record Outcome(Integer status, String error, boolean unreachable) {
        boolean ok() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private Outcome send(Due d) {
        long t = time.now().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.endpoint()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(OutboxSignature.EVENT_ID_HEADER, d.eventId().toString())
                    .header(OutboxSignature.EVENT_TYPE_HEADER, d.type())
                    .header(OutboxSignature.HEADER, OutboxSignature.sign(d.secret(), t, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, false);
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", true);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "bad endpoint: " + e.getMessage(), true);
        }
    }

    private Void delivered(Due d, Outcome outcome, Instant at) {
        jdbc.prepareStatement("""
                UPDATE outbox_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
                  last_http_status = ?, last_error = NULL, delivered_at = ? WHERE tenant_id = ? AND id = ? AND status = 'PENDING'""",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setInt(2, outcome.status());
                    ps.setTimestamp(3, Timestamp.from(at));
                    ps.setLong(4, d.centerId());
                    ps.setLong(5, d.id());
                    return ps.executeUpdate();
                });
        return null;
    }

    private Void failed(Due d, Outcome outcome, Instant at, boolean dead) {
        String error = outcome.error() == null ? "" : outcome.error();
        jdbc.prepareStatement("""
                UPDATE outbox_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_http_status = ?,
                  last_error = ?, next_attempt_at = ? WHERE tenant_id = ? AND id = ? AND status = 'PENDING'""", ps -> {
            ps.setString(1, dead ? "DEAD" : "PENDING");
            ps.setTimestamp(2, Timestamp.from(at));
            if (outcome.status() == null) {
                ps.setNull(3, java.sql.Types.INTEGER);
            } else {
                ps.setInt(3, outcome.status());
            }
            ps.setString(4, error.length() > 500 ? error.substring(0, 500) : error);
            ps.setTimestamp(5, Timestamp.from(at.plus(backoff(d.attempts() + 1))));
            ps.setLong(6, d.centerId());
            ps.setLong(7, d.id());
            return ps.executeUpdate();
        });
        return null;
    }
}
