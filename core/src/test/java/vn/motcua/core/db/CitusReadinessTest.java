package vn.motcua.core.db;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrated schema, read from pg_catalog, can be distributed by {@code tenant_id} with Citus: every tenant table
 * that will be distributed has {@code tenant_id} in its primary key, its unique constraints and indexes and its
 * foreign keys to other distributed tables (matched column to column); the shared tables and the two registry
 * tables of the deployment (centers, login accounts: deployment-wide unique codes and usernames) become reference
 * tables and never reference a distributed table; the shared tables reference no tenant table at all. Migration
 * 024's {@code citus} changesets distribute exactly these tables, in an order Citus accepts, and only in the
 * {@code citus} Liquibase context.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitusReadinessTest implements IntegrationTestProperties {
    /**
     * Tenant tables that become Citus <em>reference</em> tables (copied to every node) instead of being distributed,
     * each for a key that is unique across the deployment. Small (one row per center, a few per center) and rarely
     * written: a write reaches every node, a read none but the local one.
     */
    static final Map<String, String> REGISTRY_TABLES = Map.of(
            "service_center", "the registry of centers: center code and agency code unique across the deployment,"
                    + " successor center of a merger (another tenant)",
            "app_user", "login accounts: usernames unique across the deployment (one login page)");

    static final String CITUS_CHANGELOG = "db/changelog/024-citus.sql";

    @Inject
    DatabaseBootstrap bootstrap;

    Map<String, Table> tables;

    record Table(String name, Integer tenantColumn, boolean forcedRls, List<Key> keys, List<Reference> references) {
        boolean tenant() {
            return tenantColumn != null;
        }
    }

    /** A primary key, unique constraint or unique index: its columns (0 for an expression). */
    record Key(String name, String kind, List<Integer> columns) {
    }

    /** A foreign key with its columns in pairs (this table's, the referenced table's). */
    record Reference(String name, String target, List<Integer> columns, List<Integer> targetColumns) {
    }

    @BeforeAll
    void readCatalog() throws SQLException {
        try (Connection c = bootstrap.ownerConnection()) {
            tables = read(c);
        }
        System.out.println("Citus: distributed by tenant_id " + distributed(tables));
        System.out.println("Citus: reference tables " + referenceTables(tables));
    }

    /** Every table of the schema with its tenant column, keys and foreign keys, from pg_catalog. */
    static Map<String, Table> read(Connection c) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT c.relname, a.attnum, c.relrowsecurity AND c.relforcerowsecurity
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'databasechangelog%'""")) {
            while (rs.next()) {
                int attnum = rs.getInt(2);
                Integer column = rs.wasNull() ? null : attnum;
                tables.put(rs.getString(1), new Table(rs.getString(1), column, rs.getBoolean(3),
                        new ArrayList<>(), new ArrayList<>()));
            }
        }
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT t.relname, k.conname, k.contype, k.conkey, f.relname, k.confkey
                FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_class f ON f.oid = k.confrelid
                WHERE n.nspname = 'public' AND k.contype IN ('p', 'u', 'f')""")) {
            while (rs.next()) {
                Table table = tables.get(rs.getString(1));
                if (table == null) {
                    continue;
                }
                if ("f".equals(rs.getString(3))) {
                    table.references().add(new Reference(rs.getString(2), rs.getString(5), ints(rs.getArray(4)), ints(rs.getArray(6))));
                } else {
                    table.keys().add(new Key(rs.getString(2), "p".equals(rs.getString(3)) ? "primary key" : "unique constraint", ints(rs.getArray(4))));
                }
            }
        }
        // unique indexes of their own (not behind a constraint), expression and partial ones included
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT t.relname, i.relname, x.indkey::int2[]
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = 'public' AND x.indisunique
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid
                                  AND k.contype IN ('p', 'u', 'x'))""")) {
            while (rs.next()) {
                Table table = tables.get(rs.getString(1));
                if (table != null) {
                    table.keys().add(new Key(rs.getString(2), "unique index", ints(rs.getArray(3))));
                }
            }
        }
        return tables;
    }

    Set<String> distributed() {
        return distributed(tables);
    }

    Set<String> referenceTables() {
        return referenceTables(tables);
    }

    static Set<String> distributed(Map<String, Table> tables) {
        return tables.values().stream().filter(t -> t.tenant() && !REGISTRY_TABLES.containsKey(t.name()))
                .map(Table::name).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> referenceTables(Map<String, Table> tables) {
        return tables.values().stream().filter(t -> !t.tenant() || REGISTRY_TABLES.containsKey(t.name()))
                .map(Table::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aTableHasATenantColumnExactlyWhenItsRowLevelSecurityIsForcedAndTheRegistryTablesAreTenantTables() {
        List<String> wrong = tables.values().stream().filter(t -> t.tenant() != t.forcedRls())
                .map(t -> t.name() + (t.tenant() ? " has tenant_id but no forced RLS" : " has forced RLS but no tenant_id")).toList();
        assertEquals(List.of(), wrong);
        for (String registry : REGISTRY_TABLES.keySet()) {
            assertTrue(tables.containsKey(registry) && tables.get(registry).tenant(), registry + " is a tenant table");
        }
    }

    @Test
    void everyDistributedTablesPrimaryKeyUniqueConstraintsAndUniqueIndexesIncludeTenantId() {
        assertEquals(List.of(), keyGaps(tables), "Citus refuses a unique key without the distribution column; a key that"
                + " must be unique across centers makes its table a registry (reference) table: REGISTRY_TABLES");
    }

    @Test
    void everyForeignKeyBetweenDistributedTablesMatchesTenantIdToTenantId() {
        assertEquals(List.of(), foreignKeyGaps(tables));
    }

    @Test
    void sharedTablesReferenceNoTenantTableAndNoReferenceTableReferencesADistributedOne() {
        assertEquals(List.of(), referenceGaps(tables));
    }

    @Test
    void aNewTenantTableWithACenterWideKeyOrAForeignKeyWithoutTenantIdIsCaughtAndSoIsASharedTableReferencingIt() throws SQLException {
        try (Connection c = bootstrap.ownerConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE probe_parent (tenant_id bigint NOT NULL, id bigint NOT NULL, PRIMARY KEY (tenant_id, id),"
                        + " CONSTRAINT probe_parent_id_uk UNIQUE (id))");
                st.execute("CREATE TABLE probe_child (tenant_id bigint NOT NULL, id bigint NOT NULL, parent_id bigint, code text,"
                        + " PRIMARY KEY (tenant_id, id), CONSTRAINT probe_child_code_uk UNIQUE (code),"
                        + " CONSTRAINT probe_child_parent_fk FOREIGN KEY (parent_id) REFERENCES probe_parent (id))");
                st.execute("CREATE TABLE probe_shared (id bigint PRIMARY KEY, tenant_id_of bigint, parent_id bigint,"
                        + " CONSTRAINT probe_shared_parent_fk FOREIGN KEY (tenant_id_of, parent_id) REFERENCES probe_parent (tenant_id, id))");
                st.execute("SELECT motcua_protect_tenant_table('probe_parent')");
                st.execute("SELECT motcua_protect_tenant_table('probe_child')");
                Map<String, Table> probed = read(c);
                assertTrue(keyGaps(probed).containsAll(List.of("probe_parent: unique constraint probe_parent_id_uk lacks tenant_id",
                        "probe_child: unique constraint probe_child_code_uk lacks tenant_id")), keyGaps(probed).toString());
                assertEquals(List.of("probe_child: foreign key probe_child_parent_fk to probe_parent does not pair tenant_id with tenant_id"),
                        foreignKeyGaps(probed));
                assertTrue(referenceGaps(probed).contains("shared table probe_shared references tenant table probe_parent (probe_shared_parent_fk)"),
                        referenceGaps(probed).toString());
            } finally {
                c.rollback();
            }
        }
    }

    static List<String> keyGaps(Map<String, Table> tables) {
        List<String> gaps = new ArrayList<>();
        for (String name : distributed(tables)) {
            Table t = tables.get(name);
            if (t.keys().stream().noneMatch(k -> k.kind().equals("primary key"))) {
                gaps.add(name + ": no primary key");
            }
            for (Key k : t.keys()) {
                if (!k.columns().contains(t.tenantColumn())) {
                    gaps.add(name + ": " + k.kind() + " " + k.name() + " lacks tenant_id");
                }
            }
        }
        return gaps;
    }

    static List<String> foreignKeyGaps(Map<String, Table> tables) {
        Set<String> distributed = distributed(tables);
        List<String> gaps = new ArrayList<>();
        for (String name : distributed) {
            Table t = tables.get(name);
            for (Reference r : t.references()) {
                if (!distributed.contains(r.target())) {
                    continue; // to a reference table: Citus accepts any foreign key
                }
                int at = r.columns().indexOf(t.tenantColumn());
                if (at < 0 || !r.targetColumns().get(at).equals(tables.get(r.target()).tenantColumn())) {
                    gaps.add(name + ": foreign key " + r.name() + " to " + r.target() + " does not pair tenant_id with tenant_id");
                }
            }
        }
        return gaps;
    }

    static List<String> referenceGaps(Map<String, Table> tables) {
        Set<String> distributed = distributed(tables);
        List<String> gaps = new ArrayList<>();
        for (Table t : tables.values()) {
            for (Reference r : t.references()) {
                if (!t.tenant() && tables.get(r.target()).tenant()) {
                    gaps.add("shared table " + t.name() + " references tenant table " + r.target() + " (" + r.name() + ")");
                } else if (!distributed.contains(t.name()) && distributed.contains(r.target())) {
                    gaps.add("reference table " + t.name() + " references distributed table " + r.target() + " (" + r.name() + ")");
                }
            }
        }
        return gaps;
    }

    @Test
    void migration024DistributesExactlyTheseTablesInAnOrderCitusAcceptsColocatedWithTheFirst() throws IOException {
        List<String[]> calls = citusCalls();
        Map<String, String> kindOf = new LinkedHashMap<>();
        for (String[] call : calls) {
            assertTrue(kindOf.put(call[1], call[0]) == null, call[1] + " appears twice in " + CITUS_CHANGELOG);
        }
        Set<String> reference = kindOf.entrySet().stream().filter(e -> e.getValue().equals("create_reference_table"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> distributedThere = kindOf.entrySet().stream().filter(e -> e.getValue().equals("create_distributed_table"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(referenceTables(), reference, "reference tables in " + CITUS_CHANGELOG + "; expected body:\n" + expectedCalls());
        assertEquals(distributed(), distributedThere, "distributed tables in " + CITUS_CHANGELOG + "; expected body:\n" + expectedCalls());
        // Citus distributes a table only after the tables it references
        List<String> order = calls.stream().map(c -> c[1]).toList();
        for (Table t : tables.values()) {
            for (Reference r : t.references()) {
                assertTrue(r.target().equals(t.name()) || order.indexOf(r.target()) < order.indexOf(t.name()),
                        t.name() + " references " + r.target() + ", which must come first in " + CITUS_CHANGELOG);
            }
        }
        String first = calls.stream().filter(c -> c[0].equals("create_distributed_table")).findFirst().orElseThrow()[1];
        for (String[] call : calls) {
            if (call[0].equals("create_distributed_table")) {
                assertEquals("tenant_id", call[2], call[1] + " is distributed by tenant_id");
                assertEquals(call[1].equals(first) ? "none" : first, call[3], call[1] + " is colocated with " + first);
            }
        }
    }

    @Test
    void theDefaultStartNeverAppliesTheCitusChangesetsAndTheCitusContextRefusesAPostgresqlWithoutCitus() throws SQLException {
        String master = resource(DatabaseBootstrap.CHANGELOG);
        assertTrue(master.contains("file: " + CITUS_CHANGELOG), "the master changelog includes " + CITUS_CHANGELOG);
        String changelog = resource(CITUS_CHANGELOG);
        Matcher changeset = Pattern.compile("(?m)^--changeset (\\S+)(.*)$").matcher(changelog);
        int changesets = 0;
        while (changeset.find()) {
            changesets++;
            assertTrue(changeset.group(2).contains("context:@citus"), changeset.group(1) + " runs only in the citus context");
        }
        assertTrue(changesets > 0);
        try (Connection c = bootstrap.ownerConnection()) {
            assertEquals(0, count(c, "SELECT count(*) FROM databasechangelog WHERE filename LIKE '%024-citus%'"),
                    "the default start applied none of 024's changesets");
        }
        // a start with MOTCUA_DB_CONTEXTS=citus on a PostgreSQL without the extension stops at 024's precondition
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new DatabaseBootstrap(bootstrap.settings(), "citus"));
        assertTrue(refused.getMessage().contains("citus"), refused.getMessage());
        try (Connection c = bootstrap.ownerConnection()) {
            assertEquals(0, count(c, "SELECT count(*) FROM databasechangelog WHERE filename LIKE '%024-citus%'"));
        }
    }

    /** The calls in migration 024, in order: function, table, distribution column, colocate_with. */
    static List<String[]> citusCalls() throws IOException {
        Matcher m = Pattern.compile("(create_reference_table|create_distributed_table)\\('([a-z_0-9]+)'"
                + "(?:,\\s*'([a-z_]+)'(?:,\\s*colocate_with\\s*=>\\s*'([a-z_0-9]+)')?)?\\)").matcher(resource(CITUS_CHANGELOG));
        List<String[]> calls = new ArrayList<>();
        while (m.find()) {
            calls.add(new String[]{m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        return calls;
    }

    /** What 024's calls should be: reference tables, then distributed ones, each after what it references. */
    String expectedCalls() {
        Set<String> distributed = distributed();
        List<String> order = new ArrayList<>();
        List<String> pending = new ArrayList<>(referenceTables());
        pending.addAll(distributed);
        while (!pending.isEmpty()) {
            String next = pending.stream().filter(n -> tables.get(n).references().stream()
                    .allMatch(r -> r.target().equals(n) || order.contains(r.target()))).findFirst().orElseThrow();
            order.add(next);
            pending.remove(next);
        }
        StringBuilder sql = new StringBuilder();
        String first = null;
        for (String name : order) {
            if (!distributed.contains(name)) {
                sql.append("SELECT create_reference_table('").append(name).append("');\n");
            } else {
                sql.append("SELECT create_distributed_table('").append(name).append("', 'tenant_id', colocate_with => '")
                        .append(first == null ? "none" : first).append("');\n");
                first = first == null ? name : first;
            }
        }
        return sql.toString();
    }

    private static String resource(String path) {
        try (InputStream in = CitusReadinessTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> ints(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object values = array.getArray();
        if (values instanceof Short[] shorts) {
            return Arrays.stream(shorts).map(Short::intValue).toList();
        }
        return Arrays.stream((Number[]) values).map(Number::intValue).toList();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
