package vn.motcua.core.catalog;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.NotFoundException;

/**
 * The procedures a center serves. Default (a center that never changed anything): every procedure of
 * the center's level — commune-level for a commune or ward, provincial for the provincial center.
 * {@code center_procedure} holds only the center's departures from that default (served = true adds,
 * served = false removes), so nothing has to be seeded and newly imported procedures of the level are
 * served at once. Role checks are the caller's (the director changes the set).
 */
@Singleton
public class CenterProcedureService {
    private final CenterProcedureRepository served;
    private final CatalogService catalog;
    private final TenantTransactions tx;
    private final AuditLog audit;

    public CenterProcedureService(CenterProcedureRepository served, CatalogService catalog, TenantTransactions tx,
                                  AuditLog audit) {
        this.served = served;
        this.catalog = catalog;
        this.tx = tx;
        this.audit = audit;
    }

    /** Procedures the center serves ({@code servedSet = true}) or could add ({@code false}), searchable without diacritics. */
    public Page<Procedure> page(TenantId tenant, Level defaultLevel, boolean servedSet, @Nullable String query,
                                int page, int size, @Nullable String sortProperty, boolean ascending) {
        Pageable pageable = CatalogService.pageable(page, size, sortProperty, ascending);
        String phrase = CatalogService.rankedPhrase(query, sortProperty, ascending);
        if (phrase != null) {
            Pageable unsorted = Pageable.from(pageable.getNumber(), pageable.getSize());
            return tx.read(tenant, () -> served.pageRanked(tenant.value(), defaultLevel.name(), servedSet,
                    SearchKey.likeAll(query), phrase, phrase + "%", "%" + phrase + "%", unsorted));
        }
        return tx.read(tenant, () -> served.page(tenant.value(), defaultLevel.name(), servedSet,
                SearchKey.likeAll(query), pageable));
    }

    public boolean isServed(TenantId tenant, Level defaultLevel, long procedureId) {
        Boolean result = tx.read(tenant, () -> served.isServed(tenant.value(), defaultLevel.name(), procedureId));
        if (result == null) {
            throw new NotFoundException("procedure", procedureId);
        }
        return result;
    }

    /** A served procedure with its documents and fees; one the center does not serve is not found. */
    public ProcedureDetail servedProcedure(TenantId tenant, Level defaultLevel, long procedureId) {
        return tx.read(tenant, () -> {
            if (!Boolean.TRUE.equals(served.isServed(tenant.value(), defaultLevel.name(), procedureId))) {
                throw new NotFoundException("procedure", procedureId);
            }
            return catalog.get(procedureId);
        });
    }

    /** Adds ({@code true}) or removes a procedure from the center's served set; audited in the center. */
    public void setServed(CallContext ctx, Level defaultLevel, long procedureId, boolean serve) {
        TenantId tenant = ctx.tenant();
        Actor actor = ctx.actor();
        tx.run(tenant, () -> {
            if (served.isServed(tenant.value(), defaultLevel.name(), procedureId) == null) {
                throw new NotFoundException("procedure", procedureId);
            }
            served.setServed(tenant.value(), procedureId, serve, actor.username());
            audit.record(tenant, actor, serve ? AuditAction.CENTER_PROCEDURE_ADDED : AuditAction.CENTER_PROCEDURE_REMOVED, "procedure",
                    procedureId, null);
        });
    }

}
