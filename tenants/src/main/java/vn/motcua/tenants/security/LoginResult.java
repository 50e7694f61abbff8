package vn.motcua.tenants.security;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** The outcome of a login attempt; only {@link Outcome#SUCCESS} carries a principal. */
public record LoginResult(Outcome outcome, @Nullable Principal principal, @Nullable Instant lockedUntil) {
    public enum Outcome { SUCCESS, FAILED, LOCKED, INACTIVE }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
