package vn.motcua.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server started from Maven-packaged binaries (zonky), for the default run and for tests
 * on machines without a database or Docker. Works as root: zonky runs initdb in a user namespace.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /** Keeps its data in {@code dataDir} between runs; {@code port} 0 picks a free one. */
    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return new EmbeddedPostgres(builder.start());
    }

    public int port() {
        return server.getPort();
    }

    /** JDBC URL of {@code database}, created if missing. The superuser is {@code postgres} without password. */
    public String jdbcUrl(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            }
        }
        // Not zonky's getJdbcUrl: it carries ?user=postgres, which would override the app role's login.
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
