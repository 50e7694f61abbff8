package vn.motcua.tenants.security;

import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.NotFoundException;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Passwords after the account exists: a person changes their own (current + new), and a reset — by the center's
 * director or provincial IT, see {@code StaffService.resetPassword} — sets a one-time password the person must
 * replace at their next sign-in ({@code app_user.must_change_password}). Argon2id through {@link PasswordHasher}.
 */
@Singleton
public class PasswordService {
    /** No 0/O, 1/l/I: read aloud or copied from a screen without mistakes. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 12;

    private final AppUserRepository users;
    private final TenantTransactions tx;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SecureRandom random = new SecureRandom();

    public PasswordService(AppUserRepository users, TenantTransactions tx, AuditLog audit, PasswordHasher hasher,
                           LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.tx = tx;
        this.audit = audit;
        this.hasher = hasher;
    }

    /** The rule for every password a person chooses: 8 to 128 characters with letters and digits. */
    public static boolean strongEnough(String password) {
        return password != null && password.length() >= 8 && password.length() <= 128
                && password.matches("(?s).*\\p{L}.*") && password.matches("(?s).*[0-9].*");
    }

    /** The caller changes their own password; clears a pending forced change. */
    public void change(CallContext ctx, String current, String chosen) {
        TenantId home = ctx.actor().homeTenant();
        Long userId = ctx.actor().userId();
        if (home == null || userId == null) {
            throw new NotFoundException("user", userId);
        }
        AppUser user = tx.read(home, () -> users.findByTenantIdAndId(home.value(), userId))
                .orElseThrow(() -> new NotFoundException("user", userId));
        // a stolen session must not become a fast way to guess the current password: the login throttle's pair key
        String where = "đổi mật khẩu";
        java.time.Duration wait = throttle.waitFor(user.username(), where, ctx.now());
        if (!wait.isZero()) {
            throw InvalidInputException.of("currentPassword", "login.throttled", Math.max(1, wait.toSeconds()));
        }
        if (!hasher.matches(current, user.passwordHash())) {
            throttle.failed(user.username(), where, ctx.now());
            throw InvalidInputException.of("currentPassword", "password.current.wrong");
        }
        if (!strongEnough(chosen)) {
            throw InvalidInputException.of("newPassword", "password.weak");
        }
        if (chosen.equals(current) || chosen.toLowerCase(Locale.ROOT).equals(user.username())) {
            throw InvalidInputException.of("newPassword", "password.same");
        }
        String hash = hasher.hash(chosen);
        tx.write(home, () -> {
            users.updatePasswordHashAndMustChangePassword(user.id(), hash, false);
            audit.record(home, ctx.actor(), AuditAction.PASSWORD_CHANGED, "app_user", user.id(), null);
            return null;
        });
    }

    /**
     * Sets a fresh one-time password on {@code user} (already found in the caller's center and checked by the
     * caller) and returns it, to be shown once; the person must change it at their next sign-in.
     */
    public String resetTo(CallContext ctx, AppUser user) {
        if (user.id().equals(ctx.actor().userId())) {
            throw InvalidInputException.of("password", "password.reset.self");
        }
        String oneTime = oneTimePassword();
        users.updatePasswordHashAndMustChangePassword(user.id(), hasher.hash(oneTime), true);
        audit.record(ctx, AuditAction.PASSWORD_RESET, "app_user", user.id(), user.username());
        return oneTime;
    }

    /** A fresh random one-time password (12 characters, no look-alike letters), to be shown once. */
    public String oneTimePassword() {
        while (true) {
            StringBuilder b = new StringBuilder(ONE_TIME_LENGTH);
            for (int i = 0; i < ONE_TIME_LENGTH; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (strongEnough(b.toString())) {
                return b.toString();
            }
        }
    }

    /** Whether the account must still replace a one-time password (read on every API call and page change). */
    public boolean mustChange(TenantId home, long userId) {
        return tx.read(home, () -> users.findByTenantIdAndId(home.value(), userId))
                .map(AppUser::mustChangePassword).orElse(false);
    }
}
