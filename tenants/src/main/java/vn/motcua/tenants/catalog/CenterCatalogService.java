package vn.motcua.tenants.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;
import vn.motcua.core.catalog.CenterProcedureService;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.tenants.security.Principal;

/**
 * The procedures a center serves: everyone of the center reads them, its director adds and removes
 * (audited in the center). A center that never changed its set serves every procedure of its level
 * (commune-level for communes and wards, provincial for the provincial center): see
 * {@link CenterProcedureService}. The public kiosk reads a center's set by its code, without login.
 */
@Singleton
public class CenterCatalogService {
    private final CenterProcedureService served;
    private final ServiceCenterRepository centers;
    private final TenantTransactions tx;
    private final ProvincialScope province;

    public CenterCatalogService(CenterProcedureService served, ServiceCenterRepository centers,
                                TenantTransactions tx, ProvincialScope province) {
        this.served = served;
        this.centers = centers;
        this.tx = tx;
        this.province = province;
    }

    /** The center's served procedures ({@code servedSet}) or those it could add. */
    public Page<Procedure> list(CallContext ctx, boolean servedSet, @Nullable String query, int page, int size,
                                @Nullable String sortProperty, boolean ascending) {
        if (!servedSet) {
            ctx.require(Permission.MANAGE_CENTER);
        }
        return served.page(ctx.tenant(), defaultLevel(ctx), servedSet, query, page, size, sortProperty,
                ascending);
    }

    /** A procedure this person's center serves, with its current version; any other id is not found. */
    public ProcedureDetail servedProcedure(CallContext ctx, long procedureId) {
        return served.servedProcedure(ctx.tenant(), defaultLevel(ctx), procedureId);
    }

    public boolean isServed(CallContext ctx, long procedureId) {
        return served.isServed(ctx.tenant(), defaultLevel(ctx), procedureId);
    }

    public void add(CallContext ctx, long procedureId) {
        ctx.require(Permission.MANAGE_CENTER);
        served.setServed(ctx, defaultLevel(ctx), procedureId, true);
    }

    public void remove(CallContext ctx, long procedureId) {
        ctx.require(Permission.MANAGE_CENTER);
        served.setServed(ctx, defaultLevel(ctx), procedureId, false);
    }

    /** An active center by its code, for the public page; unknown, merged or closed → not found. */
    public KioskCenter kioskCenter(String centerCode) {
        ServiceCenter c = kiosk(centerCode);
        return new KioskCenter(c.code(), c.displayName(), c.address(), c.phone());
    }

    /** Every active center's public profile (what its kiosk and receipts show anyway), for the API. */
    public java.util.List<ServiceCenter> publicCenters() {
        return province.unaudited(() -> centers.findByStatusOrderByName(CenterStatus.ACTIVE));
    }

    /** One active center's public profile by its code (unknown, merged or closed: not found). */
    public ServiceCenter publicCenter(String centerCode) {
        return kiosk(centerCode);
    }

    /** Whether {@code centerCode} names a center provincial IT suspended: its public pages say it is temporarily closed. */
    public boolean suspended(String centerCode) {
        String code = centerCode == null ? "" : centerCode.trim();
        return province.unaudited(() -> centers.findByCode(code))
                .map(c -> c.status() == CenterStatus.INACTIVE).orElse(false);
    }

    public Page<Procedure> kioskProcedures(String centerCode, @Nullable String query, int page, int size) {
        ServiceCenter c = kiosk(centerCode);
        return served.page(c.tenantId(), levelOf(c), true, query, page, size, "name", true);
    }

    /** A procedure the center serves, with documents and fees; one it does not serve is not found. */
    public ProcedureDetail kioskProcedure(String centerCode, long procedureId) {
        ServiceCenter c = kiosk(centerCode);
        return served.servedProcedure(c.tenantId(), levelOf(c), procedureId);
    }

    private ServiceCenter kiosk(String centerCode) {
        String code = centerCode == null ? "" : centerCode.trim();
        // the public page names a center by code: a read of the registry, no tenant yet to read it in
        return province.unaudited(() -> centers.findByCode(code))
                .filter(c -> c.status() == CenterStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("center", code));
    }

    private Level defaultLevel(CallContext ctx) {
        ServiceCenter c = tx.read(ctx.tenant(), () -> centers.findById(ctx.tenant().value()))
                .orElseThrow(() -> new NotFoundException("center", ctx.tenant().value()));
        return levelOf(c);
    }

    private static Level levelOf(ServiceCenter c) {
        return c.type() == CenterType.TINH ? Level.PROVINCE : Level.COMMUNE;
    }
}
