package vn.motcua.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.EmbeddedS3;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * When no database or S3 store is configured, starts embedded ones with their data under
 * MOTCUA_DATA_DIR (default {@code .motcua/}), so the product runs with nothing installed.
 */
final class EmbeddedDefaults {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDefaults.class);
    private final List<AutoCloseable> started = new ArrayList<>();
    private boolean embeddedDatabase;

    boolean embeddedDatabase() {
        return embeddedDatabase;
    }

    void applyIfNeeded() throws Exception {
        Path dataDir = Path.of(setting("MOTCUA_DATA_DIR", "motcua.data-dir", ".motcua")).toAbsolutePath();
        if (setting("DATASOURCES_DEFAULT_URL", "datasources.default.url", null) == null) {
            long start = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0);
            started.add(pg);
            System.setProperty("datasources.default.url", pg.jdbcUrl("motcua"));
            System.setProperty("datasources.default.username", "postgres");
            System.setProperty("datasources.default.password", "");
            embeddedDatabase = true;
            LOG.info("Embedded PostgreSQL on port {} (data in {}) in {} ms", pg.port(), dataDir.resolve("postgres"),
                    (System.nanoTime() - start) / 1_000_000);
        }
        if (setting("MOTCUA_S3_ENDPOINT", "motcua.s3.endpoint", null) == null) {
            EmbeddedS3 s3 = EmbeddedS3.start(dataDir.resolve("s3"), 0);
            started.add(s3);
            System.setProperty("motcua.s3.endpoint", s3.endpoint().toString());
            System.setProperty("motcua.s3.access-key", EmbeddedS3.ACCESS_KEY);
            System.setProperty("motcua.s3.secret-key", EmbeddedS3.SECRET_KEY);
            LOG.info("Embedded S3 store at {} (objects in {})", s3.endpoint(), dataDir.resolve("s3"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "motcua-embedded-shutdown"));
    }

    private void close() {
        for (AutoCloseable service : started) {
            try {
                service.close();
            } catch (Exception e) {
                LOG.warn("Could not stop {}: {}", service, e.getMessage());
            }
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
