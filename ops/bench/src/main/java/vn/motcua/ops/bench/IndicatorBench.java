package vn.motcua.ops.bench;

import io.micronaut.context.ApplicationContext;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.dossier.IndicatorTallies;
import vn.motcua.core.indicator.IndicatorService;
import vn.motcua.core.indicator.IndicatorWorkbook;
import vn.motcua.core.indicator.Period;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static vn.motcua.ops.bench.Figures.f;
import static vn.motcua.ops.bench.Figures.ms;
import static vn.motcua.ops.bench.Figures.pct;

/**
 * Indicator benchmark: the dossier benchmark's 148 centers and 1,000,000 generated dossiers, the daily tallies rebuilt
 * from them, then the province's dashboard and a center's (both through {@link IndicatorService}, for a month and for
 * the year) against the same on-time figures counted from the raw dossier rows, and the province's yearly workbook.
 *
 * <pre>java -cp ... vn.motcua.ops.bench.IndicatorBench [dossiers (1000000)] [calls (100)]</pre>
 */
public final class IndicatorBench {
    /** The on-time figures of every center counted from the raw rows, as the tallies have them. */
    private static final String RAW = """
            SELECT tenant_id,
                   count(*) FILTER (WHERE received_at >= ? AND received_at < ? AND status NOT IN ('SUBMITTED', 'REJECTED')),
                   count(*) FILTER (WHERE ended_at >= ? AND ended_at < ? AND status IN ('RESOLVED', 'RETURNED', 'STOPPED')
                                    AND NOT (counted_late OR ended_at > due_at)),
                   count(*) FILTER (WHERE ended_at >= ? AND ended_at < ? AND status IN ('RESOLVED', 'RETURNED', 'STOPPED')
                                    AND (counted_late OR ended_at > due_at))
            FROM dossier WHERE (received_at >= ? AND received_at < ?) OR (ended_at >= ? AND ended_at < ?) %s
            GROUP BY tenant_id""";

    private IndicatorBench() {
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (BenchApp app = BenchApp.start(4)) {
            run(app.context, dossiers, calls);
        }
    }

