package vn.motcua.ops.bench;

import io.micronaut.context.ApplicationContext;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.db.DatabaseSettings;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketService;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.validation.InvalidInputException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Queue benchmark: 148 centers × 4 counters, every center's queue full (about 680 waiting tickets each, 100,640 in
 * all), and every counter calling at once — call next, then finish — through {@link TicketService} until all queues
 * are empty; then the same call SQL ({@link TicketService#CALL_NEXT}) by hand over plain JDBC as the application role
 * on fresh tickets. Checks that no ticket was called twice (every ticket called exactly once, by one counter).
 *
 * <pre>java -cp ... vn.motcua.ops.bench.QueueBench [tickets per center (680)] [threads (16)]</pre>
 */
public final class QueueBench {
    private static final int CENTERS = 148;
    private static final int COUNTERS = 4;
    private static final int RAW_PER_CENTER = 20;
    private static final String FIELD = "Hộ tịch";

    private record Counter(TenantId tenant, long id, CallContext clerk) {
    }

    public static void main(String[] args) throws Exception {
        int perCenter = args.length > 0 ? Integer.parseInt(args[0]) : 680;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        try (BenchApp app = BenchApp.start((threads + 2))) {
            new QueueBench().run(app.context, perCenter, threads);
        }
    }


    private ApplicationContext context;

    private void run(ApplicationContext context, int perCenter, int threads) throws Exception {
        this.context = context;
        BusinessTime time = context.getBean(BusinessTime.class);
        LocalDate day = time.today();
        List<Counter> counters = setUp(perCenter, day, time.now());
        long tickets = countTickets("TRUE");
        System.out.println("queue.setup: " + CENTERS + " centers × " + COUNTERS + " counters, " + tickets + " waiting tickets, "
                + threads + " threads");

        TicketService service = context.getBean(TicketService.class);
        ConcurrentLinkedQueue<Double> callMs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> called = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> runs = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            runs.add(pool.submit(() -> {
                List<Counter> mine = new ArrayList<>();
                for (int i = first; i < counters.size(); i += threads) {
                    mine.add(counters.get(i));
                }
                while (!mine.isEmpty()) {
                    for (var it = mine.iterator(); it.hasNext(); ) {
                        Counter c = it.next();
                        CallContext ctx = c.clerk().at(time.now());
                        long t0 = System.nanoTime();
                        Ticket ticket;
                        try {
                            ticket = service.callNext(ctx, c.id());
                        } catch (InvalidInputException empty) {
                            it.remove();
                            continue;
                        }
                        callMs.add((System.nanoTime() - t0) / 1e6);
                        called.add(ticket.id());
                        try {
                            service.finish(ctx, c.id());
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> r : runs) {
            r.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long distinct = called.stream().distinct().count();
        long twice = countTickets("calls <> 1 OR status <> 'DONE'");
        System.out.println("queue.calls: " + called.size() + " in " + Figures.f(seconds) + " s ("
                + Figures.f(called.size() / seconds) + " calls/s, each followed by finish)");
        System.out.println("queue.calledTwice: " + (called.size() - distinct) + " (by the counters' answers), "
                + twice + " tickets not called exactly once (in the database), " + errors.get() + " finish errors");

        // the same call SQL by hand, over plain JDBC as the application role, on fresh tickets, same threads
        addTickets(RAW_PER_CENTER, day, time.now());
        ConcurrentLinkedQueue<Double> rawMs = new ConcurrentLinkedQueue<>();
        DatabaseSettings settings = context.getBean(DatabaseSettings.class);
        runs.clear();
        for (int t = 0; t < threads; t++) {
            int first = t;
            runs.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(settings.url(), settings.appRole(), settings.appPassword());
                     PreparedStatement set = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                     PreparedStatement call = c.prepareStatement(TicketService.CALL_NEXT);
                     PreparedStatement done = c.prepareStatement("UPDATE queue_ticket SET status = 'DONE' WHERE tenant_id = ? AND id = ?")) {
                    c.setAutoCommit(false);
                    List<Counter> mine = new ArrayList<>();
                    for (int i = first; i < counters.size(); i += threads) {
                        mine.add(counters.get(i));
                    }
                    while (!mine.isEmpty()) {
                        for (var it = mine.iterator(); it.hasNext(); ) {
                            Counter k = it.next();
                            Timestamp now = Timestamp.from(time.now());
                            long t0 = System.nanoTime();
                            set.setString(1, k.tenant().toString());
                            set.execute();
                            int p = 1;
                            call.setLong(p++, k.tenant().value());
                            call.setObject(p++, day);
                            call.setLong(p++, k.id());
                            call.setLong(p++, k.id());
                            call.setLong(p++, k.id());
                            call.setTimestamp(p++, now);
                            call.setLong(p++, k.id());
                            call.setObject(p++, null);
                            call.setTimestamp(p++, now);
                            call.setTimestamp(p, now);
                            Long id = null;
                            try (ResultSet rs = call.executeQuery()) {
                                if (rs.next()) {
                                    id = rs.getLong("id");
                                }
                            }
                            c.commit();
                            if (id == null) {
                                it.remove();
                                continue;
                            }
                            rawMs.add((System.nanoTime() - t0) / 1e6);
                            set.execute();
                            done.setLong(1, k.tenant().value());
                            done.setLong(2, id);
                            done.executeUpdate();
                            c.commit();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> r : runs) {
            r.get();
        }
        pool.shutdown();
        double[] serviceMs = callMs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] raw = rawMs.stream().mapToDouble(Double::doubleValue).toArray();
        Figures.report("queue.callNext", serviceMs, raw);
        double p95 = Figures.pct(serviceMs, 95);
        boolean pass = p95 < 50 && called.size() >= 100_000 && called.size() == distinct && twice == 0;
        System.out.println("queue.result: " + (pass ? "PASS" : "FAIL") + " (call-next p95 " + Figures.f(p95)
                + " ms < 50 ms; ≥ 100,000 concurrent calls; zero tickets called twice)");
    }

    private List<Counter> setUp(int perCenter, LocalDate day, Instant now) throws SQLException {
        ProvincialScope province = context.getBean(ProvincialScope.class);
        DataSource dataSource = context.getBean(DataSource.class);
        List<TenantId> tenants = new ArrayList<>();
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO service_center (code, name, type, province_code, "
                         + "province_name) VALUES (?, ?, 'XA', '25', 'Phú Thọ') RETURNING tenant_id")) {
                for (int k = 1; k <= CENTERS; k++) {
                    ps.setString(1, String.format(Locale.ROOT, "QB-%03d", k));
                    ps.setString(2, "Xã hàng đợi " + k);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        tenants.add(TenantId.of(rs.getLong(1)));
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Counter> counters = new ArrayList<>();
        try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO counter (tenant_id, number, name, open_now) SELECT s.tenant_id, n, 'Quầy ' || n, true"
                    + " FROM service_center s, generate_series(1, " + COUNTERS + ") n WHERE s.code LIKE 'QB-%'");
            st.execute("INSERT INTO counter_field (tenant_id, counter_id, field) SELECT tenant_id, id, '" + FIELD + "' FROM counter");
            try (ResultSet rs = st.executeQuery("SELECT tenant_id, id FROM counter ORDER BY id")) {
                while (rs.next()) {
                    TenantId t = TenantId.of(rs.getLong(1));
                    counters.add(new Counter(t, rs.getLong(2), new CallContext(t, new Actor(null, "cb.queue", t), "Cán bộ",
                            Role.CLERK, "Xã", now)));
                }
            }
        }
        addTickets(perCenter, day, now);
        return counters;
    }

    /** Waiting tickets for every center: one in ten of a priority group, one in twenty from a booking due now. */
    private void addTickets(int perCenter, LocalDate day, Instant now) throws SQLException {
        try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO queue_ticket (tenant_id, day, number, field, priority_group, due_at, status, taken_at, public_token)
                     SELECT s.tenant_id, ?, 'Q' || (coalesce((SELECT max(id) FROM queue_ticket), 0) + g), ?,
                            CASE WHEN g % 10 = 0 THEN 'OLDER_PEOPLE' END, CASE WHEN g % 20 = 5 THEN ?::timestamptz END,
                            'WAITING', ?::timestamptz - (? - g) * interval '1 second', md5(s.tenant_id || '-' || g || random())
                       FROM service_center s, generate_series(1, ?) g WHERE s.code LIKE 'QB-%'""")) {
            Timestamp t = Timestamp.from(now);
            ps.setObject(1, day);
            ps.setString(2, FIELD);
            ps.setTimestamp(3, t);
            ps.setTimestamp(4, t);
            ps.setInt(5, perCenter);
            ps.setInt(6, perCenter);
            ps.executeUpdate();
            c.createStatement().execute("ANALYZE queue_ticket");
        }
    }

    private long countTickets(String where) throws SQLException {
        try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM queue_ticket WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
