package vn.motcua.tenants.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;
import vn.motcua.core.catalog.CenterProcedureService;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.tenancy.ProvincialScope;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;
import vn.motcua.tenants.security.AccessDeniedException;
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
    public Page<Procedure> list(Principal principal, boolean servedSet, @Nullable String query, int page, int size,
                                @Nullable String sortProperty, boolean ascending) {
        if (!servedSet) {
            requireManager(principal);
        }
        return served.page(principal.tenant(), defaultLevel(principal), servedSet, query, page, size, sortProperty,
                ascending);
    }

    /** A procedure this person's center serves, with its current version; any other id is not found. */
    public ProcedureDetail servedProcedure(Principal principal, long procedureId) {
        return served.servedProcedure(principal.tenant(), defaultLevel(principal), procedureId);
    }

    public boolean isServed(Principal principal, long procedureId) {
        return served.isServed(principal.tenant(), defaultLevel(principal), procedureId);
    }

    public void add(Principal principal, long procedureId) {
        requireManager(principal);
        served.setServed(principal.tenant(), principal.actor(), defaultLevel(principal), procedureId, true);
    }

    public void remove(Principal principal, long procedureId) {
        requireManager(principal);
        served.setServed(principal.tenant(), principal.actor(), defaultLevel(principal), procedureId, false);
    }

    /** An active center by its code, for the public page; unknown, merged or closed → not found. */
    public KioskCenter kioskCenter(String centerCode) {
        ServiceCenter c = kiosk(centerCode);
        return new KioskCenter(c.code(), c.displayName(), c.address(), c.phone());
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

    private Level defaultLevel(Principal principal) {
        ServiceCenter c = tx.read(principal.tenant(), () -> centers.findById(principal.tenantId()))
                .orElseThrow(() -> new NotFoundException("center", principal.tenantId()));
        return levelOf(c);
    }

    private static Level levelOf(ServiceCenter c) {
        return c.type() == CenterType.TINH ? Level.PROVINCE : Level.COMMUNE;
    }

    private static void requireManager(Principal principal) {
        if (!principal.managesCenter()) {
            throw new AccessDeniedException("change the center's procedures");
        }
    }
}
