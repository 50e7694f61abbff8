package vn.motcua.ops.bench;

import static vn.motcua.ops.bench.Figures.ms;
import static vn.motcua.ops.bench.Figures.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Page;
import vn.motcua.core.context.Actor;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogQuery;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.db.DatabaseSettings;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.text.SearchKey;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.Secrets;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Catalog benchmark: imports the full national catalog (2,642 procedures) into a fresh embedded
 * PostgreSQL, re-imports it unchanged, then runs 1,000 realistic searches through {@link CatalogService}
 * and the same SQL by hand over plain JDBC, and prints the timings.
 *
 * <pre>java -cp ... vn.motcua.ops.bench.CatalogSearchBench [national-portal-2642.jsonl]</pre>
 */
public final class CatalogSearchBench {
    private static final int SEARCHES = 1_000;
    private static final int WARMUP = 200;
    private static final int PAGE_SIZE = 20;
    /** What people type: names without diacritics, in any order, codes, and a few filters. */
    private static final List<CatalogQuery> QUERIES = List.of(
            CatalogQuery.text("cap giay phep xay dung"),
            CatalogQuery.text("dang ky khai sinh"),
            CatalogQuery.text("ket hon dang ky"),
            CatalogQuery.text("chung thuc ban sao"),
            CatalogQuery.text("ho kinh doanh"),
            CatalogQuery.text("dat dai bien dong"),
            CatalogQuery.text("1.001193"),
            CatalogQuery.text("2.000"),
            CatalogQuery.text("tro cap xa hoi"),
            CatalogQuery.text("giấy phép"),
            new CatalogQuery("dang ky", null, Level.COMMUNE, null),
            new CatalogQuery(null, "Hộ tịch", null, null),
            new CatalogQuery(null, null, Level.COMMUNE, null),
            CatalogQuery.text(null));

    private static final String RAW_WHERE = """
             WHERE procedure_.search_key LIKE ALL (string_to_array(?, '|'))
               AND (CAST(? AS text) IS NULL OR procedure_.field = ?)
               AND (CAST(? AS text) IS NULL OR position(CAST(? AS text) in procedure_.levels) > 0)
               AND (CAST(? AS text) IS NULL OR procedure_.online_level = ?)""";
    private static final String RAW_PAGE = "SELECT procedure_.* FROM procedure procedure_ " + RAW_WHERE
            + " ORDER BY procedure_.national_code ASC LIMIT " + PAGE_SIZE + " OFFSET 0";
    private static final String RAW_COUNT = "SELECT count(*) FROM procedure procedure_ " + RAW_WHERE;

    private CatalogSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/procedures/national-portal-2642.jsonl");
        if (!Files.isRegularFile(file)) {
            System.err.println("national catalog not found: " + file.toAbsolutePath() + " (pass its path as argument)");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("motcua-bench-pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(data, 0);
             ApplicationContext context = ApplicationContext.run(Map.of(
                     "datasources.default.url", pg.jdbcUrl("motcua_bench"),
                     "datasources.default.username", EmbeddedPostgres.SUPERUSER,
                     "datasources.default.password", pg.password(),
                     "motcua.db.app-password", Secrets.random(),
                     "motcua.db.province-password", Secrets.random(),
                     "motcua.db.pool-size", "4",
                     "motcua.s3.endpoint", "http://localhost:1",
                     "motcua.s3.access-key", "unused",
                     "motcua.s3.secret-key", "unused"))) {
            run(context, file);
        }
    }

