package vn.motcua.tenants.security;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The outcome of a login attempt; only {@link Outcome#SUCCESS} carries a principal. Every failure — unknown name,
 * wrong password, deactivated account — is the same {@link Outcome#FAILED}, so neither the page nor the API can tell
 * whether an account exists; {@link Outcome#THROTTLED} says how long to wait, alike for every name.
 */
public record LoginResult(Outcome outcome, @Nullable Principal principal, Duration retryAfter,
                          boolean mustChangePassword) {
    public enum Outcome { SUCCESS, FAILED, THROTTLED }

    static LoginResult success(Principal principal, boolean mustChangePassword) {
        return new LoginResult(Outcome.SUCCESS, principal, Duration.ZERO, mustChangePassword);
    }

    static LoginResult failed() {
        return new LoginResult(Outcome.FAILED, null, Duration.ZERO, false);
    }

    static LoginResult throttled(Duration wait) {
        return new LoginResult(Outcome.THROTTLED, null, wait, false);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    /** Whole seconds to wait, rounded up (at least 1 when throttled). */
    public long retryAfterSeconds() {
        long s = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return outcome == Outcome.THROTTLED ? Math.max(1, s) : 0;
    }
}
