package vn.motcua.core.audit;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantContext;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

/** Records who did what. Joins the caller's transaction, so an action and its record commit together. */
@Singleton
public class AuditLog {
    private final AuditRepository repository;
    private final TenantTransactions transactions;

    public AuditLog(AuditRepository repository, TenantTransactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public void record(TenantId tenant, Actor actor, String action, String targetType, Object targetId, String detail) {
        AuditEntry entry = new AuditEntry(null, tenant.value(), null, actor.userId(), actor.username(),
                actor.homeTenant() == null ? null : actor.homeTenant().value(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), detail);
        if (TenantContext.provincial() || TenantContext.current().map(tenant::equals).orElse(false)) {
            repository.save(entry);
        } else {
            transactions.run(tenant, () -> repository.save(entry));
        }
    }

    public Page<AuditEntry> page(TenantId tenant, int page, int size) {
        return transactions.read(tenant, () -> repository.findByTenantId(tenant.value(),
                Pageable.from(page, size, Sort.of(Sort.Order.desc("at")))));
    }

    public long count(TenantId tenant, String action) {
        return transactions.read(tenant, () -> repository.countByTenantIdAndAction(tenant.value(), action));
    }
}
