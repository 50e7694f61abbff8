package vn.motcua.core.db;

import org.junit.jupiter.api.Test;
import vn.motcua.core.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outside the embedded demo nobody else's password is set at start: the start refuses a missing or published
 * password (naming the variable), creates a missing role with the given password, and leaves the password of an
 * existing role as a DBA set it unless {@code motcua.db.set-role-passwords} says otherwise.
 */
class RolePasswordsTest {
    private static final String RUN = Long.toString(ProcessHandle.current().pid());

    private static DatabaseSettings settings(String url, String suffix, String appPassword, String provincePassword,
                                             boolean setRolePasswords) {
        return new DatabaseSettings(url, TestDatabase.username(), TestDatabase.password(), "t_app_" + suffix + RUN,
                appPassword, "t_province_" + suffix + RUN, provincePassword, setRolePasswords, 2, 1);
    }

    @Test
    void aMissingOrPublishedPasswordStopsTheStartWithAMessageNamingTheVariable() {
        String url = "jdbc:postgresql://127.0.0.1:1/unused";
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new DatabaseBootstrap(settings(url, "a", "", "province-secret", false)));
        assertTrue(missing.getMessage().contains("Chưa đặt MOTCUA_DB_APP_PASSWORD"), missing.getMessage());
        assertTrue(missing.getMessage().contains("MOTCUA_DB_APP_PASSWORD (the password of database role"), missing.getMessage());
        IllegalStateException published = assertThrows(IllegalStateException.class,
                () -> new DatabaseBootstrap(settings(url, "a", "motcua_app_dev", "province-secret", false)));
        assertTrue(published.getMessage().contains("MOTCUA_DB_APP_PASSWORD is the published default password"), published.getMessage());
        IllegalStateException province = assertThrows(IllegalStateException.class,
                () -> new DatabaseBootstrap(settings(url, "a", "app-secret", " ", false)));
        assertTrue(province.getMessage().contains("MOTCUA_DB_PROVINCE_PASSWORD"), province.getMessage());
        IllegalStateException same = assertThrows(IllegalStateException.class,
                () -> new DatabaseBootstrap(settings(url, "a", "same-secret", "same-secret", false)));
        assertTrue(same.getMessage().contains("must differ"), same.getMessage());
    }

    @Test
    void anExistingRoleKeepsThePasswordItsDbaSetUnlessToldOtherwise() throws SQLException {
        String url = TestDatabase.newDatabase("t_role_passwords");
        DatabaseSettings first = settings(url, "b", "app-first", "province-first", false);
        DatabaseBootstrap bootstrap = new DatabaseBootstrap(first);
        assertLogsIn(url, first.appRole(), "app-first");
        assertLogsIn(url, first.provinceRole(), "province-first");
        try (Connection owner = bootstrap.ownerConnection(); Statement st = owner.createStatement()) {
            st.execute("ALTER ROLE " + first.appRole() + " PASSWORD 'set-by-the-dba'");
        }

        // a start with other passwords (its pools would then fail to log in) does not change the DBA's
        new DatabaseBootstrap(settings(url, "b", "app-other", "province-other", false));
        assertLogsIn(url, first.appRole(), "set-by-the-dba");
        assertLogsIn(url, first.provinceRole(), "province-first");
        assertRefused(url, first.appRole(), "app-other");

        new DatabaseBootstrap(settings(url, "b", "app-other", "province-other", true));
        assertLogsIn(url, first.appRole(), "app-other");
        assertLogsIn(url, first.provinceRole(), "province-other");
    }

    @Test
    void anOldDeploymentsNologinProvincialRoleBecomesALoginAndLosesItsMemberFromTheTenantRole() throws SQLException {
        String url = TestDatabase.newDatabase("t_role_upgrade");
        DatabaseSettings settings = settings(url, "c", "app-c", "province-c", false);
        try (Connection owner = DriverManager.getConnection(url, TestDatabase.username(), TestDatabase.password());
             Statement st = owner.createStatement()) {
            // as versions before 2026-11 left them
            st.execute("CREATE ROLE " + settings.appRole() + " LOGIN NOINHERIT PASSWORD 'app-c'");
            st.execute("CREATE ROLE " + settings.provinceRole() + " NOLOGIN");
            st.execute("GRANT " + settings.provinceRole() + " TO " + settings.appRole());
        }
        DatabaseBootstrap bootstrap = new DatabaseBootstrap(settings);
        assertLogsIn(url, settings.provinceRole(), "province-c");
        try (Connection app = DriverManager.getConnection(url, settings.appRole(), "app-c")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> app.createStatement().execute("SET ROLE " + settings.provinceRole()));
            assertEquals("42501", refused.getSQLState());
        }
        assertDoesNotThrow(bootstrap::settings);
    }

    private static void assertLogsIn(String url, String role, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, role, password)) {
            assertTrue(c.isValid(2));
        }
    }

    private static void assertRefused(String url, String role, String password) {
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, role, password).close());
        assertEquals("28P01", refused.getSQLState(), refused.getMessage());
    }
}
