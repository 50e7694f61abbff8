package vn.motcua.core.storage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.sql.Array;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which stored objects a center's rows point at. The one list of tables that hold object keys: a table that
 * starts storing {@code object_key} must be added to {@link #TABLES}, or the sweeper would take its objects
 * for orphans.
 *
 * <p>Object keys begin with the id of the center that stored them ({@code <tenant>/dossiers/…},
 * {@code <tenant>/results/…}) and only that center's rows refer to them (a reused paper is a paper of the same
 * center, by foreign key), so the question is always asked inside that one tenant, under row-level security.
 * (A dossier's resolved life cycle also names its result's key in {@code dossier.state_json}; the same
 * transaction writes the {@code dossier_document} row, so that row answers for it.)
 */
@Singleton
public class DocumentReferences {
    /** Tables with {@code tenant_id} and an {@code object_key} column. */
    static final List<String> TABLES = List.of("dossier_document");

    private final TenantTransactions tx;
    private final JdbcOperations jdbc;

    public DocumentReferences(TenantTransactions tx, JdbcOperations jdbc) {
        this.tx = tx;
        this.jdbc = jdbc;
    }

    /**
     * The keys among {@code keys} that a row of {@code tenant} refers to, read in a transaction of its own. A center
     * merged into another (migration 018) handed its rows to its successor with their keys unchanged: the keys it
     * stored are then asked of the successor (and of its successor, if merged again); a center split in part also of
     * the successors that took some of its dossiers.
     */
    public Set<String> referenced(TenantId tenant, Collection<String> keys) {
        Set<String> found = new HashSet<>(ownReferences(tenant, keys));
        // successors to ask, breadth first: the one that took the center over and those that took a part of it
        ArrayDeque<TenantId> next = new ArrayDeque<>(successors(tenant));
        Set<TenantId> asked = new HashSet<>(Set.of(tenant));
        for (int hop = 0; hop < 16 && !next.isEmpty() && found.size() < keys.size(); hop++) {
            TenantId center = next.poll();
            if (!asked.add(center)) {
                continue;
            }
            found.addAll(ownReferences(center, keys.stream().filter(k -> !found.contains(k)).toList()));
            next.addAll(successors(center));
        }
        return found;
    }

    /** The center a merged center went to and, split in part, the others that took some of its dossiers (migration 026). */
    private List<TenantId> successors(TenantId center) {
        return tx.read(center, () -> jdbc.prepareStatement(
                "SELECT successor_tenant_id, partial_successor_ids FROM service_center WHERE tenant_id = ?", ps -> {
                    ps.setLong(1, center.value());
                    List<TenantId> out = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Long successor = (Long) rs.getObject(1);
                            if (successor != null) {
                                out.add(TenantId.of(successor));
                            }
                            Array partial = rs.getArray(2);
                            if (partial != null) {
                                for (Long id : (Long[]) partial.getArray()) {
                                    out.add(TenantId.of(id));
                                }
                            }
                        }
                    }
                    return out;
                }));
    }

    private Set<String> ownReferences(TenantId tenant, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        String sql = String.join(" UNION ", TABLES.stream()
                .map(t -> "SELECT object_key FROM " + t + " WHERE tenant_id = ? AND object_key = ANY (?)").toList());
        return tx.read(tenant, () -> jdbc.prepareStatement(sql, ps -> {
            Array array = ps.getConnection().createArrayOf("varchar", keys.toArray(String[]::new));
            for (int i = 0; i < TABLES.size(); i++) {
                ps.setLong(2 * i + 1, tenant.value());
                ps.setArray(2 * i + 2, array);
            }
            Set<String> found = new HashSet<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }));
    }

    /** The center whose rows may refer to {@code key} (its first path segment), or null for a key we did not build. */
    public static TenantId owner(String key) {
        int slash = key.indexOf('/');
        if (slash <= 0 || slash > 18) {
            return null;
        }
        String head = key.substring(0, slash);
        if (!head.chars().allMatch(Character::isDigit) || head.charAt(0) == '0') {
            return null;
        }
        return TenantId.of(Long.parseLong(head));
    }
}
