package vn.motcua.core.queue;

import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue's figures of a day, computed from the tickets and stored in {@code queue_daily_stats} (one row per day,
 * dimension and key) so the indicators can read them without the tickets: tickets, served, no-shows, waiting time
 * p50/p90 per field, serving time per counter and clerk, tickets per hour, appointments booked and kept.
 */
@Singleton
public class QueueStatistics {
    private static final String FIGURES = """
            count(*), count(*) FILTER (WHERE status = 'DONE'), count(*) FILTER (WHERE status = 'NO_SHOW'),
            percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_seconds) FILTER (WHERE wait_seconds IS NOT NULL),
            percentile_cont(0.9) WITHIN GROUP (ORDER BY wait_seconds) FILTER (WHERE wait_seconds IS NOT NULL),
            avg(service_seconds) FILTER (WHERE service_seconds IS NOT NULL),
            count(appointment_id), count(appointment_id) FILTER (WHERE status = 'DONE')""";

    private final Sql sql;
    private final TenantTransactions tx;

    public QueueStatistics(Sql sql, TenantTransactions tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /** Computes the day's figures from its tickets and stores them (replacing what was stored for that day). */
    public List<StatRow> refresh(CallContext ctx, LocalDate day) {
        ctx.require(Permission.READ_CENTER);
        return refresh(ctx.tenant(), day);
    }

    List<StatRow> refresh(TenantId tenant, LocalDate day) {
        long t = tenant.value();
        return tx.write(tenant, () -> {
            List<StatRow> rows = new ArrayList<>();
            rows.addAll(group(t, day, StatRow.Dimension.FIELD, "q.field"));
            rows.addAll(group(t, day, StatRow.Dimension.COUNTER,
                    "(SELECT c.number FROM counter c WHERE c.tenant_id = q.tenant_id AND c.id = q.counter_id)"));
            rows.addAll(group(t, day, StatRow.Dimension.CLERK,
                    "(SELECT s.full_name FROM staff_member s WHERE s.tenant_id = q.tenant_id AND s.user_id = q.staff_user_id)"));
            rows.addAll(group(t, day, StatRow.Dimension.HOUR,
                    "lpad(extract(hour FROM q.taken_at AT TIME ZONE ?)::int::text, 2, '0')", BusinessTime.ZONE.getId()));
            sql.update("DELETE FROM queue_daily_stats WHERE tenant_id = ? AND day = ?", t, day);
            for (StatRow r : rows) {
                sql.update("INSERT INTO queue_daily_stats (tenant_id, day, dimension, key, tickets, served, no_shows, wait_p50_seconds,"
                                + " wait_p90_seconds, service_avg_seconds, appointments, appointments_kept) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        t, day, r.dimension(), r.key(), r.tickets(), r.served(), r.noShows(), r.waitP50Seconds(), r.waitP90Seconds(),
                        r.serviceAvgSeconds(), r.appointments(), r.appointmentsKept());
            }
            return rows;
        });
    }

    /** The stored figures of [from, to] for one dimension, by day then key. */
    public List<StatRow> stored(CallContext ctx, StatRow.Dimension dimension, LocalDate from, LocalDate to) {
        ctx.require(Permission.READ_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> sql.list("SELECT day, dimension, key, tickets, served, no_shows, wait_p50_seconds,"
                        + " wait_p90_seconds, service_avg_seconds, appointments, appointments_kept FROM queue_daily_stats"
                        + " WHERE tenant_id = ? AND dimension = ? AND day BETWEEN ? AND ? ORDER BY day, key",
                rs -> new StatRow(rs.getObject(1, LocalDate.class), StatRow.Dimension.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
                        (Integer) rs.getObject(9), rs.getInt(10), rs.getInt(11)), tenant.value(), dimension, from, to));
    }

    private List<StatRow> group(long tenant, LocalDate day, StatRow.Dimension dimension, String key, Object... keyArgs) {
        Object[] args = new Object[keyArgs.length + 2];
        System.arraycopy(keyArgs, 0, args, 0, keyArgs.length);
        args[keyArgs.length] = tenant;
        args[keyArgs.length + 1] = day;
        return sql.list("SELECT k, " + FIGURES.replace("status", "q.status") + " FROM (SELECT q.*, " + key + " AS k FROM queue_ticket q"
                        + " WHERE q.tenant_id = ? AND q.day = ?) q WHERE k IS NOT NULL GROUP BY k ORDER BY k",
                rs -> new StatRow(day, dimension, rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), round(rs, 5),
                        round(rs, 6), round(rs, 7), rs.getInt(8), rs.getInt(9)), args);
    }

    private static Integer round(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : (int) Math.round(((Number) v).doubleValue());
    }
}
