package vn.motcua.core.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.LateRisk;
import vn.motcua.core.dossier.Tally;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The indicators of a center (its director) and of the province (provincial IT), read from the tallies kept by
 * {@link vn.motcua.core.dossier.IndicatorTallies} (whole months from the monthly sums, the other days from the daily
 * ones, time per step from the step days); open now from the tallies, overdue now from a partial index of the running
 * dossiers. The
 * figures of one center are read in the center's own transaction (row-level security), the province's through
 * {@link ProvincialScope}, audited.
 */
@Singleton
public class IndicatorService {
    static final String SUMS = Arrays.stream(Tally.values()).map(t -> "coalesce(sum(" + t.column() + "), 0)")
            .collect(Collectors.joining(", "));
    private static final String DETAIL_SUMS = Arrays.stream(Tally.values())
            .map(t -> t.detailed() ? "coalesce(sum(dd." + t.column() + "), 0)"
                    : "coalesce(sum(dd.received) FILTER (WHERE dd.channel = 'ONLINE'), 0)")
            .collect(Collectors.joining(", "));
    private static final int DRILL_LIMIT = 500;
    private static final String COLUMNS = Arrays.stream(Tally.values()).map(Tally::column).collect(Collectors.joining(", "));
    private static final String DETAIL_COLUMNS = Arrays.stream(Tally.values()).filter(Tally::detailed).map(Tally::column)
            .collect(Collectors.joining(", "));

    /**
     * The days of a period as whole calendar months (read from the monthly sums) and the days before the first and
     * after the last whole month (read from the daily tallies): a year is 12 monthly rows per center.
     */
    record Span(LocalDate monthFrom, LocalDate monthUntil, LocalDate headFrom, LocalDate headUntil, LocalDate tailFrom,
                LocalDate tailUntil) {
        static Span of(LocalDate from, LocalDate until) {
            LocalDate monthFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate monthUntil = until.withDayOfMonth(1);
            if (!monthFrom.isBefore(monthUntil)) {
                return new Span(from, from, from, until, until, until);
            }
            return new Span(monthFrom, monthUntil, from, monthFrom, monthUntil, until);
        }

        static Span of(Period period) {
            return of(period.from(), period.until());
        }

        /**
         * The period's rows of a pair of tables ({@code <name>_month<suffix>}, {@code <name>_day<suffix>}) as one
         * derived table of {@code columns}; binds {@link #bind} after it (6 dates, and the center when one is given).
         */
        static String rows(String monthTable, String dayTable, String columns, boolean oneCenter) {
            String center = oneCenter ? " AND tenant_id = ?" : "";
            return "(SELECT " + columns + " FROM " + monthTable + " WHERE month >= ? AND month < ?" + center
                    + " UNION ALL SELECT " + columns + " FROM " + dayTable
                    + " WHERE ((day >= ? AND day < ?) OR (day >= ? AND day < ?))" + center + ")";
        }

        int bind(PreparedStatement ps, int k, @Nullable Long tenantId) throws SQLException {
            ps.setDate(k++, Date.valueOf(monthFrom));
            ps.setDate(k++, Date.valueOf(monthUntil));
            if (tenantId != null) {
                ps.setLong(k++, tenantId);
            }
            ps.setDate(k++, Date.valueOf(headFrom));
            ps.setDate(k++, Date.valueOf(headUntil));
            ps.setDate(k++, Date.valueOf(tailFrom));
            ps.setDate(k++, Date.valueOf(tailUntil));
            if (tenantId != null) {
                ps.setLong(k++, tenantId);
            }
            return k;
        }
    }

    private static String totals(boolean oneCenter) {
        return Span.rows("indicator_month", "indicator_day", "tenant_id, " + COLUMNS, oneCenter);
    }

    private static String details(boolean oneCenter) {
        return Span.rows("indicator_month_detail", "indicator_day_detail",
                "tenant_id, procedure_code, channel, " + DETAIL_COLUMNS, oneCenter);
    }

    private final JdbcOperations jdbc;
    private final TenantTransactions tx;
    private final ProvincialScope province;
    private final LateRisk lateRisk;
    private final DrillDownRepository drill;
    private final AuditLog audit;