    private static void run(ApplicationContext context, Path file) throws Exception {
        CatalogImportService importer = context.getBean(CatalogImportService.class);
        CatalogService catalog = context.getBean(CatalogService.class);
        DatabaseSettings settings = context.getBean(DatabaseSettings.class);
        Actor actor = Actor.system("bench");
        TenantId auditTenant = TenantId.of(1);
        long size = Files.size(file);

        long t0 = System.nanoTime();
        CatalogImportOutcome full;
        try (InputStream in = Files.newInputStream(file)) {
            full = importer.importFile(vn.motcua.core.context.CallContext.system(auditTenant, actor.username(), context.getBean(vn.motcua.core.context.BusinessTime.class).now()), file.getFileName().toString(), in, size, null);
        }
        long fullMs = ms(t0);
        if (!full.applied()) {
            throw new IllegalStateException("import refused:\n" + full.report());
        }
        // of the procedures communes serve, how many a machine can use (countable deadline, fee, checklist, forms) and
        // how many deadlines have an assumed unit: the completeness page's own reading, timed
        vn.motcua.core.context.CallContext it = vn.motcua.core.context.CallContext.system(auditTenant, actor.username(),
                context.getBean(vn.motcua.core.context.BusinessTime.class).now());
        vn.motcua.core.catalog.CatalogCompleteness completeness = context.getBean(vn.motcua.core.catalog.CatalogCompleteness.class);
        completeness.coverage(it);
        long c0 = System.nanoTime();
        completeness.coverage(it).lines().forEach(System.out::println);
        System.out.println("catalog.completeness.read: " + ms(c0) + " ms (every procedure communes serve, as the completeness page reads it)");
        System.out.println("catalog.import.full: " + fullMs + " ms (" + full.summaryVi() + ", "
                + String.format(Locale.ROOT, "%.1f", size / 1048576.0) + " MB)");

        t0 = System.nanoTime();
        CatalogImportOutcome again;
        try (InputStream in = Files.newInputStream(file)) {
            again = importer.importFile(vn.motcua.core.context.CallContext.system(auditTenant, actor.username(), context.getBean(vn.motcua.core.context.BusinessTime.class).now()), file.getFileName().toString(), in, size, null);
        }
        System.out.println("catalog.import.unchanged: " + ms(t0) + " ms (" + again.summaryVi() + ")");

        // service layer: what a screen calls (a page of 20 and the total)
        for (int i = 0; i < WARMUP; i++) {
            service(catalog, QUERIES.get(i % QUERIES.size()));
        }
        double[] service = new double[SEARCHES];
        long hits = 0;
        for (int i = 0; i < SEARCHES; i++) {
            long s = System.nanoTime();
            hits += service(catalog, QUERIES.get(i % QUERIES.size())).getTotalSize();
            service[i] = (System.nanoTime() - s) / 1e6;
        }

        // the same SQL by hand: one connection as the application role, prepared statements reused
        double[] raw = new double[SEARCHES];
        long rawHits = 0;
        try (Connection c = DriverManager.getConnection(settings.url(), settings.appRole(), settings.appPassword());
             PreparedStatement page = c.prepareStatement(RAW_PAGE);
             PreparedStatement count = c.prepareStatement(RAW_COUNT)) {
            c.setReadOnly(true);
            for (int i = 0; i < WARMUP; i++) {
                raw(page, count, QUERIES.get(i % QUERIES.size()));
            }
            for (int i = 0; i < SEARCHES; i++) {
                long s = System.nanoTime();
                rawHits += raw(page, count, QUERIES.get(i % QUERIES.size()));
                raw[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        if (hits != rawHits) {
            throw new IllegalStateException("service and raw SQL disagree: " + hits + " vs " + rawHits + " hits");
        }
        report("catalog.search", service, raw);
        System.out.println("(" + SEARCHES + " searches each over " + catalog.count() + " procedures, "
                + QUERIES.size() + " queries in turn, page of " + PAGE_SIZE + " + total)");
    }

    private static Page<Procedure> service(CatalogService catalog, CatalogQuery q) {
        return catalog.search(q, 0, PAGE_SIZE, "nationalCode", true);
    }

    private static long raw(PreparedStatement page, PreparedStatement count, CatalogQuery q) throws Exception {
        bind(page, q);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong("id"));
                rs.getString("name");
                rs.getString("national_code");
            }
        }
        bind(count, q);
        try (ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void bind(PreparedStatement ps, CatalogQuery q) throws Exception {
        String field = q.field();
        String level = q.level() == null ? null : q.level().name();
        String online = q.onlineLevel() == null ? null : q.onlineLevel().name();
        ps.setString(1, SearchKey.likeAll(q.text()));
        ps.setString(2, field);
        ps.setString(3, field);
        ps.setString(4, level);
        ps.setString(5, level);
        ps.setString(6, online);
        ps.setString(7, online);
    }
}
