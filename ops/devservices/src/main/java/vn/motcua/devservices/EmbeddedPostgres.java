package vn.motcua.devservices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server started from Maven-packaged binaries (zonky), for the default run and for tests
 * on machines without a database or Docker. Works as root: zonky runs initdb in a user namespace.
 * <p>
 * The superuser {@code postgres} has a password and every connection (TCP and socket) authenticates with
 * SCRAM: initdb is given the password and {@code scram-sha-256}, and a data directory from an earlier version
 * (which trusted every local connection) gets the password and a rewritten {@code pg_hba.conf} at start.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    static final String PG_HBA = """
            # Written by MotCua at every start of the embedded server: passwords (SCRAM) for every connection.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            """;

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final String password;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, String password) {
        this.server = server;
        this.password = password;
    }

    /** A throw-away server (tests, benchmarks): a random superuser password, see {@link #password()}. */
    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, Secrets.random());
    }

    /**
     * Keeps its data in {@code dataDir} between runs (null: a temporary one); {@code port} 0 picks a free one.
     * {@code superuserPassword} must be the same on every run of one data directory (see {@link Secrets}).
     */
    public static EmbeddedPostgres start(Path dataDir, int port, String superuserPassword) throws IOException {
        if (superuserPassword == null || superuserPassword.isBlank()) {
            throw new IllegalArgumentException("the embedded PostgreSQL needs a superuser password");
        }
        Path pwfile = Files.createTempFile("motcua-pg", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(pwfile, superuserPassword + "\n", StandardCharsets.UTF_8);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // initdb (first run only): these come after zonky's "-A trust" and override it
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setConnectConfig("password", superuserPassword);
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = new EmbeddedPostgres(builder.start(), superuserPassword);
            try {
                pg.requirePasswords();
            } catch (SQLException e) {
                pg.close();
                throw new IOException("cannot secure the embedded PostgreSQL: " + e.getMessage(), e);
            }
            return pg;
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /**
     * Idempotent: the superuser's password, then {@code pg_hba.conf} requiring passwords, then a reload. On a data
     * directory initialised by an earlier version (trust), this is the step that closes it.
     */
    private void requirePasswords() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(adminUrl(), SUPERUSER, password)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT format('ALTER ROLE %I PASSWORD %L', ?, ?)")) {
                ps.setString(1, SUPERUSER);
                ps.setString(2, password);
                try (var rs = ps.executeQuery(); Statement st = c.createStatement()) {
                    rs.next();
                    st.execute("SET password_encryption = 'scram-sha-256'");
                    st.execute(rs.getString(1));
                }
            }
            String hbaFile;
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hbaFile = rs.getString(1);
            }
            Path hba = Path.of(hbaFile);
            if (!PG_HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
                Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_reload_conf()");
                }
            }
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The password of the superuser {@link #SUPERUSER}. */
    public String password() {
        return password;
    }

    /** JDBC URL of {@code database}, created if missing. Log in as {@link #SUPERUSER} with {@link #password()}. */
    public String jdbcUrl(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl(), SUPERUSER, password);
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            }
        }
        // Not zonky's getJdbcUrl: it carries ?user=postgres, which would override the app role's login.
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    private String adminUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
