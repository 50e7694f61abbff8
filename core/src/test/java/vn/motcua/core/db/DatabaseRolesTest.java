package vn.motcua.core.db;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCenters;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two login roles as an attacker holding the tenant role's password would meet them: no way to become the
 * provincial role, no rewriting of the audit log, no writing of the shared tables; and every table's grants, read
 * from the catalog, are what its kind calls for.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRolesTest implements IntegrationTestProperties {
    private static final Set<String> FULL = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> APPEND = Set.of("SELECT", "INSERT");
    private static final Set<String> READ = Set.of("SELECT");

    @Inject
    DatabaseBootstrap bootstrap;
    @Inject
    DataSource dataSource;
    @Inject
    ProvincialScope province;
    @Inject
    TenantTransactions transactions;
    @Inject
    TransactionOperations<Connection> plainTransactions;

    @Test
    void theTenantRoleCannotSetRoleToTheProvincialRoleNorSeeAnyUserWithoutATenant() throws SQLException {
        TestCenters.create(province, dataSource, "ROLES-A");
        try (Connection app = appConnection(); Statement st = app.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.execute("SET ROLE " + settings().provinceRole()));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
            assertEquals(0, count(app, "SELECT count(*) FROM app_user"));
            assertEquals(0, count(app, "SELECT count(*) FROM service_center"));
        }
        try (Connection owner = bootstrap.ownerConnection()) {
            assertEquals(0, count(owner, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member"
                    + " WHERE u.rolname = '" + settings().appRole() + "'"), "the tenant role is a member of no role");
        }
    }

    @Test
    void theProvincialPathRunsOnTheProvincialRolesOwnLoginAndTenantWorkOnTheTenantRole() {
        String onProvincialPath = province.unaudited(() -> currentUser());
        assertEquals(settings().provinceRole(), onProvincialPath);
        TenantId tenant = TestCenters.create(province, dataSource, "ROLES-B");
        assertEquals(settings().appRole(), transactions.read(tenant, this::currentUser));
    }

    @Test
    void theProvincialPathCannotJoinATransactionOfTheTenantRole() {
        TenantId tenant = TestCenters.create(province, dataSource, "ROLES-C");
        assertThrows(IllegalStateException.class, () -> transactions.read(tenant, () -> province.unaudited(() -> 1)));
        // a transaction opened outside any tenant holds a tenant-pool connection too
        IllegalStateException plain = assertThrows(IllegalStateException.class,
                () -> plainTransactions.executeRead(status -> province.unaudited(this::currentUser)));
        assertEquals("the provincial path cannot join a transaction opened outside it", plain.getMessage());
    }

    @Test
    void theAuditLogIsAppendOnlyForBothRoles() throws SQLException {
        TenantId tenant = TestCenters.create(province, dataSource, "ROLES-D");
        try (Connection owner = bootstrap.ownerConnection(); Statement st = owner.createStatement()) {
            st.execute("INSERT INTO audit_log (tenant_id, action) VALUES (" + tenant.value() + ", 'SEEDED')");
        }
        try (Connection app = appConnection(); Connection prov = provinceConnection()) {
            try (Statement st = app.createStatement()) {
                st.execute("SELECT set_config('app.tenant_id', '" + tenant.value() + "', false)");
            }
            assertEquals(1, count(app, "SELECT count(*) FROM audit_log"), "the tenant role reads its own log");
            for (Connection c : List.of(app, prov)) {
                for (String sql : List.of("UPDATE audit_log SET detail = 'rewritten'", "DELETE FROM audit_log",
                        "TRUNCATE audit_log")) {
                    SQLException refused = assertThrows(SQLException.class, () -> c.createStatement().execute(sql), sql);
                    assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
                }
            }
        }
        try (Connection owner = bootstrap.ownerConnection()) {
            assertEquals(1, count(owner, "SELECT count(*) FROM audit_log WHERE tenant_id = " + tenant.value()
                    + " AND detail IS NULL"), "the entry is unchanged");
        }
    }

    @Test
    void theTenantRoleReadsTheSharedTablesButCannotWriteThem() throws SQLException {
        try (Connection app = appConnection(); Connection prov = provinceConnection()) {
            prov.createStatement().execute("INSERT INTO procedure (national_code, name, current_version) VALUES"
                    + " ('9.888888', 'Thủ tục thử', 1)");
            assertEquals(1, count(app, "SELECT count(*) FROM procedure WHERE national_code = '9.888888'"));
            for (String sql : List.of("INSERT INTO procedure (national_code, name, current_version) VALUES ('9.777777', 'x', 1)",
                    "UPDATE procedure SET name = 'x'", "DELETE FROM procedure")) {
                SQLException refused = assertThrows(SQLException.class, () -> app.createStatement().execute(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
            }
        }
    }

    /**
     * Read from the catalog, independently of the bootstrap: a table with a tenant_id column has forced row-level
     * security and full DML for both roles (the audit log: SELECT and INSERT only); any other table is shared:
     * SELECT for the tenant role, DML for the provincial role; Liquibase's own tables: nothing.
     */
    @Test
    void everyTableInTheCatalogHasTheGrantsOfItsKind() throws SQLException {
        try (Connection owner = bootstrap.ownerConnection()) {
            Map<String, String> problems = new TreeMap<>();
            int shared = 0;
            int tenant = 0;
            try (ResultSet rs = owner.createStatement().executeQuery("""
                    SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity,
                           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1""")) {
                List<Object[]> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(new Object[]{rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)});
                }
                for (Object[] t : tables) {
                    String table = (String) t[0];
                    boolean forced = (Boolean) t[1];
                    boolean hasTenant = (Boolean) t[2];
                    Set<String> app;
                    Set<String> prov;
                    if (table.startsWith("databasechangelog")) {
                        app = Set.of();
                        prov = Set.of();
                    } else if (hasTenant) {
                        tenant++;
                        if (!forced) {
                            problems.put(table, "has tenant_id but no forced row-level security");
                        }
                        app = table.equals("audit_log") ? APPEND : FULL;
                        prov = app;
                    } else {
                        shared++;
                        app = READ;
                        prov = FULL;
                    }
                    check(problems, owner, table, settings().appRole(), app);
                    check(problems, owner, table, settings().provinceRole(), prov);
                }
            }
            assertEquals(Map.of(), problems);
            assertTrue(tenant >= 13, "tenant tables: " + tenant);
            assertTrue(shared >= 9, "shared tables: " + shared);
        }
    }

    @Test
    void theStartTakesBackTheOldMembershipAndWiderGrants() throws SQLException {
        try (Connection owner = bootstrap.ownerConnection(); Statement st = owner.createStatement()) {
            st.execute("GRANT " + settings().provinceRole() + " TO " + settings().appRole());
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON procedure, audit_log TO " + settings().appRole());
        }
        new DatabaseBootstrap(settings());
        try (Connection owner = bootstrap.ownerConnection()) {
            Map<String, String> problems = new TreeMap<>();
            check(problems, owner, "procedure", settings().appRole(), READ);
            check(problems, owner, "audit_log", settings().appRole(), APPEND);
            assertEquals(Map.of(), problems);
            assertEquals(0, count(owner, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member"
                    + " WHERE u.rolname = '" + settings().appRole() + "'"));
        }
        try (Connection app = appConnection()) {
            assertThrows(SQLException.class, () -> app.createStatement().execute("SET ROLE " + settings().provinceRole()));
        }
    }

    private static void check(Map<String, String> problems, Connection owner, String table, String role, Set<String> expected)
            throws SQLException {
        Set<String> actual = new TreeSet<>();
        try (var ps = owner.prepareStatement("SELECT privilege_type FROM information_schema.role_table_grants"
                + " WHERE table_schema = 'public' AND table_name = ? AND grantee = ?")) {
            ps.setString(1, table);
            ps.setString(2, role);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actual.add(rs.getString(1));
                }
            }
        }
        if (!actual.equals(new TreeSet<>(expected))) {
            problems.merge(table, role + " has " + actual + ", expected " + new TreeSet<>(expected), (a, b) -> a + "; " + b);
        }
    }

    private String currentUser() {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DatabaseSettings settings() {
        return bootstrap.settings();
    }

    private Connection appConnection() throws SQLException {
        return DriverManager.getConnection(settings().url(), settings().appRole(), settings().appPassword());
    }

    private Connection provinceConnection() throws SQLException {
        return DriverManager.getConnection(settings().url(), settings().provinceRole(), settings().provincePassword());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