    IndicatorService(JdbcOperations jdbc, TenantTransactions tx, ProvincialScope province, LateRisk lateRisk,
                     DrillDownRepository drill, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.province = province;
        this.lateRisk = lateRisk;
        this.drill = drill;
    }

    // ---- what the pages show ---------------------------------------------------------------------------------

    /** One month of a trend. */
    public record Month(YearMonth month, Figures figures) {
    }

    /** A row of a breakdown (a procedure, a field, a channel). */
    public record Row(String key, String label, @Nullable String field, Figures figures) {
    }

    /** Time spent at a workflow step in the period against its budget (minutes of working time). */
    public record StepTime(String procedureCode, String procedureName, int step, String stepName, long dossiers,
                           long minutes, @Nullable Long budgetMinutes) {
        public double averageMinutes() {
            return dossiers == 0 ? 0 : (double) minutes / dossiers;
        }

        public boolean overBudget() {
            return budgetMinutes != null && averageMinutes() > budgetMinutes;
        }
    }

    public record CenterReport(long tenantId, String centerName, Period period, Figures figures, Scorecard.Score score,
                               Figures previous, Scorecard.Score previousScore, List<Month> trend,
                               List<Row> byProcedure, List<Row> byField, List<Row> byChannel, List<StepTime> steps,
                               QueueFigures queue, QueueFigures previousQueue) {
    }

    /** A center of the province with its figures; {@code area} the old province it comes from ({@link Area}), if known. */
    public record CenterRow(long tenantId, String name, String type, String code, @Nullable Area area, Figures figures,
                            Scorecard.Score score, QueueFigures queue) {
    }

    public record ProvinceReport(Period period, List<CenterRow> centers, Figures total, Scorecard.Score totalScore,
                                 List<Month> trend, Figures previousTotal, QueueFigures queueTotal) {
        /** Centers ranked by score (out of 100 over what could be measured), those with nothing to score last. */
        public List<CenterRow> ranked() {
            return centers.stream().sorted(Comparator.comparing((CenterRow c) -> c.score().outOf100().orElse(-1.0))
                    .reversed().thenComparing(CenterRow::name)).toList();
        }
    }

    // ---- center -----------------------------------------------------------------------------------------------

