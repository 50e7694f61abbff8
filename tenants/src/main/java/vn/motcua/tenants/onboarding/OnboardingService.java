package vn.motcua.tenants.onboarding;

import vn.motcua.core.audit.AuditAction;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.context.Role;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.slip.HandoverSheet;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;
import vn.motcua.tenants.security.AppUser;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.tenants.security.PasswordService;
import vn.motcua.tenants.staff.StaffMember;
import vn.motcua.tenants.staff.StaffRepository;
import vn.motcua.tenants.staff.StaffService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Opens centers (one or a whole province) on the provincial path: all or nothing, audited per center; suspends and
 * reopens them. A new center needs nothing seeded to serve: the served-procedure set of a center that never changed it
 * is its level's default ({@code CenterProcedureService}) and a procedure's workflow is the province's default until
 * the center saves its own ({@code WorkflowService}), so both apply from its first minute.
 */
@Singleton
public class OnboardingService {
    private final ServiceCenterRepository centers;
    private final AppUserRepository users;
    private final StaffRepository staff;
    private final ProvincialScope province;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final PasswordService passwords;

    public OnboardingService(ServiceCenterRepository centers, AppUserRepository users, StaffRepository staff,
                             ProvincialScope province, AuditLog audit, PasswordHasher hasher, PasswordService passwords) {
        this.hasher = hasher;
        this.passwords = passwords;
        this.centers = centers;
        this.users = users;
        this.staff = staff;
        this.province = province;
        this.audit = audit;
    }

    public List<ServiceCenter> onboard(Actor actor, List<NewCenter> newCenters) {
        return province.unaudited(() -> {
            List<ServiceCenter> created = new ArrayList<>();
            for (NewCenter c : newCenters) {
                ServiceCenter center = centers.save(new ServiceCenter(null, c.code(), c.name(), c.type(),
                        CenterStatus.ACTIVE, null, c.provinceCode(), c.provinceName(), null, null, null, null,
                        c.mergedFrom(), null, null, null, null));
                for (NewStaff s : c.staff()) {
                    AppUser user = users.save(AppUser.create(center.id(), s.username().toLowerCase(Locale.ROOT),
                            s.passwordHash(), s.role()));
                    staff.save(new StaffMember(null, center.id(), user.id(), s.fullName(), s.position(), null, null,
                            true, null, null, null));
                }
                audit.record(center.tenantId(), actor, AuditAction.CENTER_ONBOARDED, "service_center", center.id(),
                        c.code() + " " + c.name() + ", " + c.staff().size() + " cán bộ");
                created.add(center);
            }
            return created;
        });
    }

    /**
     * The official list of the caller's province (the province of provincial IT's own center), each unit marked when a
     * center already exists for it. Provincial IT only.
     */
    public List<OfficialUnit> officialUnits(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return province.unaudited(() -> {
            Set<String> existing = new HashSet<>(centers.allCodes());
            return OfficialUnits.of(homeProvince(ctx).provinceCode()).stream()
                    .map(u -> new OfficialUnit(u.code(), u.type(), u.name(), u.mergedFrom(), existing.contains(u.code())))
                    .toList();
        });
    }

    /** The name of the caller's province ("Phú Thọ"), whose official list {@link #officialUnits} gives. */
    public String provinceName(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return province.unaudited(() -> homeProvince(ctx)).provinceName();
    }

