package vn.motcua.tenants.security;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.db.DatabaseUnavailableException;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;
import vn.motcua.tenants.staff.StaffMember;
import vn.motcua.tenants.staff.StaffRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password for the login page and the API, from a client address.
 * <ol>
 *   <li>{@link LoginThrottle} first, before any database read or hash: a throttled attempt is answered at once,
 *       for real and unknown names alike;</li>
 *   <li>then one Argon2id run: the account's hash, or a dummy one when the name is unknown, so both cost the same;</li>
 *   <li>every failure (unknown name, wrong password, deactivated account or center) is the same {@code FAILED};</li>
 *   <li>failures are audited in bursts ({@link LoginAudit}), successes one row each, in the account's center.</li>
 * </ol>
 * Nothing is ever locked: there is no count an attacker can push to keep the real user out.
 */
@Singleton
public class LoginService {
    /** The address of a call that did not come over the network (tests, tools). */
    public static final String LOCAL = "local";

    private final AppUserRepository users;
    private final StaffRepository staff;
    private final ServiceCenterRepository centers;
    private final ProvincialScope province;
    private final TenantTransactions tx;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final BusinessTime time;
    private final LoginThrottle throttle;
    private final LoginAudit failures;

    public LoginService(AppUserRepository users, StaffRepository staff, ServiceCenterRepository centers,
                        ProvincialScope province, TenantTransactions tx, AuditLog audit, PasswordHasher hasher,
                        BusinessTime time, LoginThrottle throttle, LoginAudit failures) {
        this.users = users;
        this.staff = staff;
        this.centers = centers;
        this.province = province;
        this.tx = tx;
        this.audit = audit;
        this.hasher = hasher;
        this.time = time;
        this.throttle = throttle;
        this.failures = failures;
    }

    public LoginResult login(String username, String password) {
        return login(username, password, LOCAL);
    }

    /**
     * @param address the client's address ({@code ClientAddress} in the ui module), the throttle's second key
     * @throws DatabaseUnavailableException when PostgreSQL cannot be reached: the caller tells the person the system is
     *                                      busy, never that the password was wrong (and no failure is counted)
     */
    public LoginResult login(String username, String password, String address) {
        try {
            return check(username, password, address == null || address.isBlank() ? LOCAL
                    : address.length() > 64 ? address.substring(0, 64) : address);
        } catch (RuntimeException e) {
            if (DatabaseUnavailableException.isCause(e) && !(e instanceof DatabaseUnavailableException)) {
                throw new DatabaseUnavailableException(e);
            }
            throw e;
        }
    }

    private LoginResult check(String username, String password, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        Instant now = time.now();
        Duration wait = throttle.waitFor(name, address, now);
        if (!wait.isZero()) {
            failures.refused(name, address, now);
            return LoginResult.throttled(wait);
        }
        String lookup = name;
        Optional<AppUser> found = name.isEmpty() ? Optional.empty() : province.unaudited(() -> users.findByUsername(lookup));
        if (found.isEmpty()) {
            hasher.burnTime(password);
            throttle.failed(name, address, now);
            failures.failed(new LoginAudit.Target(null, null, name), address, now);
            return LoginResult.failed();
        }
        AppUser user = found.get();
        TenantId tenant = TenantId.of(user.tenantId());
        LoginAudit.Target target = new LoginAudit.Target(tenant, user.id(), user.username());
        if (!hasher.matches(password, user.passwordHash())) {
            throttle.failed(name, address, now);
            failures.failed(target, address, now);
            return LoginResult.failed();
        }
        Actor actor = new Actor(user.id(), user.username(), tenant);
        // a sign-in writes only its record and the audit line: allowed at a center a merge froze (read-only)
        LoginResult result = tx.bookkeeping(tenant, () -> {
            ServiceCenter center = centers.findById(user.tenantId()).orElseThrow();
            Optional<StaffMember> member = staff.findByTenantIdAndUserId(user.tenantId(), user.id());
            boolean active = user.active() && member.map(StaffMember::active).orElse(true)
                    && center.status() == CenterStatus.ACTIVE;
            if (!active) {
                audit.record(tenant, actor, AuditAction.LOGIN_REFUSED_INACTIVE, "app_user", user.id(), "từ " + address);
                return LoginResult.failed();
            }
            users.updateLastLoginAt(user.id(), now);
            audit.record(tenant, actor, AuditAction.LOGIN, "app_user", user.id(), "từ " + address);
            String fullName = member.map(StaffMember::fullName).orElse(user.username());
            return LoginResult.success(new Principal(user.id(), user.username(), fullName, user.role(),
                    user.tenantId(), user.tenantId(), center.displayName()), user.mustChangePassword());
        });
        if (result.succeeded()) {
            throttle.succeeded(name, address, now);
            failures.succeeded(target, address);
        }
        return result;
    }

    public void logout(Principal principal) {
        audit.record(principal.homeTenant(), principal.actor(), AuditAction.LOGOUT, "app_user", principal.userId(), null);
    }
}
