package vn.motcua.tenants.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import vn.motcua.core.dossier.IndicatorTallies;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A center's indicator tallies ({@code indicator_day} per day, {@code indicator_day_detail} per day, procedure and
 * channel) as stored, against a full rebuild from its dossier rows over every day that can hold one: the rebuild runs
 * in a provincial transaction that is rolled back, so the check changes nothing.
 */
public final class TallyCheck {
    /** Wider than any date a dossier row can carry, so that the rebuild misses no event. */
    static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 1, 1);

    private final ProvincialScope province;
    private final JdbcOperations jdbc;
    private final IndicatorTallies tallies;

    public TallyCheck(ApplicationContext context) {
        province = context.getBean(ProvincialScope.class);
        jdbc = context.getBean(JdbcOperations.class);
        tallies = context.getBean(IndicatorTallies.class);
    }

    /** The stored and the rebuilt tallies of one center, each row printed with its non-zero counts. */
    public record Compared(List<String> stored, List<String> rebuilt) {
    }

    /** Fails, naming the rows, where a center's stored tallies differ from the rebuild; returns the stored rows. */
    public List<String> assertStoredEqualsRebuild(String who, long center) {
        Compared c = compare(center);
        assertEquals(c.rebuilt(), c.stored(), who + ": the stored tallies are what a full rebuild from the rows gives");
        return c.stored();
    }

    /** The sum of one column over the daily totals ({@code indicator_day} rows) of {@link #assertStoredEqualsRebuild}. */
    public static long sum(List<String> rows, String column) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(" " + column + "=(\\d+)(,|$)");
        return rows.stream().filter(r -> r.startsWith("indicator_day ")).mapToLong(r -> {
            java.util.regex.Matcher m = p.matcher(r);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }).sum();
    }

    public Compared compare(long center) {
        TenantId tenant = TenantId.of(center);
        try {
            province.unaudited(() -> {
                List<String> stored = rows(center);
                tallies.recount(tenant, FIRST, LAST);
                throw new Rollback(new Compared(stored, rows(center)));
            });
            throw new IllegalStateException("unreachable");
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Rollback r) {
                    return r.compared;
                }
            }
            throw e;
        }
    }

    private List<String> rows(long center) {
        List<String> rows = new ArrayList<>();
        rows.addAll(query("indicator_day", "day", center, 2));
        rows.addAll(query("indicator_day_detail", "day, procedure_code, channel", center, 4));
        return rows;
    }

    /** Each row as "key … : column=n, …" with its first {@code keys} columns (tenant and the day, …) as the key. */
    private List<String> query(String table, String order, long center, int keys) {
        return jdbc.prepareStatement("SELECT * FROM " + table + " WHERE tenant_id = ? ORDER BY " + order, ps -> {
            ps.setLong(1, center);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    out.add(printed(table, rs, meta, keys));
                }
            }
            return out;
        });
    }

    private static String printed(String table, ResultSet rs, ResultSetMetaData meta, int keys) throws SQLException {
        StringBuilder line = new StringBuilder(table).append(' ');
        for (int i = 2; i <= keys; i++) {
            line.append(rs.getString(i)).append(i == keys ? ":" : " ");
        }
        for (int i = keys + 1; i <= meta.getColumnCount(); i++) {
            long n = rs.getLong(i);
            if (n != 0) {
                line.append(line.charAt(line.length() - 1) == ':' ? " " : ", ").append(meta.getColumnName(i)).append('=').append(n);
            }
        }
        return line.toString();
    }

    private static final class Rollback extends RuntimeException {
        final transient Compared compared;

        Rollback(Compared compared) {
            super("rolls the check's rebuild back", null, false, false);
            this.compared = compared;
        }
    }
}