    /** The caller's own center (its director, or provincial IT acting as it). */
    public CenterReport center(CallContext ctx, Period period) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> centerReport(tenant.value(), period, ctx.now()));
    }

    /** A center of the province, for provincial IT drilling down from the province page (audited). */
    public CenterReport centerOfProvince(CallContext ctx, long tenantId, Period period) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return province.run(ctx, AuditAction.PROVINCE_INDICATORS_VIEWED, "trung tâm " + tenantId + ", " + period.label(),
                () -> centerReport(tenantId, period, ctx.now()));
    }

    /** Open dossiers of the caller's center likely to miss their due date. */
    public List<LateRisk.Item> lateRisk(CallContext ctx) {
        return lateRisk.atRisk(ctx);
    }

    /** The dossiers behind a figure of the caller's center (at most {@value #DRILL_LIMIT}, newest first). */
    public List<Dossier> dossiers(CallContext ctx, Period period, Scorecard.Measure measure) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> {
            List<Long> ids = jdbc.prepareStatement(drillSql(measure), ps -> {
                ps.setLong(1, tenant.value());
                ps.setTimestamp(2, Timestamp.from(start(period.from())));
                ps.setTimestamp(3, Timestamp.from(start(period.until())));
                ps.setTimestamp(4, Timestamp.from(ctx.now()));
                List<Long> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
                return found;
            });
            return ids.isEmpty() ? List.of() : drill.findByTenantIdAndIdInOrderByReceivedAtDesc(tenant.value(), ids);
        });
    }

    // ---- province ---------------------------------------------------------------------------------------------

    /** Every center of the province with its figures and score, and the province's total (provincial IT; audited). */
    public ProvinceReport province(CallContext ctx, Period period) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return province.run(ctx, AuditAction.PROVINCE_INDICATORS_VIEWED, "toàn tỉnh, " + period.label(),
                () -> provinceReport(period, ctx.now()));
    }

    ProvinceReport provinceReport(Period period, Instant now) {
        Map<Long, Figures> sums = new HashMap<>();
        jdbc.prepareStatement("SELECT tenant_id, " + SUMS + " FROM " + totals(false) + " x GROUP BY tenant_id",
                ps -> {
                    Span.of(period).bind(ps, 1, null);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sums.put(rs.getLong(1), figures(rs, 2, 0, 0));
                        }
                    }
                    return null;
                });
        Map<Long, long[]> open = openNow(null, now);
        Map<Long, QueueFigures> queues = queue(null, period);
        QueueFigures queueTotal = QueueFigures.NONE;
        List<CenterRow> centers = new ArrayList<>();
        Figures total = Figures.empty();
        List<Object[]> rows = jdbc.prepareStatement("""
                    SELECT tenant_id, name, type, code, province_code FROM service_center WHERE type <> 'TINH' AND status = 'ACTIVE'
                    """, ps -> {
                List<Object[]> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Area.of(rs.getString(5), rs.getString(4)).orElse(null)});
                    }
                }
                return list;
            });
            for (Object[] r : rows) {
                long id = (Long) r[0];
                long[] o = open.getOrDefault(id, new long[2]);
                Figures f = sums.getOrDefault(id, Figures.empty()).withOpen(o[0], o[1]);
                QueueFigures q = queues.getOrDefault(id, QueueFigures.NONE);
                centers.add(new CenterRow(id, (String) r[1], (String) r[2], (String) r[3], (Area) r[4], f, Scorecard.score(f), q));
                queueTotal = queueTotal.plus(q);
                total = total.plus(f);
            }
        Period before = period.previous();
        Figures previous = jdbc.prepareStatement("SELECT " + SUMS + " FROM " + totals(false) + " x", ps -> {
            Span.of(before).bind(ps, 1, null);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return figures(rs, 1, 0, 0);
            }
        });
        return new ProvinceReport(period, centers, total, Scorecard.score(total), trend(null, period), previous, queueTotal);
    }

    // ---- the periodic report ---------------------------------------------------------------------------------

    /**
     * One line of the periodic report on administrative-procedure handling (tình hình, kết quả giải quyết TTHC):
     * carried over from the previous period, received in the period online and otherwise, ended early / on time / late,
     * still being handled at the period's end in time or overdue.
     */
    public record PeriodicRow(long tenantId, String name, long carried, long receivedOnline, long receivedOther,
                              long early, long onTime, long late, long openInTime, long openLate) {
        public long total() {
            return carried + receivedOnline + receivedOther;
        }

        public long ended() {
            return early + onTime + late;
        }

        public long open() {
            return openInTime + openLate;
        }
    }

    /** Carried over and still open at the end, per center, counted from the dossier rows (a withdrawal ends a dossier). */
    Map<Long, long[]> carriedAndOpen(@Nullable Long tenantId, Period period) {
        Map<Long, long[]> result = new HashMap<>();
        jdbc.prepareStatement("""
                WITH p AS (SELECT ?::timestamptz AS f, ?::timestamptz AS e),
                c AS (
                  SELECT d.tenant_id, d.received_at, d.due_at,
                         coalesce(d.ended_at, CASE WHEN d.status = 'WITHDRAWN' THEN (SELECT min(w.at) FROM dossier_event w
                           WHERE w.tenant_id = d.tenant_id AND w.dossier_id = d.id AND w.action = 'WITHDRAW') END) AS out_at
                  FROM p JOIN dossier d ON d.received_at < p.e AND (d.ended_at IS NULL OR d.ended_at >= p.f)
                  WHERE d.status NOT IN ('SUBMITTED', 'REJECTED') %s
                )
                SELECT tenant_id,
                       count(*) FILTER (WHERE received_at < p.f AND (out_at IS NULL OR out_at >= p.f)),
                       count(*) FILTER (WHERE (out_at IS NULL OR out_at >= p.e) AND due_at >= p.e),
                       count(*) FILTER (WHERE (out_at IS NULL OR out_at >= p.e) AND due_at < p.e)
                FROM c, p GROUP BY tenant_id
                """.formatted(tenantId == null ? "" : "AND d.tenant_id = ?"), ps -> {
            ps.setTimestamp(1, Timestamp.from(start(period.from())));
            ps.setTimestamp(2, Timestamp.from(start(period.until())));
            if (tenantId != null) {
                ps.setLong(3, tenantId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            return null;
        });
        return result;
    }

    static PeriodicRow periodic(long tenantId, String name, Figures f, long[] carriedAndOpen) {
        return new PeriodicRow(tenantId, name, carriedAndOpen[0], f.get(Tally.RECEIVED_ONLINE),
                f.received() - f.get(Tally.RECEIVED_ONLINE), f.get(Tally.EARLY), f.get(Tally.ON_TIME), f.late(),
                carriedAndOpen[1], carriedAndOpen[2]);
    }

    /** The province's table and periodic report for one period, read in one audited provincial transaction. */
    public record ProvinceExport(ProvinceReport report, List<PeriodicRow> periodic) {
    }

    public ProvinceExport provinceExport(CallContext ctx, Period period) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return province.run(ctx, AuditAction.INDICATORS_EXPORTED, "toàn tỉnh, " + period.label(), () -> {
            ProvinceReport report = provinceReport(period, ctx.now());
            Map<Long, long[]> extra = carriedAndOpen(null, period);
            List<PeriodicRow> rows = report.centers().stream()
                    .map(c -> periodic(c.tenantId(), c.name(), c.figures(), extra.getOrDefault(c.tenantId(), new long[3])))
                    .toList();
            return new ProvinceExport(report, rows);
        });
    }

    /** The center's report with its periodic line and late-risk list, for its director's export (audited). */
    public record CenterExport(CenterReport report, PeriodicRow periodic, List<LateRisk.Item> lateRisk) {
    }

    public CenterExport centerExport(CallContext ctx, Period period) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        List<LateRisk.Item> risk = lateRisk.atRisk(ctx);
        return tx.write(tenant, () -> {
            CenterReport report = centerReport(tenant.value(), period, ctx.now());
            long[] extra = carriedAndOpen(tenant.value(), period).getOrDefault(tenant.value(), new long[3]);
            audit.record(ctx, AuditAction.INDICATORS_EXPORTED, "center", tenant.value(), period.label());
            return new CenterExport(report, periodic(tenant.value(), report.centerName(), report.figures(), extra), risk);
        });
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /**
     * Open now per center: received minus ended minus withdrawn over every day of the tallies (a dossier is received
     * once and ends or is withdrawn at most once); overdue now: received or in progress past the due date in force, from
     * the dossier rows through a partial index that holds only those. A dossier waiting for the applicant is open but
     * not overdue (its clock is stopped).
     */
    private static final String OPEN_NOW = """
            SELECT tenant_id, sum(received) - sum(early + on_time + late + late_apology) - sum(withdrawn), 0
            FROM (SELECT tenant_id, received, early, on_time, late, late_apology, withdrawn FROM indicator_month
                  WHERE month < ?::date %1$s
                  UNION ALL
                  SELECT tenant_id, received, early, on_time, late, late_apology, withdrawn FROM indicator_day
                  WHERE day >= ?::date AND day <= ?::date %1$s) x
            GROUP BY tenant_id
            """;
    private static final String OVERDUE_NOW = """
            SELECT tenant_id, count(*) FROM dossier WHERE status IN ('RECEIVED', 'IN_PROGRESS') AND due_at < ? %s
            GROUP BY tenant_id
            """;

    private Map<Long, long[]> openNow(@Nullable Long tenantId, Instant now) {
        Map<Long, long[]> open = new HashMap<>();
        jdbc.prepareStatement(OPEN_NOW.formatted(tenantId == null ? "" : "AND tenant_id = ?"), ps -> {
            // whole months before this one from the monthly sums, this month's days up to today from the days
            LocalDate today = BusinessTime.localDate(now);
            int k = 1;
            ps.setDate(k++, Date.valueOf(today.withDayOfMonth(1)));
            if (tenantId != null) {
                ps.setLong(k++, tenantId);
            }
            ps.setDate(k++, Date.valueOf(today.withDayOfMonth(1)));
            ps.setDate(k++, Date.valueOf(today));
            if (tenantId != null) {
                ps.setLong(k, tenantId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.put(rs.getLong(1), new long[] {rs.getLong(2), 0});
                }
            }
            return null;
        });
        jdbc.prepareStatement(OVERDUE_NOW.formatted(tenantId == null ? "" : "AND tenant_id = ?"), ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            if (tenantId != null) {
                ps.setLong(2, tenantId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.computeIfAbsent(rs.getLong(1), k -> new long[2])[1] = rs.getLong(2);
                }
            }
            return null;
        });
        return open;
    }

    CenterReport centerReport(long tenantId, Period period, Instant now) {
        String name = jdbc.prepareStatement("SELECT name FROM service_center WHERE tenant_id = ?", ps -> {
            ps.setLong(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
        long[] open = openNow(tenantId, now).getOrDefault(tenantId, new long[2]);
        Figures figures = sums(tenantId, period).withOpen(open[0], open[1]);
        Figures previous = sums(tenantId, period.previous());
        List<Row> byProcedure = byProcedure(tenantId, period);
        Map<String, Figures> fields = new LinkedHashMap<>();
        for (Row r : byProcedure) {
            fields.merge(r.field() == null ? "Chưa xác định lĩnh vực" : r.field(), r.figures(), Figures::plus);
        }
        List<Row> byField = fields.entrySet().stream().map(e -> new Row(e.getKey(), e.getKey(), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Row r) -> r.figures().received()).reversed()).toList();
        return new CenterReport(tenantId, name, period, figures, Scorecard.score(figures), previous,
                Scorecard.score(previous), trend(tenantId, period), byProcedure, byField, byChannel(tenantId, period),
                steps(tenantId, period), queue(tenantId, period).getOrDefault(tenantId, QueueFigures.NONE),
                queue(tenantId, period.previous()).getOrDefault(tenantId, QueueFigures.NONE));
    }

    Figures sums(long tenantId, Period period) {
        return jdbc.prepareStatement("SELECT " + SUMS + " FROM " + totals(true) + " x", ps -> {
            Span.of(period).bind(ps, 1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return figures(rs, 1, 0, 0);
            }
        });
    }

    /** The queue's figures per center over the period (one center's, or every center's when {@code tenantId} is null). */
    Map<Long, QueueFigures> queue(@Nullable Long tenantId, Period period) {
        String columns = "tenant_id, tickets, served, no_shows, waited, wait_seconds, service_timed, service_seconds";
        return jdbc.prepareStatement("SELECT tenant_id, sum(tickets), sum(served), sum(no_shows), sum(waited), sum(wait_seconds), "
                + "sum(service_timed), sum(service_seconds) FROM "
                + Span.rows("indicator_queue_month", "indicator_queue_day", columns, tenantId != null) + " x GROUP BY tenant_id", ps -> {
            Span.of(period).bind(ps, 1, tenantId);
            Map<Long, QueueFigures> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), new QueueFigures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                }
            }
            return found;
        });
    }

    /** The twelve months up to the period's last month; one center's, or every center's summed ({@code tenantId} null). */
    private List<Month> trend(@Nullable Long tenantId, Period period) {
        YearMonth last = YearMonth.from(period.last());
        YearMonth first = last.minusMonths(11);
        Map<YearMonth, Figures> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, Figures.empty());
        }
        jdbc.prepareStatement("SELECT month, " + SUMS + " FROM indicator_month WHERE month >= ? AND month < ?"
                + (tenantId == null ? "" : " AND tenant_id = ?") + " GROUP BY 1", ps -> {
            ps.setDate(1, Date.valueOf(first.atDay(1)));
            ps.setDate(2, Date.valueOf(last.plusMonths(1).atDay(1)));
            if (tenantId != null) {
                ps.setLong(3, tenantId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    months.put(YearMonth.from(rs.getDate(1).toLocalDate()), figures(rs, 2, 0, 0));
                }
            }
            return null;
        });
        return months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
    }

    private List<Row> byProcedure(long tenantId, Period period) {
        return jdbc.prepareStatement("""
                SELECT dd.procedure_code, max(p.name), max(p.field), %s
                FROM %s dd
                LEFT JOIN LATERAL (SELECT name, field FROM procedure WHERE national_code = dd.procedure_code LIMIT 1) p ON true
                GROUP BY dd.procedure_code ORDER BY 4 DESC, 1
                """.formatted(DETAIL_SUMS, details(true)), ps -> rows(ps, tenantId, period, true));
    }

    private List<Row> byChannel(long tenantId, Period period) {
        List<Row> rows = jdbc.prepareStatement("""
                SELECT dd.channel, NULL, NULL, %s FROM %s dd GROUP BY dd.channel
                """.formatted(DETAIL_SUMS, details(true)), ps -> rows(ps, tenantId, period, false));
        return rows.stream().map(r -> new Row(r.key(), Dossier.Channel.valueOf(r.key()).label(), null, r.figures())).toList();
    }

    private List<Row> rows(PreparedStatement ps, long tenantId, Period period, boolean named) throws SQLException {
        Span.of(period).bind(ps, 1, tenantId);
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                String label = named && rs.getString(2) != null ? rs.getString(2) : key;
                rows.add(new Row(key, label, rs.getString(3), figures(rs, 4, 0, 0)));
            }
        }
        return rows;
    }

    private List<StepTime> steps(long tenantId, Period period) {
        return jdbc.prepareStatement("""
                SELECT procedure_code, max(procedure_name), step, max(step_name), sum(dossiers), sum(minutes),
                       max(budget_min)
                FROM indicator_step_day WHERE tenant_id = ? AND day >= ? AND day < ?
                GROUP BY procedure_code, step ORDER BY 1, 3
                """, ps -> {
            ps.setLong(1, tenantId);
            ps.setDate(2, Date.valueOf(period.from()));
            ps.setDate(3, Date.valueOf(period.until()));
            List<StepTime> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long budget = rs.getLong(7);
                    list.add(new StepTime(rs.getString(1), rs.getString(2), rs.getInt(3) + 1,
                            rs.getString(4) == null ? "" : rs.getString(4), rs.getLong(5), rs.getLong(6),
                            rs.wasNull() ? null : budget));
                }
            }
            return list;
        });
    }

    private static Figures figures(ResultSet rs, int firstColumn, long open, long overdue) throws SQLException {
        long[] v = new long[Tally.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.getLong(firstColumn + i);
        }
        return new Figures(v, open, overdue);
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The ids behind a measure: ? = tenant, period start, period end, now. */
    static String drillSql(Scorecard.Measure measure) {
        String received = "SELECT d.id FROM dossier d WHERE d.tenant_id = ? AND d.received_at >= ? AND d.received_at < ? "
                + "AND ?::timestamptz IS NOT NULL AND d.status NOT IN ('SUBMITTED', 'REJECTED')";
        String ended = "SELECT d.id FROM dossier d WHERE d.tenant_id = ? AND d.ended_at >= ? AND d.ended_at < ? "
                + "AND ?::timestamptz IS NOT NULL AND d.status IN ('RESOLVED', 'RETURNED', 'STOPPED')";
        String late = "(d.counted_late OR d.ended_at > d.due_at)";
        String event = "SELECT DISTINCT e.dossier_id FROM dossier_event e WHERE e.tenant_id = ? AND e.at >= ? AND e.at < ? "
                + "AND ?::timestamptz IS NOT NULL AND e.action = ";
        String open = "SELECT d.id FROM dossier d WHERE d.tenant_id = ? AND ?::timestamptz IS NOT NULL AND ?::timestamptz IS NOT NULL ";
        String sql = switch (measure) {
            case RECEIVED -> received;
            case RECEIVED_ONLINE -> received + " AND d.channel = 'ONLINE'";
            case ENDED -> ended;
            case ON_TIME -> ended + " AND NOT " + late;
            case LATE -> ended + " AND " + late;
            case RESOLVED -> ended + " AND d.status <> 'STOPPED'";
            case WITHDRAWN -> event + "'WITHDRAW'";
            case APOLOGIES -> event + "'APOLOGY'";
            case RATED -> "SELECT r.dossier_id FROM dossier_rating r WHERE r.tenant_id = ? AND r.rated_at >= ? "
                    + "AND r.rated_at < ? AND ?::timestamptz IS NOT NULL";
            case OPEN_NOW -> open + "AND ?::timestamptz IS NOT NULL AND d.status IN ('RECEIVED', 'IN_PROGRESS', "
                    + "'WAITING_SUPPLEMENT', 'WAITING_FINANCIAL_OBLIGATION')";
            case OVERDUE_NOW -> open + "AND d.status IN ('RECEIVED', 'IN_PROGRESS') AND d.due_at < ?";
        };
        return sql + " LIMIT " + DRILL_LIMIT;
    }
}
