package vn.motcua.core.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.Secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded mode publishes no secret: they are generated into the data directory (owner-only) on the first run
 * and reused, and the embedded PostgreSQL asks every connection for a password, also on a data directory that an
 * earlier version initialised with {@code trust}.
 */
class EmbeddedSecretsTest {
    @TempDir
    Path dataDir;

    @Test
    void secretsAreGeneratedOnceIntoAnOwnerOnlyFileAndReused() throws Exception {
        Secrets first = Secrets.load(dataDir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));
        for (String name : new String[]{Secrets.POSTGRES_PASSWORD, Secrets.APP_PASSWORD, Secrets.PROVINCE_PASSWORD,
                Secrets.S3_ACCESS_KEY, Secrets.S3_SECRET_KEY}) {
            assertTrue(first.get(name).length() >= 32, name);
        }
        assertNotEquals(first.get(Secrets.APP_PASSWORD), first.get(Secrets.PROVINCE_PASSWORD));
        Secrets again = Secrets.load(dataDir);
        assertEquals(first.get(Secrets.POSTGRES_PASSWORD), again.get(Secrets.POSTGRES_PASSWORD));
        assertEquals(first.get(Secrets.S3_SECRET_KEY), again.get(Secrets.S3_SECRET_KEY));
        assertNotEquals(first.get(Secrets.S3_SECRET_KEY), Secrets.load(dataDir.resolve("other")).get(Secrets.S3_SECRET_KEY));
    }

    @Test
    void theEmbeddedPostgresqlRefusesConnectionsWithoutThePasswordAlsoOnAnOldTrustDataDirectory() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        // as versions before 2026-11 left it: initdb -A trust, superuser without password
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(pgData).setCleanDataDirectory(false).start()) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + old.getPort() + "/postgres",
                    "postgres", "")) {
                assertTrue(c.isValid(2), "trust: no password needed");
            }
        }
        String password = Secrets.load(dataDir).get(Secrets.POSTGRES_PASSWORD);
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(pgData, 0, password)) {
            String url = pg.jdbcUrl("postgres");
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "").close());
            SQLException wrong = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "guess").close());
            assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
            try (Connection c = DriverManager.getConnection(url, "postgres", password)) {
                assertTrue(c.isValid(2));
            }
        }
        // the next run of the same data directory starts with the same password
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(pgData, 0, password);
             Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", password)) {
            assertTrue(c.isValid(2));
        }
    }

    @Test
    void aFreshEmbeddedPostgresqlAsksForThePasswordFromItsFirstStart() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir.resolve("fresh"), 0, "first-run-secret")) {
            String url = pg.jdbcUrl("postgres");
            SQLException wrong = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "guess").close());
            assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
            try (Connection c = DriverManager.getConnection(url, "postgres", "first-run-secret")) {
                assertTrue(c.isValid(2));
            }
        }
    }
}
