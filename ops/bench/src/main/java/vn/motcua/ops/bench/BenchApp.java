package vn.motcua.ops.bench;

import io.micronaut.context.ApplicationContext;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.EmbeddedS3;
import vn.motcua.devservices.Secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/**
 * What the database benchmarks start on: an embedded PostgreSQL and S3 store in fresh temporary folders and the
 * application's beans on them (a superuser owner, random role passwords, the given pool size). Closing stops all three
 * and deletes the folders (~2.7 GB at 1M dossiers: not left behind in /tmp); {@code MOTCUA_BENCH_KEEP_DB} keeps the
 * database's folder for EXPLAIN sessions.
 */
final class BenchApp implements AutoCloseable {
    final ApplicationContext context;
    private final EmbeddedS3 s3;
    private final EmbeddedPostgres pg;
    private final Path data;
    private final Path objects;

    private BenchApp(Path data, Path objects, EmbeddedS3 s3, EmbeddedPostgres pg, ApplicationContext context) {
        this.data = data;
        this.objects = objects;
        this.s3 = s3;
        this.pg = pg;
        this.context = context;
    }

    static BenchApp start(int poolSize) throws Exception {
        Path data = Files.createTempDirectory("motcua-bench-pg");
        Path objects = Files.createTempDirectory("motcua-bench-s3");
        EmbeddedS3 s3 = null;
        EmbeddedPostgres pg = null;
        try {
            s3 = EmbeddedS3.start(objects, 0);
            pg = EmbeddedPostgres.start(data, 0);
            ApplicationContext context = ApplicationContext.run(Map.ofEntries(
                    Map.entry("datasources.default.url", pg.jdbcUrl("motcua_bench")),
                    Map.entry("datasources.default.username", EmbeddedPostgres.SUPERUSER),
                    Map.entry("datasources.default.password", pg.password()),
                    Map.entry("motcua.db.app-password", Secrets.random()),
                    Map.entry("motcua.db.province-password", Secrets.random()),
                    Map.entry("motcua.db.pool-size", String.valueOf(poolSize)),
                    Map.entry("motcua.s3.endpoint", s3.endpoint().toString()),
                    Map.entry("motcua.s3.bucket", "motcua-bench"),
                    Map.entry("motcua.s3.access-key", s3.accessKey()),
                    Map.entry("motcua.s3.secret-key", s3.secretKey())));
            return new BenchApp(data, objects, s3, pg, context);
        } catch (Exception e) {
            try (EmbeddedS3 a = s3; EmbeddedPostgres b = pg) {
                deleteTree(data);
                deleteTree(objects);
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try (EmbeddedS3 a = s3; EmbeddedPostgres b = pg; ApplicationContext c = context) {
            // closed in reverse order: the application first, then the database and the store
        } finally {
            if (System.getenv("MOTCUA_BENCH_KEEP_DB") != null) {
                // for EXPLAIN sessions on the generated rows: start it again with pg_ctl -D <folder>
                System.out.println("bench.database kept in " + data + " (superuser postgres, password " + pg.password() + ")");
            } else {
                deleteTree(data);
            }
            deleteTree(objects);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
