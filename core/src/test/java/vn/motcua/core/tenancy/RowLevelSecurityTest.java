package vn.motcua.core.tenancy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.db.DatabaseSettings;
import vn.motcua.core.testing.IntegrationTestProperties;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database's own lock: connected as the application's role, tenant A sees and writes only A's
 * rows in every tenant-owned table, discovered from the catalog so new tables are covered too.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest implements IntegrationTestProperties {
    @Inject
    DatabaseBootstrap bootstrap;
    @Inject
    DataSource dataSource;
    @Inject
    TenantTransactions transactions;


    /** The tenant tables {@link #seedTenant} writes one row per tenant into. */
    static final List<String> SEEDED_TABLES = List.of("service_center", "app_user", "staff_member", "audit_log",
            "dossier_day_sequence", "dossier", "dossier_document", "dossier_event", "dossier_comment", "dossier_fee",
            "dossier_rating", "dossier_search_word", "center_workflow", "center_procedure", "counter", "counter_field", "counter_procedure",
            "counter_staff", "equipment", "queue_settings", "queue_prefix", "center_lineage", "merge_job", "merge_job_phase",
            "dossier_import", "outbox_event", "event_subscription", "outbox_delivery", "api_client",
            "queue_number", "queue_appointment", "queue_ticket", "queue_device_pairing", "queue_device", "queue_rating",
            "queue_daily_stats", "indicator_day", "indicator_day_detail", "indicator_month", "indicator_month_detail",
            "indicator_step_day", "indicator_queue_day", "indicator_queue_month", "queue_kiosk_procedure", "queue_stats_closed");

    long tenantA;
    long tenantB;

    @BeforeAll
    void seedTwoTenants() throws SQLException {
        try (Connection c = provinceConnection()) {
            tenantA = seedTenant(c, "TEST-A", "Đào Xá");
            tenantB = seedTenant(c, "TEST-B", "An Bình");
        }
    }

    /** Every tenant table gets rows for both tenants; a new table must be added here, or the test says so. */
    private static long seedTenant(Connection c, String code, String name) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO service_center (code, name, type, province_code, province_name)
                VALUES (?, ?, 'XA', '25', 'Phú Thọ') RETURNING tenant_id""")) {
            ps.setString(1, code);
            ps.setString(2, name);
            ResultSet rs = ps.executeQuery();
            rs.next();
            id = rs.getLong(1);
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO app_user (tenant_id, username, password_hash, role) VALUES (" + id + ", 'user-" + code
                    + "', 'x', 'CLERK')");
            st.execute("INSERT INTO staff_member (tenant_id, user_id, full_name) SELECT tenant_id, id, 'Cán bộ " + code
                    + "' FROM app_user WHERE tenant_id = " + id);
            st.execute("INSERT INTO audit_log (tenant_id, action) VALUES (" + id + ", 'SEEDED')");
            st.execute("INSERT INTO dossier_day_sequence (tenant_id, day, last_value) VALUES (" + id + ", current_date, 1)");
            st.execute("INSERT INTO dossier (tenant_id, code, procedure_code, procedure_name, workflow_version, steps_json, "
                    + "channel, applicant_name, applicant_json, status, received_at, due_at) VALUES (" + id + ", 'HS-" + code
                    + "', '1.000001', 'Thủ tục thử', 0, '[]', 'IN_PERSON', 'Người nộp', '{}', 'RECEIVED', now(), now())");
            st.execute("INSERT INTO dossier_document (tenant_id, dossier_id, name, object_key, size_bytes, sha256, content_type) "
                    + "SELECT tenant_id, id, 'Tờ khai', 'k', 1, repeat('0', 64), 'application/pdf' FROM dossier WHERE tenant_id = " + id);
            st.execute("INSERT INTO dossier_event (tenant_id, dossier_id, number, action, to_status, actor, at) "
                    + "SELECT tenant_id, id, 1, 'RECEIVE', 'RECEIVED', 'seed', now() FROM dossier WHERE tenant_id = " + id);
            st.execute("INSERT INTO dossier_comment (tenant_id, dossier_id, author, body) "
                    + "SELECT tenant_id, id, 'seed', 'Ý kiến' FROM dossier WHERE tenant_id = " + id);
            st.execute("INSERT INTO dossier_fee (tenant_id, dossier_id, amount_vnd, method, receipt_number, recorded_by) "
                    + "SELECT tenant_id, id, 1000, 'CASH', 'BL-1', 'seed' FROM dossier WHERE tenant_id = " + id);
            // the dossier's words were learnt by its trigger: the table keeps one, as every seeded table does
            st.execute("DELETE FROM dossier_search_word WHERE tenant_id = " + id);
            st.execute("INSERT INTO dossier_search_word (tenant_id, word) VALUES (" + id + ", 'seed')");
            st.execute("INSERT INTO dossier_import (tenant_id, dossier_id, archive_sha256, entry_sha256, source_status, imported_by, "
                    + "imported_at) SELECT tenant_id, id, repeat('a', 64), repeat('b', 64), 'Đang xử lý', 'seed', now() FROM dossier "
                    + "WHERE tenant_id = " + id);
            st.execute("INSERT INTO dossier_rating (tenant_id, dossier_id, level) "
                    + "SELECT tenant_id, id, 'SATISFIED' FROM dossier WHERE tenant_id = " + id);
            st.execute("INSERT INTO center_workflow (tenant_id, procedure_code, version, steps_json, total_hours) VALUES ("
                    + id + ", '1.000001', 1, '[]', 0)");
            // the catalog is shared (no tenant_id): one procedure for both tenants' served-set rows
            st.execute("INSERT INTO procedure (national_code, name, current_version) VALUES ('9.999999', "
                    + "'Thủ tục thử', 1) ON CONFLICT (national_code) DO NOTHING");
            st.execute("INSERT INTO center_procedure (tenant_id, procedure_id, served) SELECT " + id
                    + ", id, true FROM procedure WHERE national_code = '9.999999'");
            st.execute("INSERT INTO counter (tenant_id, number, name) VALUES (" + id + ", 1, 'Quầy 1')");
            st.execute("INSERT INTO counter_field (tenant_id, counter_id, field) SELECT tenant_id, id, 'Hộ tịch' FROM counter WHERE tenant_id = " + id);
            st.execute("INSERT INTO counter_procedure (tenant_id, counter_id, procedure_id) SELECT c.tenant_id, c.id, p.id "
                    + "FROM counter c, procedure p WHERE c.tenant_id = " + id + " AND p.national_code = '9.999999'");
            st.execute("INSERT INTO counter_staff (tenant_id, counter_id, staff_id, weekday) SELECT c.tenant_id, c.id, s.id, 1 "
                    + "FROM counter c JOIN staff_member s ON s.tenant_id = c.tenant_id WHERE c.tenant_id = " + id);
            st.execute("INSERT INTO equipment (tenant_id, kind, status) VALUES (" + id + ", 'PRINTER', 'WORKING')");
            st.execute("INSERT INTO queue_settings (tenant_id, ticket_from, ticket_until, announcement) VALUES (" + id
                    + ", '07:00', '17:00', 'Mời số {so} đến quầy {quay}')");
            st.execute("INSERT INTO queue_prefix (tenant_id, field, prefix) VALUES (" + id + ", 'Hộ tịch', 'A')");
            st.execute("INSERT INTO center_lineage (tenant_id, predecessor_name, kind, effective_on) VALUES (" + id
                    + ", 'Xã cũ', 'FULL', DATE '2025-07-01')");
            st.execute("INSERT INTO merge_job (tenant_id, source_ids, phase, choices_json, effective_on, started_by, started_at) VALUES ("
                    + id + ", ARRAY[]::bigint[], 'DONE', '{}', DATE '2026-12-01', 'seed', now())");
            st.execute("INSERT INTO merge_job_phase (tenant_id, job_id, number, phase, at) SELECT tenant_id, id, 1, 'DONE', now() "
                    + "FROM merge_job WHERE tenant_id = " + id);
            st.execute("INSERT INTO outbox_event (tenant_id, event_uid, dossier_id, seq, type, occurred_at, payload) "
                    + "SELECT tenant_id, gen_random_uuid(), id, 1, 'RECEIVED', now(), '{}' FROM dossier WHERE tenant_id = " + id);
            st.execute("INSERT INTO event_subscription (tenant_id, name, endpoint, secret, event_types, province_code, "
                    + "created_by, created_at) VALUES (" + id + ", 'LGSP', 'https://lgsp.example.vn', 's', 'RECEIVED', '25', 'seed', now())");
            st.execute("INSERT INTO outbox_delivery (tenant_id, event_id, dossier_id, subscription_tenant_id, subscription_id, "
                    + "next_attempt_at) SELECT e.tenant_id, e.id, e.dossier_id, s.tenant_id, s.id, now() FROM outbox_event e "
                    + "JOIN event_subscription s ON s.tenant_id = e.tenant_id WHERE e.tenant_id = " + id);
            st.execute("INSERT INTO api_client (tenant_id, client_id, name, scope, access, secret_sha256, created_by, created_at) "
                    + "VALUES (" + id + ", 'mc" + id + "_seed', 'Ứng dụng thử', 'CENTER', 'READ', repeat('0', 64), 'seed', now())");
            st.execute("INSERT INTO queue_number (tenant_id, day, prefix, last) VALUES (" + id + ", current_date, 'A', 1)");
            st.execute("INSERT INTO queue_appointment (tenant_id, code, procedure_id, field, slot_start, status, booked_at) "
                    + "SELECT " + id + ", 'LH-" + code + "', id, 'Hộ tịch', now(), 'BOOKED', now() FROM procedure WHERE national_code = '9.999999'");
            st.execute("INSERT INTO queue_ticket (tenant_id, day, number, field, status, counter_id, appointment_id, dossier_id, "
                    + "taken_at, public_token) SELECT c.tenant_id, current_date, 'A001', 'Hộ tịch', 'DONE', c.id, a.id, d.id, now(), "
                    + "'tok-" + code + "' FROM counter c, queue_appointment a, dossier d WHERE c.tenant_id = " + id
                    + " AND a.tenant_id = c.tenant_id AND d.tenant_id = c.tenant_id");
            st.execute("INSERT INTO queue_device_pairing (tenant_id, equipment_id, code_hash, expires_at, created_by, created_at) "
                    + "SELECT tenant_id, id, 'hash-" + code + "', now(), 'seed', now() FROM equipment WHERE tenant_id = " + id);
            st.execute("INSERT INTO queue_device (tenant_id, equipment_id, kind, token_hash, paired_at) "
                    + "SELECT tenant_id, id, 'DISPLAY_BOARD', 'token-" + code + "', now() FROM equipment WHERE tenant_id = " + id);
            st.execute("INSERT INTO queue_rating (tenant_id, ticket_id, level, rated_at) SELECT tenant_id, id, 'SATISFIED', now() "
                    + "FROM queue_ticket WHERE tenant_id = " + id);
            st.execute("INSERT INTO queue_daily_stats (tenant_id, day, dimension, key, tickets, served, no_shows, appointments, "
                    + "appointments_kept) VALUES (" + id + ", current_date, 'FIELD', 'Hộ tịch', 1, 1, 0, 1, 1)");
            st.execute("INSERT INTO indicator_day (tenant_id, day, received) VALUES (" + id + ", current_date, 1)");
            st.execute("INSERT INTO queue_kiosk_procedure (tenant_id, procedure_id, position) SELECT " + id
                    + ", id, 1 FROM procedure WHERE national_code = '9.999999'");
            st.execute("INSERT INTO queue_stats_closed (tenant_id, day, closed_at) VALUES (" + id + ", current_date, now())");
            st.execute("INSERT INTO indicator_day_detail (tenant_id, day, procedure_code, channel, received) VALUES ("
                    + id + ", current_date, '1.000001', 'IN_PERSON', 1)");
            st.execute("INSERT INTO indicator_month (tenant_id, month, received) VALUES (" + id + ", date_trunc('month', current_date)::date, 1)");
            st.execute("INSERT INTO indicator_month_detail (tenant_id, month, procedure_code, channel, received) VALUES ("
                    + id + ", date_trunc('month', current_date)::date, '1.000001', 'IN_PERSON', 1)");
            st.execute("INSERT INTO indicator_step_day (tenant_id, day, procedure_code, step, procedure_name, step_name, dossiers, "
                    + "minutes) VALUES (" + id + ", current_date, '1.000001', 0, 'Thủ tục', 'Bước 1', 1, 60)");
            st.execute("INSERT INTO indicator_queue_day (tenant_id, day, tickets) VALUES (" + id + ", current_date, 1)");
            st.execute("INSERT INTO indicator_queue_month (tenant_id, month, tickets) VALUES (" + id
                    + ", date_trunc('month', current_date)::date, 1)");
        }
        return id;
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityAndTenantInItsKey() throws SQLException {
        try (Connection c = bootstrap.ownerConnection()) {
            assertEquals(SEEDED_TABLES.stream().sorted().toList(), TenantTableGuard.tenantTables(c).stream().sorted().toList(),
                    "every tenant table, and only those, is seeded by this test");
            assertEquals(List.of(), TenantTableGuard.problems(c));
        }
    }

    @Test
    void aTenantTableWithoutForcedRowLevelSecurityIsCaught() throws SQLException {
        try (Connection c = bootstrap.ownerConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE rogue_table (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id))");
            st.execute("ALTER TABLE rogue_table ENABLE ROW LEVEL SECURITY");
            try {
                assertEquals(List.of("rogue_table: row-level security not forced", "rogue_table: no tenant_rows policy on tenant_id"),
                        TenantTableGuard.problems(c));
            } finally {
                st.execute("DROP TABLE rogue_table");
            }
        }
    }

    @Test
    void tenantASeesOnlyItsOwnRowsInEveryTenantTable() throws SQLException {
        try (Connection owner = bootstrap.ownerConnection(); Connection app = appConnection()) {
            for (String table : TenantTableGuard.tenantTables(owner)) {
                setTenant(app, tenantA);
                assertEquals(List.of(tenantA), tenantIds(app, table), table + ": tenant A sees exactly its one seeded row");
                setTenant(app, tenantB);
                assertEquals(List.of(tenantB), tenantIds(app, table), table + ": tenant B sees exactly its one seeded row");
            }
        }
    }

    @Test
    void theProvincialRoleSeesBothTenantsRows() throws SQLException {
        try (Connection owner = bootstrap.ownerConnection(); Connection province = provinceConnection()) {
            for (String table : TenantTableGuard.tenantTables(owner)) {
                assertEquals(List.of(tenantA, tenantB), seededTenantIds(province, table), table);
            }
        }
    }

    @Test
    void withoutATenantNoRowIsVisible() throws SQLException {
        try (Connection owner = bootstrap.ownerConnection(); Connection app = appConnection()) {
            for (String table : TenantTableGuard.tenantTables(owner)) {
                assertEquals(0, count(app, "SELECT count(*) FROM " + table), table);
            }
            setTenant(app, 0);
            for (String table : TenantTableGuard.tenantTables(owner)) {
                assertEquals(0, count(app, "SELECT count(*) FROM " + table), table + " for a tenant id nobody has");
            }
        }
    }

    @Test
    void tenantACannotWriteTenantBRowsInAnyTenantTable() throws SQLException {
        try (Connection owner = bootstrap.ownerConnection(); Connection app = appConnection();
             Connection province = provinceConnection()) {
            for (String table : TenantTableGuard.tenantTables(owner)) {
                setTenant(app, tenantA);
                // a complete copy of one of A's rows, re-labelled as B's: only row-level security can refuse it
                String columns = insertableColumns(owner, table);
                String copyAsB = "INSERT INTO " + table + " (" + columns + ") OVERRIDING SYSTEM VALUE SELECT " + columns
                        + " FROM jsonb_populate_record(NULL::" + table + ", (SELECT to_jsonb(x) || jsonb_build_object('tenant_id', "
                        + tenantB + ") FROM " + table + " x LIMIT 1))";
                SQLException insert = assertThrows(SQLException.class, () -> app.createStatement().executeUpdate(copyAsB), table);
                assertEquals("42501", insert.getSQLState(), table + ": " + insert.getMessage());
                SQLException move = assertThrows(SQLException.class,
                        () -> app.createStatement().executeUpdate("UPDATE " + table + " SET tenant_id = " + tenantB), table);
                assertEquals("42501", move.getSQLState(), table + ": " + move.getMessage());
                if (DatabaseBootstrap.APPEND_ONLY_TABLES.contains(table)) {
                    SQLException delete = assertThrows(SQLException.class,
                            () -> app.createStatement().executeUpdate("DELETE FROM " + table + " WHERE tenant_id = " + tenantB), table);
                    assertEquals("42501", delete.getSQLState(), table + ": " + delete.getMessage());
                } else {
                    assertEquals(0, app.createStatement().executeUpdate("DELETE FROM " + table + " WHERE tenant_id = " + tenantB), table);
                }
                assertEquals(List.of(tenantA, tenantB), seededTenantIds(province, table), table + ": both seeded rows unchanged");
            }
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws SQLException {
        try (Connection c = bootstrap.ownerConnection()) {
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class cls JOIN pg_roles r ON r.oid = cls.relowner "
                    + "WHERE r.rolname IN ('" + settings().appRole() + "', '" + settings().provinceRole() + "')"));
            assertEquals(0, count(c, "SELECT count(*) FROM pg_roles WHERE rolname IN ('" + settings().appRole() + "', '"
                    + settings().provinceRole() + "') AND (rolsuper OR rolbypassrls)"));
        }
    }

    @Test
    void pooledConnectionsCarryTheTenantOfTheWorkAndForgetItAfterwards() throws SQLException {
        List<Long> seen = new ArrayList<>();
        transactions.read(TenantId.of(tenantB), () -> {
            try (Connection c = dataSource.getConnection()) {
                ResultSet rs = c.createStatement().executeQuery("SELECT DISTINCT tenant_id FROM staff_member");
                while (rs.next()) {
                    seen.add(rs.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertEquals(List.of(tenantB), seen);
        // the pool itself, under Micronaut's contextual proxy: a checkout outside any tenant work
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            assertEquals(0, count(c, "SELECT count(*) FROM staff_member"));
            ResultSet rs = c.createStatement().executeQuery("SELECT current_setting('app.tenant_id', true)");
            rs.next();
            assertEquals("", rs.getString(1), "a checkout outside tenant work is bound to no tenant");
        }
    }

    @Test
    void tenantWorkCannotBeNestedInsideAnotherTenant() {
        IllegalStateException nested = assertThrows(IllegalStateException.class, () -> transactions.read(TenantId.of(tenantA),
                () -> transactions.read(TenantId.of(tenantB), () -> 1)));
        assertEquals("work for tenant " + tenantB + " started inside tenant " + tenantA, nested.getMessage());
    }

    private static String insertableColumns(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) "
                + "FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''")) {
            ps.setString(1, table);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    private DatabaseSettings settings() {
        return bootstrap.settings();
    }

    private Connection appConnection() throws SQLException {
        return DriverManager.getConnection(settings().url(), settings().appRole(), settings().appPassword());
    }

    /** Logged in as the provincial role (which sees every center). */
    private Connection provinceConnection() throws SQLException {
        return DriverManager.getConnection(settings().url(), settings().provinceRole(), settings().provincePassword());
    }

    /** The tenant of each row the connection sees in the table, in order. */
    private static List<Long> tenantIds(Connection c, String table) throws SQLException {
        return tenantIds(c, table, "true");
    }

    /** The tenant of each row of the two seeded tenants the connection sees in the table, in order. */
    private List<Long> seededTenantIds(Connection c, String table) throws SQLException {
        return tenantIds(c, table, "tenant_id IN (" + tenantA + ", " + tenantB + ")");
    }

    private static List<Long> tenantIds(Connection c, String table, String where) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT tenant_id FROM " + table + " WHERE " + where
                + " ORDER BY tenant_id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void setTenant(Connection c, long tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            ps.setString(1, Long.toString(tenant));
            ps.execute();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
