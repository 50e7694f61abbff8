package vn.motcua.core.tenancy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one way to touch tenant data: the work runs in a transaction whose connection is bound to the
 * tenant (row-level security) and whose queries filter by that tenant explicitly (repositories take
 * the {@link TenantId}). Nested calls join the outer transaction only for the same tenant.
 */
@Singleton
public class TenantTransactions {
    private final TransactionOperations<Connection> transactions;

    public TenantTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T read(TenantId tenant, Supplier<T> work) {
        return inTenant(tenant, () -> transactions.executeRead(status -> work.get()));
    }

    /**
     * A write of the tenant. A transaction it opens first enters the center's write section (migration 018,
     * {@code motcua_enter_tenant_write}): a center frozen by a running merge, or merged into another, is read-only
     * and the write is refused with {@link CenterReadOnlyException} before anything is written.
     */
    public <T> T write(TenantId tenant, Supplier<T> work) {
        boolean opens = TenantContext.current().isEmpty();
        return inTenant(tenant, () -> transactions.executeWrite(status -> {
            if (opens) {
                enterWrite(status.getConnection(), tenant);
            }
            return work.get();
        }));
    }

    /**
     * The writes a read-only (merging or merged) center still takes, without the write section: its audit log (who
     * looked at it is still recorded) and a sign-in's record. Nothing a merge moves or counts exactly.
     */
    public <T> T bookkeeping(TenantId tenant, Supplier<T> work) {
        return inTenant(tenant, () -> transactions.executeWrite(status -> work.get()));
    }

    private static void enterWrite(Connection connection, TenantId tenant) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT motcua_enter_tenant_write(?)")) {
            ps.setLong(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                String reason = rs.next() ? rs.getString(1) : null;
                if (reason != null) {
                    throw new CenterReadOnlyException(tenant, "MERGED".equals(reason));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not enter the write section of center " + tenant, e);
        }
    }

    public void run(TenantId tenant, Runnable work) {
        write(tenant, () -> {
            work.run();
            return null;
        });
    }

    private <T> T inTenant(TenantId tenant, Supplier<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        if (TenantContext.provincial()) {
            throw new IllegalStateException("tenant work cannot start inside the provincial path");
        }
        TenantId outer = TenantContext.current().orElse(null);
        if (outer != null && !outer.equals(tenant)) {
            throw new IllegalStateException("work for tenant " + tenant + " started inside tenant " + outer);
        }
        if (outer == null && transactions.findTransactionStatus().isPresent()) {
            // its connection was bound to no tenant (or another one): joining it would see nothing or too much
            throw new IllegalStateException("tenant work cannot join a transaction opened outside tenant context");
        }
        TenantContext.swap(tenant);
        try {
            return work.get();
        } finally {
            TenantContext.swap(outer);
        }
    }

    /**
     * Runs {@code work} in a transaction of the provincial database role (its own login and pool), whose policies
     * see every tenant and which alone writes the shared tables. Only the provincial scope (package province) calls
     * this: it names the path and audits it. The flag is set before the transaction begins, so the transaction
     * manager takes its connection from the provincial pool.
     */
    public <T> T provincial(Supplier<T> work) {
        if (TenantContext.current().isPresent() || TenantContext.provincial()) {
            throw new IllegalStateException("the provincial path cannot be entered from inside other tenant work");
        }
        if (transactions.findTransactionStatus().isPresent()) {
            // that transaction holds a tenant-pool connection: joining it would run the work as the tenant role
            throw new IllegalStateException("the provincial path cannot join a transaction opened outside it");
        }
        TenantContext.swapProvincial(true);
        try {
            return transactions.executeWrite(status -> work.get());
        } finally {
            TenantContext.swapProvincial(false);
        }
    }
}
