package vn.motcua.core.tenancy;

import java.util.Optional;

/**
 * The tenant of the work running on this thread. Set only by {@link TenantTransactions} (and the
 * provincial path); read by {@link TenantAwareDataSource} when a connection is checked out.
 */
public final class TenantContext {
    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> PROVINCIAL = ThreadLocal.withInitial(() -> false);

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** True while the audited provincial path runs on this thread. */
    public static boolean provincial() {
        return PROVINCIAL.get();
    }

    static TenantId swap(TenantId tenant) {
        TenantId previous = CURRENT.get();
        if (tenant == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenant);
        }
        return previous;
    }

    static boolean swapProvincial(boolean provincial) {
        boolean previous = PROVINCIAL.get();
        PROVINCIAL.set(provincial);
        return previous;
    }
}
