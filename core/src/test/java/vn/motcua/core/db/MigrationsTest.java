package vn.motcua.core.db;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema comes from an empty database through Liquibase alone, and applying it again changes nothing. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsTest implements IntegrationTestProperties {
    @Inject
    DatabaseBootstrap bootstrap;

    @Test
    void migrationsApplyFromAnEmptyDatabaseAndAreIdempotent() throws SQLException {
        long applied = count("SELECT count(*) FROM databasechangelog");
        assertTrue(applied >= 6, "changesets applied: " + applied);
        long tables = count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
        new DatabaseBootstrap(bootstrap.settings());
        assertEquals(applied, count("SELECT count(*) FROM databasechangelog"));
        assertEquals(tables, count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void theSearchKeyIgnoresDiacriticsAndCase() throws SQLException {
        try (Connection c = bootstrap.ownerConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT motcua_search_key('Đào Xá, Cấp GIẤY PHÉP')")) {
            rs.next();
            assertEquals("dao xa, cap giay phep", rs.getString(1));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = bootstrap.ownerConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
