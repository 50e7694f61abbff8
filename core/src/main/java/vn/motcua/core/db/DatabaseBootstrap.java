package vn.motcua.core.db;

import io.micronaut.context.annotation.Context;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Prepares the database before the application's pool opens: the restricted roles (created when
 * missing and the owner may create roles), the Liquibase migrations, and the table privileges.
 */
@Context
public class DatabaseBootstrap {
    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);

    // Liquibase logs every changeset through java.util.logging at INFO; a kept reference keeps the level
    private static final java.util.logging.Logger QUIET_LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    private final DatabaseSettings settings;

    public DatabaseBootstrap(DatabaseSettings settings) {
        this.settings = settings;
        long start = System.nanoTime();
        try (Connection owner = ownerConnection()) {
            ensureRoles(owner);
            migrate(owner);
            // Liquibase leaves the connection in manual-commit mode: the grants must not be rolled back on close.
            owner.setAutoCommit(true);
            grant(owner);
        } catch (SQLException | liquibase.exception.LiquibaseException e) {
            throw new IllegalStateException("Không chuẩn bị được cơ sở dữ liệu / database bootstrap failed: " + e.getMessage(), e);
        }
        LOG.info("Database ready in {} ms (app role {}, provincial role {})",
                (System.nanoTime() - start) / 1_000_000, settings.appRole(), settings.provinceRole());
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Connection ownerConnection() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.ownerUsername());
        if (settings.ownerPassword() != null && !settings.ownerPassword().isEmpty()) {
            props.setProperty("password", settings.ownerPassword());
        }
        return DriverManager.getConnection(settings.url(), props);
    }

    private void ensureRoles(Connection owner) throws SQLException {
        boolean canManageRoles = queryBoolean(owner,
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user");
        boolean appExists = roleExists(owner, settings.appRole());
        boolean provinceExists = roleExists(owner, settings.provinceRole());
        if (!canManageRoles && (!appExists || !provinceExists)) {
            throw new SQLException("roles " + settings.appRole() + " / " + settings.provinceRole()
                    + " are missing and " + settings.ownerUsername() + " may not create roles: create them as in README.md");
        }
        if (canManageRoles) {
            execFormatted(owner, appExists ? "ALTER ROLE %I LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS PASSWORD %L"
                    : "CREATE ROLE %I LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS PASSWORD %L", settings.appRole(), settings.appPassword());
            if (!provinceExists) {
                execFormatted(owner, "CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS", settings.provinceRole());
            }
            execFormatted(owner, "GRANT %I TO %I", settings.provinceRole(), settings.appRole());
        }
        boolean unsafe = queryBoolean(owner, "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = '"
                + settings.appRole().replace("'", "''") + "'");
        if (unsafe) {
            throw new SQLException("the app role " + settings.appRole() + " is superuser or BYPASSRLS: refusing to start");
        }
    }

    private void migrate(Connection owner) throws liquibase.exception.LiquibaseException {
        QUIET_LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(owner));
        Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
        liquibase.setChangeLogParameter("province_role", settings.provinceRole());
        liquibase.update(new Contexts(), new LabelExpression());
    }

    private void grant(Connection owner) throws SQLException {
        String roles = quote(settings.appRole()) + ", " + quote(settings.provinceRole());
        try (Statement st = owner.createStatement()) {
            st.execute("GRANT CONNECT ON DATABASE " + quote(currentDatabase(owner)) + " TO " + settings.appRole());
            st.execute("GRANT USAGE ON SCHEMA public TO " + roles);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + roles);
            try (ResultSet rs = owner.createStatement().executeQuery(
                    "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'databasechangelog%'")) {
                while (rs.next()) {
                    st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + rs.getString(1) + " TO " + roles);
                }
            }
        }
    }

    private static String currentDatabase(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void execFormatted(Connection c, String template, String... args) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT format(?");
        for (int i = 0; i < args.length; i++) {
            sql.append(", ?");
        }
        sql.append(')');
        String statement;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, template);
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 2, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                statement = rs.getString(1);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
