package vn.motcua.tenants.security;

import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.tenancy.TenantId;

import java.time.Instant;

/**
 * The logged-in person. {@code tenant} is the center they work on: their own, or for provincial IT the
 * center they chose to act as (an audited choice). Kept in the session; each request or UI action turns it into
 * the {@link CallContext} services take ({@link #at}), never a bare tenant id from a request, so nobody can name
 * another center's id and be served.
 */
@Serdeable
public record Principal(long userId, String username, String fullName, Role role, long homeTenantId, long tenantId,
                        String centerName) {

    public TenantId tenant() {
        return TenantId.of(tenantId);
    }

    public TenantId homeTenant() {
        return TenantId.of(homeTenantId);
    }

    public Actor actor() {
        return new Actor(userId, username, homeTenant());
    }

    /** This person's call at {@code now}. */
    public CallContext at(Instant now) {
        return new CallContext(tenant(), actor(), fullName, role, centerName, now);
    }

    public boolean actingAsOtherCenter() {
        return tenantId != homeTenantId;
    }

    public Principal actingAs(long centerTenantId, String centerName) {
        return new Principal(userId, username, fullName, role, homeTenantId, centerTenantId, centerName);
    }
}
