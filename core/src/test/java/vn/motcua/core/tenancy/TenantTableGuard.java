package vn.motcua.core.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the database catalog: which tables are tenant-owned, and which of those are not fully protected. */
final class TenantTableGuard {
    private TenantTableGuard() {
    }

    static List<String> tenantTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT cls.relname FROM pg_class cls
                  JOIN pg_namespace ns ON ns.oid = cls.relnamespace
                  JOIN pg_attribute att ON att.attrelid = cls.oid AND att.attname = 'tenant_id' AND NOT att.attisdropped
                 WHERE ns.nspname = 'public' AND cls.relkind IN ('r', 'p')
                 ORDER BY 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Each problem as "table: what is missing". Empty when every tenant table is protected. */
    static List<String> problems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT cls.relname, cls.relrowsecurity, cls.relforcerowsecurity,
                       EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = cls.oid AND p.polname = 'tenant_rows'
                               AND pg_get_expr(p.polqual, p.polrelid) LIKE '%tenant_id = motcua_current_tenant()%'
                               AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%tenant_id = motcua_current_tenant()%') AS has_policy,
                       EXISTS (SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid
                               AND a.attnum = ANY (k.conkey) AND a.attname = 'tenant_id'
                               WHERE k.conrelid = cls.oid AND k.contype = 'p') AS key_has_tenant
                  FROM pg_class cls
                  JOIN pg_namespace ns ON ns.oid = cls.relnamespace
                  JOIN pg_attribute att ON att.attrelid = cls.oid AND att.attname = 'tenant_id' AND NOT att.attisdropped
                 WHERE ns.nspname = 'public' AND cls.relkind IN ('r', 'p')
                 ORDER BY 1""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!rs.getBoolean(2)) {
                    problems.add(table + ": row-level security not enabled");
                }
                if (!rs.getBoolean(3)) {
                    problems.add(table + ": row-level security not forced");
                }
                if (!rs.getBoolean(4)) {
                    problems.add(table + ": no tenant_rows policy on tenant_id");
                }
                if (!rs.getBoolean(5)) {
                    problems.add(table + ": tenant_id is not part of the primary key");
                }
            }
        }
        return problems;
    }
}
