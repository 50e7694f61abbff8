package vn.motcua.core.tenancy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
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

    public <T> T write(TenantId tenant, Supplier<T> work) {
        return inTenant(tenant, () -> transactions.executeWrite(status -> work.get()));
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
