package vn.motcua.core.db;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application's pool gives up instead of hanging: statements are cancelled after the configured time. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolTimeoutsTest implements IntegrationTestProperties {
    @Inject
    javax.sql.DataSource dataSource;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("motcua.db.statement-timeout", "1s", "motcua.db.connection-timeout", "3s");
    }

    @Test
    void aStatementRunningLongerThanTheConfiguredTimeoutIsCancelledByPostgreSQL() throws SQLException {
        javax.sql.DataSource pool = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SHOW statement_timeout")) {
                rs.next();
                assertEquals("1s", rs.getString(1));
            }
            long start = System.nanoTime();
            SQLException cancelled = assertThrows(SQLException.class, () -> st.execute("SELECT pg_sleep(10)"));
            assertEquals("57014", cancelled.getSQLState(), cancelled.getMessage());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 8_000, "cancelled well before the sleep ends");
        }
    }

    @Test
    void theConnectionTimeoutIsTheConfiguredOne() {
        var hikari = new com.zaxxer.hikari.HikariConfig();
        DataSourceFactory.applyTimeouts(hikari, java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(1));
        assertEquals(3_000, hikari.getConnectionTimeout());
        assertEquals("3", hikari.getDataSourceProperties().getProperty("connectTimeout"));
        assertEquals("-c statement_timeout=1000", hikari.getDataSourceProperties().getProperty("options"));
        DataSourceFactory.applyTimeouts(hikari = new com.zaxxer.hikari.HikariConfig(), java.time.Duration.ofSeconds(10),
                java.time.Duration.ZERO);
        assertTrue(hikari.getDataSourceProperties().getProperty("options") == null, "0 = no statement timeout");
    }
}