    /**
     * Provincial IT opens one commune center from the official list with its first director (and clerks): usernames
     * proposed by the system, a one-time password each (only its hash is stored; the person must change it at the
     * first sign-in), returned once for the handover sheet. All or nothing, audited in the province's log and the
     * new center's; refused in Vietnamese when the unit is not on the list or already has a center, the agency code is
     * malformed or taken, the phone is not a phone number or the director has no name.
     */
    public Onboarded onboardOne(CallContext ctx, OnboardingForm form) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        ServiceCenter home = province.unaudited(() -> homeProvince(ctx));
        List<Problem> problems = new ArrayList<>();
        Optional<CommuneListReader.Commune> unit = OfficialUnits.of(home.provinceCode()).stream()
                .filter(u -> u.code().equals(form.unitCode() == null ? "" : form.unitCode().strip())).findFirst();
        if (unit.isEmpty()) {
            problems.add(new Problem("unitCode", "Chọn một xã, phường trong danh sách chính thức của tỉnh " + home.provinceName(),
                    "unit " + form.unitCode() + " is not on the official list of province " + home.provinceCode()));
        }
        String agencyCode = blank(form.agencyCode()) == null ? null : form.agencyCode().strip().toUpperCase(Locale.ROOT);
        if (agencyCode == null) {
            problems.add(new Problem("agencyCode", "Nhập mã định danh của cơ quan (QCVN 102:2016, ví dụ 000.00.00.H56)",
                    "agency code missing"));
        } else if (AgencyCode.tryParse(agencyCode).isEmpty()) {
            problems.add(CenterService.agencyCodeShapeProblem(agencyCode));
        }
        String phone = blank(form.phone());
        if (phone != null && !phone.matches("\\+?[0-9 .-]{9,15}")) {
            problems.add(new Problem("phone", "Số điện thoại «" + phone + "» không hợp lệ (9 đến 15 chữ số)",
                    "phone '" + phone + "' is not a phone number"));
        }
        if (blank(form.address()) != null && form.address().strip().length() > 300) {
            problems.add(new Problem("address", "Địa chỉ dài quá 300 ký tự", "address longer than 300 characters"));
        }
        if (blank(form.openingHours()) != null && form.openingHours().strip().length() > 200) {
            problems.add(new Problem("openingHours", "Giờ làm việc dài quá 200 ký tự", "opening hours longer than 200 characters"));
        }
        if (form.director() == null || blank(form.director().fullName()) == null) {
            problems.add(new Problem("director", "Nhập họ và tên giám đốc trung tâm", "director's full name missing"));
        }
        for (int i = 0; i < form.clerks().size(); i++) {
            if (blank(form.clerks().get(i).fullName()) == null) {
                problems.add(new Problem("clerks", "Cán bộ thứ " + (i + 1) + ": nhập họ và tên",
                        "clerk " + (i + 1) + ": full name missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CommuneListReader.Commune commune = unit.orElseThrow();
        // hashing is slow on purpose: done before the transaction, which then only writes
        List<PlannedAccount> planned = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        planned.add(plan(form.director(), Role.DIRECTOR, "Giám đốc", commune, taken));
        for (OnboardingForm.Person clerk : form.clerks()) {
            planned.add(plan(clerk, Role.CLERK, "Chuyên viên", commune, taken));
        }
        try {
            return province.unaudited(() -> {
                List<Problem> late = new ArrayList<>();
                centers.findByCode(commune.code()).ifPresent(c -> late.add(new Problem("unitCode",
                        c.displayName() + " (mã " + c.code() + ") đã có trung tâm trên hệ thống",
                        "unit " + c.code() + " is already onboarded")));
                centers.findByAgencyCode(agencyCode).ifPresent(c -> late.add(new Problem("agencyCode",
                        "Mã định danh " + agencyCode + " đã là mã của " + c.displayName(),
                        "agency code " + agencyCode + " already belongs to center " + c.code())));
                if (!late.isEmpty()) {
                    throw new InvalidInputException(late);
                }
                return open(ctx, home, commune, agencyCode, blank(form.address()), phone, blank(form.openingHours()),
                        planned);
            });
        } catch (RuntimeException e) {
            if (DataErrors.violatedUniqueConstraint(e).isPresent()) {
                // another provincial IT session got there first
                throw new InvalidInputException(List.of(new Problem("unitCode",
                        "Xã, phường hoặc mã định danh này vừa được dùng cho trung tâm khác; xin tải lại trang",
                        "unit or agency code taken concurrently")));
            }
            throw e;
        }
    }

    /**
     * Writes one new center with its planned accounts (hashed before the transaction) and its audit rows in its own
     * log and the province's. Runs inside the caller's provincial transaction (this one, or a bulk run's).
     */
    Onboarded open(CallContext ctx, ServiceCenter home, CommuneListReader.Commune commune, String agencyCode,
                   String address, String phone, String openingHours, List<PlannedAccount> planned) {
        ServiceCenter center = centers.save(new ServiceCenter(null, commune.code(), commune.name(), commune.type(),
                CenterStatus.ACTIVE, null, home.provinceCode(), home.provinceName(), agencyCode,
                address, phone, null, commune.mergedFrom(), openingHours,
                null, null, null));
        List<HandoverSheet.Account> accounts = new ArrayList<>();
        for (PlannedAccount p : planned) {
            AppUser user = users.save(new AppUser(null, center.id(), p.username(), p.hash(), p.role(), true, true,
                    null, null, null));
            staff.save(new StaffMember(null, center.id(), user.id(), p.fullName(), p.position(), null, null,
                    true, null, null, null));
            accounts.add(new HandoverSheet.Account(p.fullName(), p.position(), p.username(), p.oneTime()));
        }
        String detail = center.code() + " " + center.displayName()
                + (agencyCode == null ? "" : ", mã định danh " + agencyCode) + ", "
                + planned.size() + " tài khoản: " + String.join(", ", planned.stream().map(PlannedAccount::username).toList());
        audit.record(center.tenantId(), ctx, AuditAction.CENTER_ONBOARDED, "service_center", center.id(), detail);
        audit.record(ctx.homeTenant(), ctx, AuditAction.CENTER_ONBOARDED, "service_center", center.id(), detail);
        return new Onboarded(center, accounts);
    }

    /**
     * An account whose username is already chosen: draws its one-time password and hashes it (Argon2id, slow on
     * purpose: call it before the transaction; safe from several threads).
     */
    PlannedAccount account(String fullName, String position, Role role, String username) {
        String oneTime = passwords.oneTimePassword();
        return new PlannedAccount(fullName, position, role, username, oneTime, hasher.hash(oneTime));
    }

    /** The provincial center of the caller (provincial IT's home), read on the provincial path. */
    ServiceCenter home(CallContext ctx) {
        return homeProvince(ctx);
    }

    /** Provincial IT suspends a center: nobody of it signs in and its public pages say it is closed; nothing is deleted. */
    public ServiceCenter suspend(CallContext ctx, long centerId) {
        return setStatus(ctx, centerId, CenterStatus.INACTIVE);
    }

    /** Provincial IT reopens a suspended center. */
    public ServiceCenter reopen(CallContext ctx, long centerId) {
        return setStatus(ctx, centerId, CenterStatus.ACTIVE);
    }

    private ServiceCenter setStatus(CallContext ctx, long centerId, CenterStatus wanted) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        AuditAction action = wanted == CenterStatus.ACTIVE ? AuditAction.CENTER_REOPENED : AuditAction.CENTER_SUSPENDED;
        return province.run(ctx, action, "trung tâm " + centerId, () -> {
            ServiceCenter center = centers.findById(centerId).orElseThrow(() -> new NotFoundException("center", centerId));
            if (center.type() == CenterType.TINH) {
                throw new InvalidInputException(List.of(new Problem("status",
                        "Không thể tạm ngừng trung tâm của tỉnh", "the provincial center cannot be suspended")));
            }
            CenterStatus from = wanted == CenterStatus.ACTIVE ? CenterStatus.INACTIVE : CenterStatus.ACTIVE;
            if (center.status() != from) {
                throw new InvalidInputException(List.of(new Problem("status",
                        center.displayName() + " đang ở trạng thái «" + center.status().label() + "»",
                        "center " + center.code() + " is " + center.status())));
            }
            ServiceCenter saved = DataErrors.optimistic("center", () -> centers.update(center.withStatus(wanted)));
            audit.record(saved.tenantId(), ctx, action, "service_center", centerId, center.displayName());
            return saved;
        });
    }

    record PlannedAccount(String fullName, String position, Role role, String username, String oneTime,
                                  String hash) {
    }

    private PlannedAccount plan(OnboardingForm.Person person, Role role, String defaultPosition,
                                CommuneListReader.Commune commune, Set<String> taken) {
        String fullName = person.fullName().strip().replaceAll("\\s+", " ");
        String username = StaffService.proposeUsername(fullName, commune.name(), commune.code(), taken);
        taken.add(username);
        String position = blank(person.position()) == null ? defaultPosition : person.position().strip();
        return account(fullName, position, role, username);
    }

    private ServiceCenter homeProvince(CallContext ctx) {
        return centers.findById(ctx.homeTenant().value())
                .orElseThrow(() -> new NotFoundException("center", ctx.homeTenant().value()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long centerCount() {
        return province.unaudited(centers::count);
    }
}