    private static void run(ApplicationContext context, int dossiers, int calls) throws Exception {
        long t0 = System.nanoTime();
        List<TenantId> centers = DossierBench.load(context, dossiers);
        System.out.println("dossier.generate: " + ms(t0) + " ms (" + dossiers + " dossiers, " + centers.size() + " centers)");
        BusinessTime time = context.getBean(BusinessTime.class);
        IndicatorTallies tallies = context.getBean(IndicatorTallies.class);
        // the generator ends some dossiers a few days ahead of today: count those days too, as the raw rows do
        LocalDate tomorrow = time.today().plusDays(30);
        long r0 = System.nanoTime();
        for (TenantId t : centers) {
            tallies.rebuildAll(t, tomorrow);
        }
        System.out.println("indicator.rebuild: " + ms(r0) + " ms (every day of " + centers.size() + " centers from the raw rows)");
        try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection()) {
            c.createStatement().execute("VACUUM (ANALYZE) indicator_day");
            c.createStatement().execute("VACUUM (ANALYZE) indicator_day_detail");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM indicator_day")) {
                rs.next();
                System.out.println("indicator.rows: " + rs.getLong(1) + " center-days");
            }
        }

        System.out.println("load average before the timed rounds: " + loadAverage());
        TenantId home = provincialCenter(context);
        CallContext it = new CallContext(home, new Actor(1L, "admin.bench", home), "Quản trị tỉnh", Role.PROVINCIAL_ADMIN,
                "Tỉnh", time.now());
        TenantId one = centers.get(7);
        CallContext director = new CallContext(one, new Actor(2L, "gd.bench", one), "Giám đốc", Role.DIRECTOR, "Xã", time.now());
        IndicatorService indicators = context.getBean(IndicatorService.class);
        Period month = Period.month(YearMonth.from(time.today()).minusMonths(1));
        Period year = Period.year(time.today().getYear());
        DataSource dataSource = context.getBean(DataSource.class);
        ProvincialScope scope = context.getBean(ProvincialScope.class);

        boolean pass = true;
        for (Period period : List.of(month, year)) {
            String name = period.kind() == Period.Kind.MONTH ? "month" : "year";
            double[] service = new double[calls];
            double[] raw = new double[calls];
            double[] center = new double[calls];
            double[] centerRaw = new double[calls];
            for (int i = -20; i < calls; i++) {
                long s = System.nanoTime();
                IndicatorService.ProvinceReport p = indicators.province(it, period);
                double a = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                long[] counted = scope.unaudited(() -> raw(dataSource, period, null));
                double b = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                IndicatorService.CenterReport r = indicators.center(director, period);
                double cs = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                long[] countedOne = context.getBean(vn.motcua.core.tenancy.TenantTransactions.class)
                        .read(one, () -> raw(dataSource, period, one.value()));
                double cr = (System.nanoTime() - s) / 1e6;
                if (i == -20) {
                    check(p.total().received(), counted[0], "province received, " + name);
                    check(p.total().onTimeOrEarly(), counted[1], "province on time, " + name);
                    check(p.total().late(), counted[2], "province late, " + name);
                    check(r.figures().received(), countedOne[0], "center received, " + name);
                    check(r.figures().onTimeOrEarly(), countedOne[1], "center on time, " + name);
                }
                if (i >= 0) {
                    service[i] = a;
                    raw[i] = b;
                    center[i] = cs;
                    centerRaw[i] = cr;
                }
            }
            java.util.Arrays.sort(service);
            java.util.Arrays.sort(raw);
            java.util.Arrays.sort(center);
            java.util.Arrays.sort(centerRaw);
            double p95 = pct(service, 95);
            double c95 = pct(center, 95);
            System.out.println("indicator.province." + name + ".p50/p95: " + f(pct(service, 50)) + " / " + f(p95) + " ms"
                    + " (target p95 < 100 ms: " + (p95 < 100 ? "PASS" : "FAIL") + ")");
            System.out.println("indicator.province." + name + ".raw.p50/p95: " + f(pct(raw, 50)) + " / " + f(pct(raw, 95))
                    + " ms (on-time figures only, counted from the dossier rows)");
            System.out.println("indicator.province." + name + ".rawOverTallies.p95: " + f(pct(raw, 95) / p95));
            System.out.println("indicator.center." + name + ".p50/p95: " + f(pct(center, 50)) + " / " + f(c95) + " ms"
                    + " (target p95 < 50 ms: " + (c95 < 50 ? "PASS" : "FAIL") + ")");
            System.out.println("indicator.center." + name + ".raw.p50/p95: " + f(pct(centerRaw, 50)) + " / " + f(pct(centerRaw, 95)) + " ms");
            System.out.println("indicator.center." + name + ".rawOverTallies.p95: " + f(pct(centerRaw, 95) / c95));
            pass &= p95 < 100 && c95 < 50;
        }

        double[] xlsx = new double[5];
        long bytes = 0;
        for (int i = 0; i < xlsx.length; i++) {
            long s = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IndicatorWorkbook.province(indicators.provinceExport(it, year), out);
            xlsx[i] = (System.nanoTime() - s) / 1e6;
            bytes = out.size();
        }
        java.util.Arrays.sort(xlsx);
        double worst = xlsx[xlsx.length - 1];
        System.out.println("indicator.xlsx.province.year: " + f(worst) + " ms worst of " + xlsx.length + ", " + bytes
                + " bytes (target < 3000 ms: " + (worst < 3000 ? "PASS" : "FAIL") + ")");
        pass &= worst < 3000;
        System.out.println("load average after: " + loadAverage());
        System.out.println("indicator.bench: " + (pass ? "PASS" : "FAIL"));
    }

    /** The 1, 5 and 15 minute load averages (Linux), to read the p95s against. */
    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void check(long tallied, long counted, String what) {
        if (tallied != counted) {
            throw new IllegalStateException(what + ": tallies " + tallied + " but the raw rows " + counted);
        }
    }

    private static long[] raw(DataSource dataSource, Period period, Long tenant) {
        Timestamp from = Timestamp.from(period.from().atStartOfDay(BusinessTime.ZONE).toInstant());
        Timestamp until = Timestamp.from(period.until().atStartOfDay(BusinessTime.ZONE).toInstant());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(RAW.formatted(tenant == null ? "" : "AND tenant_id = ?"))) {
            for (int i = 1; i <= 10; i += 2) {
                ps.setTimestamp(i, from);
                ps.setTimestamp(i + 1, until);
            }
            if (tenant != null) {
                ps.setLong(11, tenant);
            }
            long[] sums = new long[3];
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int k = 0; k < 3; k++) {
                        sums[k] += rs.getLong(k + 2);
                    }
                }
            }
            return sums;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TenantId provincialCenter(ApplicationContext context) {
        DataSource dataSource = context.getBean(DataSource.class);
        return TenantId.of(context.getBean(ProvincialScope.class).unaudited(() -> {
            try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                    "INSERT INTO service_center (code, name, type, province_code, province_name) "
                            + "VALUES ('BT-TINH', 'Tỉnh Phú Thọ', 'TINH', '25', 'Phú Thọ') RETURNING tenant_id")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

}
