package vn.motcua.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.EmbeddedS3;
import vn.motcua.devservices.Secrets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * When no database or S3 store is configured, starts embedded ones with their data under
 * MOTCUA_DATA_DIR (default {@code .motcua/}), so the product runs with nothing installed. Their secrets (the
 * PostgreSQL superuser's and both database roles' passwords, the S3 keys) are random, generated on the first run
 * into {@code <data dir>/secrets.properties} (mode 600) and reused afterwards.
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
        Secrets secrets = null;
        if (setting("DATASOURCES_DEFAULT_URL", "datasources.default.url", null) == null) {
            long start = System.nanoTime();
            secrets = Secrets.load(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0, secrets.get(Secrets.POSTGRES_PASSWORD));
            started.add(pg);
            System.setProperty("datasources.default.url", pg.jdbcUrl("motcua"));
            System.setProperty("datasources.default.username", EmbeddedPostgres.SUPERUSER);
            System.setProperty("datasources.default.password", pg.password());
            if (setting("MOTCUA_DB_APP_PASSWORD", "motcua.db.app-password", null) == null) {
                System.setProperty("motcua.db.app-password", secrets.get(Secrets.APP_PASSWORD));
            }
            if (setting("MOTCUA_DB_PROVINCE_PASSWORD", "motcua.db.province-password", null) == null) {
                System.setProperty("motcua.db.province-password", secrets.get(Secrets.PROVINCE_PASSWORD));
            }
            // this database is ours: its roles take the passwords above (also on a data directory from before)
            System.setProperty("motcua.db.set-role-passwords", "true");
            embeddedDatabase = true;
            LOG.info("Embedded PostgreSQL on port {} (data in {}) in {} ms", pg.port(), dataDir.resolve("postgres"),
                    (System.nanoTime() - start) / 1_000_000);
        }
        if (setting("MOTCUA_S3_ENDPOINT", "motcua.s3.endpoint", null) == null) {
            if (secrets == null) {
                secrets = Secrets.load(dataDir);
            }
            EmbeddedS3 s3 = EmbeddedS3.start(dataDir.resolve("s3"), 0,
                    secrets.get(Secrets.S3_ACCESS_KEY), secrets.get(Secrets.S3_SECRET_KEY));
            started.add(s3);
            System.setProperty("motcua.s3.endpoint", s3.endpoint().toString());
            System.setProperty("motcua.s3.access-key", s3.accessKey());
            System.setProperty("motcua.s3.secret-key", s3.secretKey());
            LOG.info("Embedded S3 store at {} (objects in {})", s3.endpoint(), dataDir.resolve("s3"));
        }
        if (setting("MOTCUA_API_TOKEN_SECRET", "motcua.api.token-secret", null) == null) {
            // one node: its own key, kept in the data directory; several nodes share MOTCUA_API_TOKEN_SECRET instead
            if (secrets == null) {
                secrets = Secrets.load(dataDir);
            }
            System.setProperty("motcua.api.token-secret", secrets.get(Secrets.API_TOKEN_SECRET));
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
