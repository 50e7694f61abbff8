package vn.motcua.tenants.center;

import vn.motcua.core.audit.AuditAction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.FormValidator;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;

import java.util.List;
import java.util.Locale;
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
    public ServiceCenter current(CallContext ctx) {
        return tx.read(ctx.tenant(), () -> centers.findById(ctx.tenant().value()))
                .orElseThrow(() -> new NotFoundException("center", ctx.tenant().value()));
    }

    /**
     * One center by id. Provincial IT may open any (audited); everyone else only their own, and another
     * center's id looks exactly like an id that does not exist.
     */
    public ServiceCenter open(CallContext ctx, long centerId) {
        if (ctx.isProvincial()) {
            return province.run(ctx, AuditAction.CENTER_OPENED, "trung tâm " + centerId,
                    () -> centers.findById(centerId)).orElseThrow(() -> new NotFoundException("center", centerId));
        }
        if (centerId != ctx.tenant().value()) {
            throw new NotFoundException("center", centerId);
        }
        return current(ctx);
    }

    public ServiceCenter updateProfile(CallContext ctx, CenterProfileForm form) {
        ctx.require(Permission.MANAGE_CENTER);
        validator.check(form);
        return tx.write(ctx.tenant(), () -> {
            ServiceCenter center = centers.findById(ctx.tenant().value())
                    .orElseThrow(() -> new NotFoundException("center", ctx.tenant().value()));
            ServiceCenter changed = center.withProfile(form.name().trim(), blankToNull(form.address()),
                    blankToNull(form.phone()), blankToNull(form.email()), blankToNull(form.openingHours()),
                    form.version() == null ? center.version() : form.version());
            ServiceCenter saved = DataErrors.optimistic("center", () -> centers.update(changed));
            audit.record(ctx, AuditAction.CENTER_PROFILE_UPDATED, "service_center",
                    center.id(), "tên: " + center.name() + " → " + saved.name());
            return saved;
        });
    }

    /**
     * Provincial IT sets (or clears, with a blank) a center's agency code (mã định danh, QCVN 102:2016 shape
     * {@code 000.00.00.H56}); new dossiers of the center are numbered with it. Refused in Vietnamese when the shape is
     * wrong or another center already has the code. Audited in the province's log and in the center's.
     */
    public ServiceCenter setAgencyCode(CallContext ctx, long centerId, @Nullable String code, @Nullable Long version) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        String wanted = code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && AgencyCode.tryParse(wanted).isEmpty()) {
            throw new InvalidInputException(List.of(agencyCodeShapeProblem(wanted)));
        }
        ServiceCenter saved = province.run(ctx, AuditAction.CENTER_AGENCY_CODE_SET,
                "trung tâm " + centerId + ": " + (wanted == null ? "bỏ mã" : wanted), () -> {
                    ServiceCenter center = centers.findById(centerId).orElseThrow(() -> new NotFoundException("center", centerId));
                    if (wanted != null) {
                        centers.findByAgencyCode(wanted).filter(other -> !other.id().equals(centerId)).ifPresent(other -> {
                            throw new InvalidInputException(List.of(new Problem("agencyCode",
                                    "Mã định danh " + wanted + " đã là mã của " + other.displayName(),
                                    "agency code " + wanted + " already belongs to center " + other.code())));
                        });
                    }
                    ServiceCenter changed = center.withAgencyCode(wanted, version == null ? center.version() : version);
                    try {
                        return DataErrors.optimistic("center", () -> centers.update(changed));
                    } catch (RuntimeException e) {
                        if (DataErrors.violatedUniqueConstraint(e).isPresent()) {
                            throw new InvalidInputException(List.of(new Problem("agencyCode",
                                    "Mã định danh " + wanted + " đã được dùng cho trung tâm khác",
                                    "agency code " + wanted + " is already in use")));
                        }
                        throw e;
                    }
                });
        audit.record(saved.tenantId(), ctx, AuditAction.CENTER_AGENCY_CODE_SET, "service_center", centerId,
                "mã định danh: " + (saved.agencyCode() == null ? "—" : saved.agencyCode()));
        return saved;
    }

    /** The refusal of an agency code not in the QCVN 102:2016 shape (also when a center is onboarded). */
    public static Problem agencyCodeShapeProblem(String wanted) {
        return new Problem("agencyCode",
                "Mã định danh «" + wanted + "» không đúng cấu trúc QCVN 102:2016 (ví dụ 000.00.00.H56)",
                "agency code '" + wanted + "' is not in the QCVN 102:2016 shape NNN.NN.NN.LNN");
    }

    /**
     * Provincial IT gives every commune center without opening hours the given ones (e.g. the province's office
     * hours); a center's own hours are kept. Audited in the province's log. Returns how many centers changed.
     */
    public long fillOpeningHours(CallContext ctx, String hours) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        if (hours == null || hours.isBlank() || hours.length() > 200) {
            throw new InvalidInputException(List.of(new Problem("openingHours", "Giờ làm việc trống hoặc dài quá 200 ký tự",
                    "opening hours empty or longer than 200 characters")));
        }
        return province.run(ctx, AuditAction.CENTER_PROFILE_UPDATED, "giờ làm việc các trung tâm chưa có: " + hours.strip(),
                () -> centers.fillOpeningHours(hours.strip()));
    }

    /** How many communes' profiles lack the agency code, address, phone or opening hours. Provincial IT only. */
    public long incompleteCount(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return province.unaudited(centers::countIncomplete);
    }

    /** The province's registry: paging, sorting, diacritics-insensitive search. Provincial IT only. */
    public Page<ServiceCenter> search(CallContext ctx, @Nullable String query, @Nullable CenterType type,
                                      @Nullable CenterStatus status, int page, int size,
                                      @Nullable String sortProperty, boolean ascending) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        String sort = sortProperty != null && SORTABLE.contains(sortProperty) ? sortProperty : "name";
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
                Sort.of(ascending ? Sort.Order.asc(sort) : Sort.Order.desc(sort)));
        return province.unaudited(() -> centers.search(SearchKey.likeAll(query),
                type == null ? null : type.name(), status == null ? null : status.name(), pageable));
    }

    /** Records that provincial IT opened the registry (paging itself is not audited line by line). */
    public void registryViewed(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        audit.record(ctx.homeTenant(), ctx.actor(), AuditAction.CENTER_REGISTRY_VIEWED, "service_center", null, null);
    }

    /**
     * Provincial IT starts working as a center (the caller's session then acts as it); recorded in both the
     * province's and the center's audit log.
     */
    public ServiceCenter actAs(CallContext ctx, long centerId) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        ServiceCenter center = province.run(ctx, AuditAction.ACT_AS_CENTER,
                "trung tâm " + centerId, () -> centers.findById(centerId))
                .orElseThrow(() -> new NotFoundException("center", centerId));
        audit.record(center.tenantId(), ctx, AuditAction.PROVINCIAL_ADMIN_ACTING, "service_center", centerId,
                "bởi " + ctx.username());
        return center;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
