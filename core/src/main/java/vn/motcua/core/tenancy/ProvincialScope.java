package vn.motcua.core.tenancy;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.audit.Actor;

import java.util.function.Supplier;

/**
 * The single path for cross-tenant work (listing all centers, onboarding, mergers, login look-up).
 * It runs the work as the provincial database role, whose policies see every tenant, and records
 * who did it and why in the audit log of {@code auditTenant}.
 */
@Singleton
public class ProvincialScope {
    private final TenantTransactions tenantTransactions;
    private final AuditLog auditLog;

    public ProvincialScope(TenantTransactions tenantTransactions, AuditLog auditLog) {
        this.tenantTransactions = tenantTransactions;
        this.auditLog = auditLog;
    }

    /** Cross-tenant work, audited as {@code action} by {@code actor} in the audit log of {@code auditTenant}. */
    public <T> T run(Actor actor, String action, TenantId auditTenant, String detail, Supplier<T> work) {
        return unaudited(() -> {
            T result = work.get();
            auditLog.record(auditTenant, actor, action, "SCOPE", "PROVINCE", detail);
            return result;
        });
    }

    /**
     * Cross-tenant reads whose audit record the caller writes itself (a login is audited as the login,
     * in the user's own center). Keep its callers few and named in ARCHITECTURE.md.
     */
    public <T> T unaudited(Supplier<T> work) {
        if (TenantContext.current().isPresent() || TenantContext.provincial()) {
            throw new IllegalStateException("the provincial path cannot be entered from inside other tenant work");
        }
        TenantContext.swapProvincial(true);
        try {
            return tenantTransactions.operations().executeWrite(status -> work.get());
        } finally {
            TenantContext.swapProvincial(false);
        }
    }
}
