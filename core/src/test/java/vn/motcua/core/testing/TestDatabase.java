package vn.motcua.core.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import vn.motcua.devservices.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests, found by the chain of ARCHITECTURE.md: MOTCUA_TEST_DB_URL from the
 * environment (an account that may create databases) → Testcontainers when a Docker engine answers →
 * an embedded server started here. Each test class asks for a database of its own.
 */
public final class TestDatabase {
    /** The database roles' passwords in tests: random per run, like the embedded mode's. */
    public static final String APP_PASSWORD = vn.motcua.devservices.Secrets.random();
    public static final String PROVINCE_PASSWORD = vn.motcua.devservices.Secrets.random();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private record Server(String adminUrl, String username, String password, String source) {
    }

    private TestDatabase() {
    }

    private static synchronized Server server() {
        if (server == null) {
            server = start();
            System.out.println("[motcua-test] PostgreSQL from " + server.source());
        }
        return server;
    }

    private static Server start() {
        String url = System.getenv("MOTCUA_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, env("MOTCUA_TEST_DB_USERNAME", "postgres"), env("MOTCUA_TEST_DB_PASSWORD", ""), "environment");
        }
        if (dockerAnswers()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres[] started = new EmbeddedPostgres[1];
            // the folder is deleted at exit, after the server in it has stopped
            EmbeddedPostgres embedded = EmbeddedPostgres.start(TestFolders.create("motcua-test-pg", () -> {
                if (started[0] != null) {
                    started[0].close();
                }
            }), 0);
            started[0] = embedded;
            return new Server(embedded.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, embedded.password(), "embedded server");
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL for tests: " + e.getMessage(), e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** A new, empty database; returns its JDBC URL. */
    public static String newDatabase(String prefix) {
        Server s = server();
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
                .toLowerCase().replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.username(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return s.adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    public static String username() {
        return server().username();
    }

    public static String password() {
        return server().password();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
