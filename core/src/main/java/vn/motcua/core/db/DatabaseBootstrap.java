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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Prepares the database before the application's pools open: the two restricted login roles (created when
 * missing and the owner may create roles; the tenant role a member of no role), the Liquibase migrations, and the
 * table privileges derived from the catalog. Refuses to start without the roles' own passwords.
 */
@Context
public class DatabaseBootstrap {
    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);

    // Liquibase logs every changeset through java.util.logging at INFO; a kept reference keeps the level
    private static final java.util.logging.Logger QUIET_LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    /**
     * The Liquibase context every start applies. Liquibase runs <em>every</em> changeset when it is given no context,
     * so the start always names one: changesets without a context run as before, those marked {@code citus}
     * (migration 024, the Citus distribution) run only when {@code motcua.db.contexts} adds {@code citus}.
     */
    public static final String DEFAULT_CONTEXT = "motcua";

    private final DatabaseSettings settings;
    private final String contexts;

    public DatabaseBootstrap(DatabaseSettings settings) {
        this(settings, DEFAULT_CONTEXT);
    }

    /** @param contexts {@code motcua.db.contexts} ({@code MOTCUA_DB_CONTEXTS}): e.g. {@code citus} on a Citus coordinator */
    @jakarta.inject.Inject
    public DatabaseBootstrap(DatabaseSettings settings, @io.micronaut.context.annotation.Value("${motcua.db.contexts:}") String contexts) {
        this.settings = settings;
        this.contexts = contexts == null || contexts.isBlank() ? DEFAULT_CONTEXT : DEFAULT_CONTEXT + "," + contexts.strip();
        settings.requireOwnPasswords();
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
            ensureLoginRole(owner, settings.appRole(), settings.appPassword(), appExists);
            ensureLoginRole(owner, settings.provinceRole(), settings.provincePassword(), provinceExists);
            // before 2026-11 the tenant role was granted the provincial one (SET ROLE): that grant goes
            for (String granted : memberships(owner, settings.appRole())) {
                execFormatted(owner, "REVOKE %I FROM %I", granted, settings.appRole());
                LOG.warn("Revoked membership of {} in {}: the tenant role may not become another role", settings.appRole(), granted);
            }
        }
        for (String role : new String[]{settings.appRole(), settings.provinceRole()}) {
            if (queryBoolean(owner, "SELECT rolsuper OR rolbypassrls OR NOT rolcanlogin FROM pg_roles WHERE rolname = "
                    + literal(role))) {
                throw new SQLException("the role " + role + " is superuser, BYPASSRLS or cannot log in: refusing to start");
            }
        }
        List<String> left = memberships(owner, settings.appRole());
        if (!left.isEmpty()) {
            throw new SQLException("the tenant role " + settings.appRole() + " is a member of " + left
                    + " and could SET ROLE to it: REVOKE it (README.md), refusing to start");
        }
    }

    /**
     * A missing role is created with its password; an existing one keeps the password a DBA gave it, unless
     * {@code motcua.db.set-role-passwords} says otherwise or it could not log in before (the provincial role of
     * earlier versions was NOLOGIN, without password).
     */
    private void ensureLoginRole(Connection owner, String role, String password, boolean exists) throws SQLException {
        if (!exists) {
            execFormatted(owner, "CREATE ROLE %I LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS PASSWORD %L", role, password);
            LOG.info("Created database role {}", role);
            return;
        }
        boolean couldLogin = queryBoolean(owner, "SELECT rolcanlogin FROM pg_roles WHERE rolname = " + literal(role));
        execFormatted(owner, "ALTER ROLE %I LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS", role);
        if (settings.setRolePasswords() || !couldLogin) {
            execFormatted(owner, "ALTER ROLE %I PASSWORD %L", role, password);
            LOG.info("Set the password of database role {}", role);
        }
    }

    private static List<String> memberships(Connection c, String member) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                + " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? ORDER BY 1")) {
            ps.setString(1, member);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
        }
        return roles;
    }

    private void migrate(Connection owner) throws liquibase.exception.LiquibaseException {
        QUIET_LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(owner));
        Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
        liquibase.setChangeLogParameter("province_role", settings.provinceRole());
        liquibase.update(new Contexts(contexts), new LabelExpression());
    }

    /**
     * Table privileges from the catalog, at every start (so earlier, wider grants are taken back): a tenant table
     * (row-level security forced) gets full DML for both roles, except the append-only audit log (SELECT, INSERT);
     * a shared table (no RLS: catalog, calendars, default workflows, imports) is read-only for the tenant role and
     * written only through the provincial role. One transaction: another instance never sees a table without grants.
     */
    private void grant(Connection owner) throws SQLException {
        String app = quote(settings.appRole());
        String province = quote(settings.provinceRole());
        owner.setAutoCommit(false);
        try (Statement st = owner.createStatement()) {
            st.execute("GRANT CONNECT ON DATABASE " + quote(currentDatabase(owner)) + " TO " + app + ", " + province);
            st.execute("GRANT USAGE ON SCHEMA public TO " + app + ", " + province);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + app + ", " + province);
            for (TableKind table : tables(owner)) {
                String name = quote(table.name());
                st.execute("REVOKE ALL ON " + name + " FROM " + app + ", " + province);
                if (table.name().startsWith("databasechangelog")) {
                    continue;
                }
                st.execute("GRANT " + String.join(", ", privileges(table.name(), table.tenantTable(), false)) + " ON " + name + " TO " + app);
                st.execute("GRANT " + String.join(", ", privileges(table.name(), table.tenantTable(), true)) + " ON " + name + " TO " + province);
            }
            owner.commit();
        } catch (SQLException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(true);
        }
    }

    /** Tables only ever appended to by the application (no UPDATE, no DELETE for either role). */
    public static final Set<String> APPEND_ONLY_TABLES = Set.of("audit_log");

    /** The privileges of the tenant role ({@code provincial} false) or the provincial role on a table. */
    public static List<String> privileges(String table, boolean tenantTable, boolean provincial) {
        if (APPEND_ONLY_TABLES.contains(table)) {
            return List.of("SELECT", "INSERT");
        }
        if (!tenantTable && !provincial) {
            return List.of("SELECT");
        }
        return List.of("SELECT", "INSERT", "UPDATE", "DELETE");
    }

    private record TableKind(String name, boolean tenantTable) {
    }

    private static List<TableKind> tables(Connection c) throws SQLException {
        List<TableKind> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1")) {
            while (rs.next()) {
                tables.add(new TableKind(rs.getString(1), rs.getBoolean(2)));
            }
        }
        return tables;
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

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
