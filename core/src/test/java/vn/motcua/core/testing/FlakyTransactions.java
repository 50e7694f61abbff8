package vn.motcua.core.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantContext;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The application's tenant transactions, with two faults a test can arm once (turned on with
 * {@code @Property(name = "motcua.test.flaky-transactions", value = "true")}): the next outermost write commits and
 * then throws, as when the connection drops after PostgreSQL committed but before the client heard so; the next
 * outermost read throws before it starts, as when the database cannot be reached.
 */
@Singleton
@Replaces(TenantTransactions.class)
@Requires(property = "motcua.test.flaky-transactions", value = "true")
public class FlakyTransactions extends TenantTransactions {
    private final AtomicBoolean failAfterNextCommit = new AtomicBoolean();
    private final AtomicBoolean failNextRead = new AtomicBoolean();

    public FlakyTransactions(TransactionOperations<Connection> transactions) {
        super(transactions);
    }

    public void failAfterNextCommit() {
        failAfterNextCommit.set(true);
    }

    public void failNextRead() {
        failNextRead.set(true);
    }

    @Override
    public <T> T write(TenantId tenant, Supplier<T> work) {
        boolean outermost = TenantContext.current().isEmpty();
        T result = super.write(tenant, work);
        if (outermost && failAfterNextCommit.getAndSet(false)) {
            throw new IllegalStateException("I/O error: connection reset after COMMIT (simulated)");
        }
        return result;
    }

    @Override
    public <T> T read(TenantId tenant, Supplier<T> work) {
        if (TenantContext.current().isEmpty() && failNextRead.getAndSet(false)) {
            throw new IllegalStateException("database unreachable (simulated)");
        }
        return super.read(tenant, work);
    }
}
