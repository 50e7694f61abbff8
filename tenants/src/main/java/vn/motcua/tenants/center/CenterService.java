package vn.motcua.tenants.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.tenancy.ProvincialScope;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.FormValidator;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.tenants.security.AccessDeniedException;
import vn.motcua.tenants.security.Principal;

import java.util.Set;

/** A center's profile for its own people; the registry of all centers for provincial IT. */
@Singleton
public class CenterService {
    private static final Set<String> SORTABLE = Set.of("code", "name", "type", "status");

    private final ServiceCenterRepository centers;
    private final TenantTransactions tx;
    private final ProvincialScope province;
    private final AuditLog audit;
    private final FormValidator validator;

    public CenterService(ServiceCenterRepository centers, TenantTransactions tx, ProvincialScope province,
                         AuditLog audit, FormValidator validator) {
        this.centers = centers;
        this.tx = tx;
        this.province = province;
        this.audit = audit;
        this.validator = validator;
    }

    /** The center the person works on. */
    public ServiceCenter current(Principal principal) {
        return tx.read(principal.tenant(), () -> centers.findById(principal.tenantId()))
                .orElseThrow(() -> new NotFoundException("center", principal.tenantId()));
    }

    /**
     * One center by id. Provincial IT may open any (audited); everyone else only their own, and another
     * center's id looks exactly like an id that does not exist.
     */
    public ServiceCenter open(Principal principal, long centerId) {
        if (principal.isProvincial()) {
            return province.run(principal.actor(), "CENTER_OPENED", principal.homeTenant(), "center " + centerId,
                    () -> centers.findById(centerId)).orElseThrow(() -> new NotFoundException("center", centerId));
        }
        if (centerId != principal.tenantId()) {
            throw new NotFoundException("center", centerId);
        }
        return current(principal);
    }

    public ServiceCenter updateProfile(Principal principal, CenterProfileForm form) {
        if (!principal.managesCenter()) {
            throw new AccessDeniedException("update center profile");
        }
        validator.check(form);
        return tx.write(principal.tenant(), () -> {
            ServiceCenter center = centers.findById(principal.tenantId())
                    .orElseThrow(() -> new NotFoundException("center", principal.tenantId()));
            ServiceCenter changed = center.withProfile(form.name().trim(), blankToNull(form.agencyCode()),
                    blankToNull(form.address()), blankToNull(form.phone()), blankToNull(form.email()),
                    form.version() == null ? center.version() : form.version());
            ServiceCenter saved = DataErrors.optimistic("center", () -> centers.update(changed));
            audit.record(principal.tenant(), principal.actor(), "CENTER_PROFILE_UPDATED", "service_center",
                    center.id(), "name: " + center.name() + " -> " + saved.name());
            return saved;
        });
    }

    /** The province's registry: paging, sorting, diacritics-insensitive search. Provincial IT only. */
    public Page<ServiceCenter> search(Principal principal, @Nullable String query, @Nullable CenterType type,
                                      @Nullable CenterStatus status, int page, int size,
                                      @Nullable String sortProperty, boolean ascending) {
        requireProvincial(principal);
        String sort = sortProperty != null && SORTABLE.contains(sortProperty) ? sortProperty : "name";
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
                Sort.of(ascending ? Sort.Order.asc(sort) : Sort.Order.desc(sort)));
        return province.unaudited(() -> centers.search(SearchKey.likeAll(query),
                type == null ? null : type.name(), status == null ? null : status.name(), pageable));
    }

    /** Records that provincial IT opened the registry (paging itself is not audited line by line). */
    public void registryViewed(Principal principal) {
        requireProvincial(principal);
        audit.record(principal.homeTenant(), principal.actor(), "CENTER_REGISTRY_VIEWED", "service_center", null, null);
    }

    /** Provincial IT starts working as a center; recorded in both the province's and the center's audit log. */
    public Principal actAs(Principal principal, long centerId) {
        requireProvincial(principal);
        ServiceCenter center = province.run(principal.actor(), "ACT_AS_CENTER", principal.homeTenant(),
                "center " + centerId, () -> centers.findById(centerId))
                .orElseThrow(() -> new NotFoundException("center", centerId));
        audit.record(center.tenantId(), principal.actor(), "PROVINCIAL_ADMIN_ACTING", "service_center", centerId,
                "by " + principal.username());
        return principal.actingAs(centerId, center.displayName());
    }

    private static void requireProvincial(Principal principal) {
        if (!principal.isProvincial()) {
            throw new AccessDeniedException("provincial administration");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
