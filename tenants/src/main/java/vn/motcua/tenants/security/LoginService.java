package vn.motcua.tenants.security;

import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.context.BusinessTime;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.db.DatabaseUnavailableException;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.ServiceCenterRepository;
import vn.motcua.tenants.staff.StaffMember;
import vn.motcua.tenants.staff.StaffRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password for the login page and the API. After {@code maxFailures} wrong
 * passwords in a row the account is locked for {@code lockMinutes}. Every attempt is audited in the
 * account's center (unknown usernames in the provincial center's log).
 */
@Singleton
public class LoginService {
    private final AppUserRepository users;
    private final StaffRepository staff;
    private final ServiceCenterRepository centers;
    private final ProvincialScope province;
    private final TenantTransactions tx;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final int maxFailures;
    private final Duration lockDuration;
    private final BusinessTime time;

    public LoginService(AppUserRepository users, StaffRepository staff, ServiceCenterRepository centers,
                        ProvincialScope province, TenantTransactions tx, AuditLog audit, PasswordHasher hasher, BusinessTime time,
                        @Value("${motcua.security.max-failures:5}") int maxFailures,
                        @Value("${motcua.security.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.staff = staff;
        this.centers = centers;
        this.province = province;
        this.tx = tx;
        this.audit = audit;
        this.hasher = hasher;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
        this.time = time;
    }

    /**
     * @throws DatabaseUnavailableException when PostgreSQL cannot be reached: the caller tells the person the system is
     *                                      busy, never that the password was wrong (and no failure is counted)
     */
    public LoginResult login(String username, String password) {
        try {
            return check(username, password);
        } catch (RuntimeException e) {
            if (DatabaseUnavailableException.isCause(e) && !(e instanceof DatabaseUnavailableException)) {
                throw new DatabaseUnavailableException(e);
            }
            throw e;
        }
    }

    private LoginResult check(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Optional<AppUser> found = name.isEmpty() ? Optional.empty() : province.unaudited(() -> users.findByUsername(name));
        if (found.isEmpty()) {
            hasher.burnTime(password);
            auditUnknown(name);
            return new LoginResult(LoginResult.Outcome.FAILED, null, null);
        }
        AppUser user = found.get();
        TenantId tenant = TenantId.of(user.tenantId());
        Actor actor = new Actor(user.id(), user.username(), tenant);
        Instant now = time.now();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            audit.record(tenant, actor, AuditAction.LOGIN_REFUSED_LOCKED, "app_user", user.id(), null);
            return new LoginResult(LoginResult.Outcome.LOCKED, null, user.lockedUntil());
        }
        boolean matches = hasher.matches(password, user.passwordHash());
        return tx.write(tenant, () -> {
            ServiceCenter center = centers.findById(user.tenantId()).orElseThrow();
            if (!matches) {
                int failures = user.failedLogins() + 1;
                Instant lockedUntil = failures >= maxFailures ? now.plus(lockDuration) : null;
                users.updateFailedLoginsAndLockedUntil(user.id(), lockedUntil == null ? failures : 0, lockedUntil);
                audit.record(tenant, actor, lockedUntil == null ? AuditAction.LOGIN_FAILED : AuditAction.ACCOUNT_LOCKED, "app_user",
                        user.id(), "sai " + failures + " lần");
                return lockedUntil == null ? new LoginResult(LoginResult.Outcome.FAILED, null, null)
                        : new LoginResult(LoginResult.Outcome.LOCKED, null, lockedUntil);
            }
            Optional<StaffMember> member = staff.findByTenantIdAndUserId(user.tenantId(), user.id());
            boolean active = user.active() && member.map(StaffMember::active).orElse(true)
                    && center.status() == CenterStatus.ACTIVE;
            if (!active) {
                audit.record(tenant, actor, AuditAction.LOGIN_REFUSED_INACTIVE, "app_user", user.id(), null);
                return new LoginResult(LoginResult.Outcome.INACTIVE, null, null);
            }
            users.updateFailedLoginsAndLockedUntilAndLastLoginAt(user.id(), 0, null, now);
            audit.record(tenant, actor, AuditAction.LOGIN, "app_user", user.id(), null);
            String fullName = member.map(StaffMember::fullName).orElse(user.username());
            return new LoginResult(LoginResult.Outcome.SUCCESS, new Principal(user.id(), user.username(), fullName,
                    user.role(), user.tenantId(), user.tenantId(), center.displayName()), null);
        });
    }

    public void logout(Principal principal) {
        audit.record(principal.homeTenant(), principal.actor(), AuditAction.LOGOUT, "app_user", principal.userId(), null);
    }

    private void auditUnknown(String name) {
        province.unaudited(() -> {
            centers.findByTypeOrderByName(CenterType.TINH).stream().findFirst().ifPresent(root ->
                    audit.record(root.tenantId(), Actor.system("anonymous"), AuditAction.LOGIN_FAILED_UNKNOWN_USER,
                            "app_user", null, name.length() > 64 ? name.substring(0, 64) : name));
            return null;
        });
    }
}
