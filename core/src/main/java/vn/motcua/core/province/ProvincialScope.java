package vn.motcua.core.province;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.tenancy.TenantTransactions;

import java.util.function.Supplier;

/**
 * The single path for cross-tenant work (listing all centers, onboarding, mergers, login look-up) and for
 * writing the province's shared tables (catalog, calendars, default workflows, imports), which the tenant role
 * may only read. It runs the work on the provincial database role's own connection, whose policies see every
 * tenant, and records who did it and why in the audit log of the caller's home center.
 */
@Singleton
public class ProvincialScope {
    private final TenantTransactions tenantTransactions;
    private final AuditLog auditLog;

    public ProvincialScope(TenantTransactions tenantTransactions, AuditLog auditLog) {
        this.tenantTransactions = tenantTransactions;
        this.auditLog = auditLog;
    }

    /** Cross-tenant work, audited as {@code action} by the caller in the audit log of the caller's home center. */
    public <T> T run(CallContext ctx, AuditAction action, String detail, Supplier<T> work) {
        return unaudited(() -> {
            T result = work.get();
            auditLog.record(ctx.homeTenant(), ctx.actor(), action, "province", null, detail);
            return result;
        });
    }

    /**
     * A write to the shared tables whose audit record {@code work} writes itself with {@code AuditLog.record}
     * (it knows the ids and the details), in the same transaction.
     */
    public <T> T sharedWrite(Supplier<T> work) {
        return tenantTransactions.provincial(work);
    }

    /**
     * Cross-tenant reads whose audit record the caller writes itself (a login is audited as the login,
     * in the user's own center). Keep its callers few and named in the README.
     */
    public <T> T unaudited(Supplier<T> work) {
        return tenantTransactions.provincial(work);
    }
}
