package vn.motcua.tenants.merge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lineage as data: what a center was formed from (the official 2025 lineage onboarding wrote as text, then the
 * merges on MotCua from {@code center_lineage}, each with its day and whether the predecessor came whole or in part)
 * and, for a merged center, the center it was merged into.
 */
@Singleton
public class CenterLineage {
    /** The day the 2025 reform's new communes took effect (Nghị quyết of the National Assembly Standing Committee). */
    public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);
    private static final String PARTIAL = "(một phần)";

    private final ProvincialScope province;
    private final TenantTransactions tx;
    private final JdbcOperations jdbc;

    public CenterLineage(ProvincialScope province, TenantTransactions tx, JdbcOperations jdbc) {
        this.province = province;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    public record Predecessor(String name, boolean partial, LocalDate effectiveOn) {
    }

    public record Lineage(List<Predecessor> predecessors, @Nullable String successorName) {
    }

    /** A center under a merge or merged: its pages are read-only ({@code successorName} of the merged one). */
    public record ReadOnly(boolean merged, @Nullable String successorName) {
    }

    /** The lineage of each of {@code centers} (a page of the registry). Provincial IT only. */
    public Map<Long, Lineage> of(CallContext ctx, Collection<ServiceCenter> centers) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        Long[] ids = centers.stream().map(ServiceCenter::id).toArray(Long[]::new);
        Map<Long, List<Predecessor>> merged = new HashMap<>();
        Map<Long, String> successors = new HashMap<>();
        province.unaudited(() -> {
            jdbc.prepareStatement("""
                    SELECT tenant_id, predecessor_name, kind, effective_on FROM center_lineage WHERE tenant_id = ANY (?)
                     ORDER BY effective_on, predecessor_name""", ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        merged.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Predecessor(rs.getString(2),
                                "PARTIAL".equals(rs.getString(3)), rs.getDate(4).toLocalDate()));
                    }
                }
                return null;
            });
            jdbc.prepareStatement("""
                    SELECT c.tenant_id, s.type, s.name FROM service_center c JOIN service_center s ON s.tenant_id = c.successor_tenant_id
                     WHERE c.tenant_id = ANY (?)""", ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        successors.put(rs.getLong(1), shown(rs.getString(2), rs.getString(3)));
                    }
                }
                return null;
            });
            return null;
        });
        Map<Long, Lineage> out = new HashMap<>();
        for (ServiceCenter c : centers) {
            List<Predecessor> all = new ArrayList<>(official(c.mergedFrom()));
            all.addAll(merged.getOrDefault(c.id(), List.of()));
            out.put(c.id(), new Lineage(all, successors.get(c.id())));
        }
        return out;
    }

    /** The official 2025 lineage as onboarding wrote it: "Xã A, Xã B (một phần)". */
    static List<Predecessor> official(@Nullable String mergedFrom) {
        if (mergedFrom == null || mergedFrom.isBlank()) {
            return List.of();
        }
        List<Predecessor> out = new ArrayList<>();
        for (String part : mergedFrom.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean partial = name.endsWith(PARTIAL);
            out.add(new Predecessor(partial ? name.substring(0, name.length() - PARTIAL.length()).strip() : name, partial, REFORM_2025));
        }
        return out;
    }

    /**
     * Whether the caller's center is read-only because of a merge (running or done), with the successor's name. The
     * successor's name is read on the provincial path (the caller's center names it; nothing else is read).
     */
    public Optional<ReadOnly> readOnly(CallContext ctx) {
        Object[] row = tx.read(ctx.tenant(), () -> jdbc.prepareStatement(
                "SELECT status, frozen_by_job, successor_tenant_id FROM service_center WHERE tenant_id = ?", ps -> {
                    ps.setLong(1, ctx.tenant().value());
                    try (var rs = ps.executeQuery()) {
                        return rs.next() ? new Object[]{rs.getString(1), rs.getObject(2), rs.getObject(3)} : null;
                    }
                }));
        if (row == null) {
            return Optional.empty();
        }
        if ("MERGED".equals(row[0])) {
            Long successor = (Long) row[2];
            String name = successor == null ? null : province.unaudited(() -> jdbc.prepareStatement(
                    "SELECT type, name FROM service_center WHERE tenant_id = ?", ps -> {
                        ps.setLong(1, successor);
                        try (var rs = ps.executeQuery()) {
                            return rs.next() ? shown(rs.getString(1), rs.getString(2)) : null;
                        }
                    }));
            return Optional.of(new ReadOnly(true, name));
        }
        return row[1] != null ? Optional.of(new ReadOnly(false, null)) : Optional.empty();
    }

    private static String shown(String type, String name) {
        CenterType t = CenterType.valueOf(type);
        return t == CenterType.TINH ? name : t.label() + " " + name;
    }
}
