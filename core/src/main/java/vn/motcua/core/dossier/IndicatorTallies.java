package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Keeps the indicator tallies ({@code indicator_day}, {@code indicator_day_detail}, their sums per month
 * {@code indicator_month}, {@code indicator_month_detail}, and the time per step {@code indicator_step_day}) of a center equal to what its raw
 * rows say. Every count sits on the day (Vietnam time) its event happened, and every change to a dossier (receipt,
 * each control-sheet line, a fee, a rating) happens at the call's instant, so after a change only that day can differ:
 * {@link #refresh} recounts the center's day from the raw rows in the same transaction. Two transactions of one
 * center recount one after the other: the recount takes the transaction-scoped advisory lock
 * ({@value #LOCK_CLASS}, center), and under READ COMMITTED its statements then see what the first one committed.
 * {@link #rebuild} recounts any span of days the same way (after a bulk load, or to check the tallies).
 */
@Singleton
public class IndicatorTallies {
    /** The advisory lock class of a center's recount ("MC" + 0x14, issue 14). */
    static final int LOCK_CLASS = 0x4D430014;

    private static final String DETAIL_COLUMNS = Arrays.stream(Tally.values()).filter(Tally::detailed)
            .map(Tally::column).collect(Collectors.joining(", "));
    private static final String DETAIL_SUMS = Arrays.stream(Tally.values()).filter(Tally::detailed)
            .map(t -> "coalesce(sum(n) FILTER (WHERE metric = '" + t.column() + "'), 0)").collect(Collectors.joining(", "));
    private static final String TOTAL_SUMS = Arrays.stream(Tally.values()).filter(Tally::detailed)
            .map(t -> "sum(" + t.column() + ")").collect(Collectors.joining(", "));

    /** The dossiers received in the span (not merely submitted or refused at intake). */
    private static final String RECEIVED_IN_SPAN = """
            FROM p JOIN dossier d ON d.tenant_id = p.t AND d.received_at >= p.f AND d.received_at < p.e
            WHERE d.status NOT IN ('SUBMITTED', 'REJECTED')""";
    /** The dossiers that ended (resolved, returned or stopped: OnTimeRule.endTime) in the span. */
    private static final String ENDED_IN_SPAN = """
            FROM p JOIN dossier d ON d.tenant_id = p.t AND d.ended_at >= p.f AND d.ended_at < p.e
            WHERE d.status IN ('RESOLVED', 'RETURNED', 'STOPPED')""";

    /**
     * Every fact of the span as (day, procedure, channel, metric, n), summed per day, procedure and channel. The
     * on-time split is {@link OnTimeRule#decide}: late when counted late (second supplement) or ended after the due
     * date in force; late ones apologised when an apology (form 04) was issued before that due date; early when it
     * ended on an earlier calendar day than the due date.
     */
    private static final String RECOUNT = """
            WITH p AS (SELECT ?::bigint AS t, ?::timestamptz AS f, ?::timestamptz AS e, ?::text AS z),
            facts (day, procedure_code, channel, metric, n) AS (
              SELECT (d.received_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel, 'received', 1::bigint
              """ + RECEIVED_IN_SPAN + """
              UNION ALL
              SELECT (d.received_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel, 'with_papers', 1
              """ + RECEIVED_IN_SPAN + """
                AND EXISTS (SELECT 1 FROM dossier_document x WHERE x.tenant_id = d.tenant_id AND x.dossier_id = d.id AND x.kind = 'INPUT')
              UNION ALL
              SELECT (d.received_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel,
                     CASE WHEN x.reused_from IS NULL THEN 'papers' ELSE 'reused_papers' END, 1
              """ + RECEIVED_IN_SPAN.replace("WHERE", "JOIN dossier_document x ON x.tenant_id = d.tenant_id AND x.dossier_id = d.id AND x.kind = 'INPUT' WHERE") + """
              UNION ALL
              SELECT (d.ended_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel,
                     CASE WHEN d.counted_late OR d.ended_at > d.due_at THEN
                            CASE WHEN EXISTS (SELECT 1 FROM dossier_event a WHERE a.tenant_id = d.tenant_id
                                   AND a.dossier_id = d.id AND a.action = 'APOLOGY' AND a.at < d.due_at)
                                 THEN 'late_apology' ELSE 'late' END
                          WHEN (d.ended_at AT TIME ZONE p.z)::date < (d.due_at AT TIME ZONE p.z)::date THEN 'early'
                          ELSE 'on_time' END, 1
              """ + ENDED_IN_SPAN + """
              UNION ALL
              SELECT (d.ended_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel,
                     CASE WHEN d.status = 'STOPPED' THEN 'stopped' ELSE 'resolved' END, 1
              """ + ENDED_IN_SPAN + """
              UNION ALL
              SELECT (d.ended_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel, 'result_digitized', 1
              """ + ENDED_IN_SPAN + """
                AND d.status <> 'STOPPED'
                AND EXISTS (SELECT 1 FROM dossier_document x WHERE x.tenant_id = d.tenant_id AND x.dossier_id = d.id AND x.kind = 'RESULT')
              UNION ALL
              SELECT (ev.at AT TIME ZONE p.z)::date, d.procedure_code, d.channel,
                     CASE ev.action WHEN 'WITHDRAW' THEN 'withdrawn' ELSE 'apologies' END, 1
              FROM p JOIN dossier_event ev ON ev.tenant_id = p.t AND ev.at >= p.f AND ev.at < p.e
                AND ev.action IN ('WITHDRAW', 'APOLOGY')
              JOIN dossier d ON d.tenant_id = ev.tenant_id AND d.id = ev.dossier_id
              UNION ALL
              SELECT (fe.recorded_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel, m.metric, m.n
              FROM p JOIN dossier_fee fe ON fe.tenant_id = p.t AND fe.recorded_at >= p.f AND fe.recorded_at < p.e
              JOIN dossier d ON d.tenant_id = fe.tenant_id AND d.id = fe.dossier_id
              CROSS JOIN LATERAL (VALUES ('fees', 1::bigint),
                                         ('fees_cashless', CASE WHEN fe.method = 'CASH' THEN 0 ELSE 1 END),
                                         ('fee_' || lower(fe.method) || '_vnd', fe.amount_vnd)) AS m (metric, n)
              UNION ALL
              SELECT (r.rated_at AT TIME ZONE p.z)::date, d.procedure_code, d.channel, 'rating_' || lower(r.level), 1
              FROM p JOIN dossier_rating r ON r.tenant_id = p.t AND r.rated_at >= p.f AND r.rated_at < p.e
              JOIN dossier d ON d.tenant_id = r.tenant_id AND d.id = r.dossier_id
            )
            INSERT INTO indicator_day_detail (tenant_id, day, procedure_code, channel, %s)
            SELECT (SELECT t FROM p), day, procedure_code, channel, %s
            FROM facts GROUP BY day, procedure_code, channel
            """.formatted(DETAIL_COLUMNS, DETAIL_SUMS);

    private static final String TOTALS = """
            INSERT INTO indicator_day (tenant_id, day, received_online, %s)
            SELECT tenant_id, day, coalesce(sum(received) FILTER (WHERE channel = 'ONLINE'), 0), %s
            FROM indicator_day_detail WHERE tenant_id = ? AND day >= ? AND day < ?
            GROUP BY tenant_id, day
            """.formatted(DETAIL_COLUMNS, TOTAL_SUMS);

    private static final String ALL_COLUMNS = Arrays.stream(Tally.values()).map(Tally::column)
            .collect(Collectors.joining(", "));
    private static final String MONTH = "make_date(extract(year FROM day)::int, extract(month FROM day)::int, 1)";

    /** The months of the recounted days, summed again from the days: ? = tenant, first day of the first month, end. */
    private static final String MONTHS = """
            INSERT INTO indicator_month (tenant_id, month, %s)
            SELECT tenant_id, %s, %s FROM indicator_day WHERE tenant_id = ? AND day >= ? AND day < ?
            GROUP BY 1, 2
            """.formatted(ALL_COLUMNS, MONTH, Arrays.stream(Tally.values()).map(t -> "sum(" + t.column() + ")")
            .collect(Collectors.joining(", ")));
    private static final String DETAIL_MONTHS = """
            INSERT INTO indicator_month_detail (tenant_id, month, procedure_code, channel, %s)
            SELECT tenant_id, %s, procedure_code, channel, %s FROM indicator_day_detail
            WHERE tenant_id = ? AND day >= ? AND day < ? GROUP BY 1, 2, 3, 4
            """.formatted(DETAIL_COLUMNS, MONTH, TOTAL_SUMS);

    /**
     * Time at each step, on the day the dossier left it (a control-sheet line with a from-step): how many dossiers left
     * it that day, the working minutes they used there, the step's budget. ? = zone, tenant, span start, span end.
     */
    private static final String STEPS = """
            INSERT INTO indicator_step_day (tenant_id, day, procedure_code, step, procedure_name, step_name, dossiers,
                                            minutes, budget_min)
            SELECT e.tenant_id, (e.at AT TIME ZONE ?)::date, d.procedure_code, e.from_step, max(d.procedure_name),
                   coalesce(max((d.steps_json::json -> e.from_step) ->> 'name'), ''), count(DISTINCT e.dossier_id),
                   coalesce(sum(e.used_min), 0), max(e.step_budget_min)
            FROM dossier_event e JOIN dossier d ON d.tenant_id = e.tenant_id AND d.id = e.dossier_id
            WHERE e.tenant_id = ? AND e.at >= ? AND e.at < ? AND e.from_step IS NOT NULL
            GROUP BY 1, 2, 3, 4
            """;
    static final String[] TABLES = {"indicator_day_detail", "indicator_day", "indicator_month_detail", "indicator_month",
            "indicator_step_day"};

    private final JdbcOperations jdbc;
    private final TenantTransactions tx;

    public IndicatorTallies(JdbcOperations jdbc, TenantTransactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Recounts the center's day of {@code at}; call inside the tenant transaction that changed something on that day. */
    public void refresh(TenantId tenant, Instant at) {
        LocalDate day = BusinessTime.localDate(at);
        recount(tenant, day, day.plusDays(1));
    }

    /** Recounts the days {@code from} (inclusive) to {@code until} (exclusive) from the raw rows, in its own transaction. */
    public void rebuild(TenantId tenant, LocalDate from, LocalDate until) {
        tx.run(tenant, () -> recount(tenant, from, until));
    }

    /** Recounts every day the center has rows for (first receipt to {@code until}), in its own transaction. */
    public void rebuildAll(TenantId tenant, LocalDate until) {
        tx.run(tenant, () -> recountAll(tenant, until));
    }

    /**
     * {@link #rebuildAll} in the caller's transaction, which must be able to write the center's rows: the center's own,
     * or the provincial path moving rows between centers (a merge).
     */
    public void recountAll(TenantId tenant, LocalDate until) {
        LocalDate first = jdbc.prepareStatement("SELECT min(received_at) FROM dossier WHERE tenant_id = ?", ps -> {
            ps.setLong(1, tenant.value());
            try (var rs = ps.executeQuery()) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : BusinessTime.localDate(t.toInstant());
            }
        });
        LocalDate from = first == null ? until : first;
        for (String table : TABLES) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?", ps -> {
                ps.setLong(1, tenant.value());
                return ps.executeUpdate();
            });
        }
        recount(tenant, from, until);
    }

    /**
     * Recounts the days {@code from} (inclusive) to {@code until} (exclusive) in the caller's transaction, which must be
     * able to write the center's rows (as {@link #recountAll}); a check reads the tallies, recounts and compares.
     */
    public void recount(TenantId tenant, LocalDate from, LocalDate until) {
        long t = tenant.value();
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)", ps -> {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, (int) t);
            ps.execute();
            return null;
        });
        for (String table : new String[] {"indicator_day_detail", "indicator_day", "indicator_step_day"}) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ? AND day >= ? AND day < ?", ps -> {
                ps.setLong(1, t);
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(until));
                return ps.executeUpdate();
            });
        }
        jdbc.prepareStatement(RECOUNT, ps -> {
            ps.setLong(1, t);
            ps.setTimestamp(2, Timestamp.from(from.atStartOfDay(BusinessTime.ZONE).toInstant()));
            ps.setTimestamp(3, Timestamp.from(until.atStartOfDay(BusinessTime.ZONE).toInstant()));
            ps.setString(4, BusinessTime.ZONE.getId());
            return ps.executeUpdate();
        });
        jdbc.prepareStatement(TOTALS, ps -> {
            ps.setLong(1, t);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(until));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement(STEPS, ps -> {
            ps.setString(1, BusinessTime.ZONE.getId());
            ps.setLong(2, t);
            ps.setTimestamp(3, Timestamp.from(from.atStartOfDay(BusinessTime.ZONE).toInstant()));
            ps.setTimestamp(4, Timestamp.from(until.atStartOfDay(BusinessTime.ZONE).toInstant()));
            return ps.executeUpdate();
        });
        // the whole months the recounted days fall in, summed again from their days
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate endMonth = until.minusDays(1).withDayOfMonth(1).plusMonths(1);
        for (String table : new String[] {"indicator_month_detail", "indicator_month"}) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ? AND month >= ? AND month < ?", ps -> {
                ps.setLong(1, t);
                ps.setDate(2, Date.valueOf(firstMonth));
                ps.setDate(3, Date.valueOf(endMonth));
                return ps.executeUpdate();
            });
        }
        for (String sql : new String[] {DETAIL_MONTHS, MONTHS}) {
            jdbc.prepareStatement(sql, ps -> {
                ps.setLong(1, t);
                ps.setDate(2, Date.valueOf(firstMonth));
                ps.setDate(3, Date.valueOf(endMonth));
                return ps.executeUpdate();
            });
        }
    }
}
