package vn.motcua.tenants.security;

import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.audit.Actor;
import vn.motcua.core.tenancy.TenantId;

/**
 * The logged-in person. {@code tenant} is the center they work on: their own, or for provincial IT the
 * center they chose to act as (an audited choice). Services take this, never a bare tenant id from a
 * request, so nobody can name another center's id and be served.
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

    public boolean isProvincial() {
        return role == Role.PROVINCIAL_ADMIN;
    }

    public boolean actingAsOtherCenter() {
        return tenantId != homeTenantId;
    }

    /** May manage the center's staff and profile: its director, or provincial IT acting as that center. */
    public boolean managesCenter() {
        return role == Role.DIRECTOR || (role == Role.PROVINCIAL_ADMIN && actingAsOtherCenter());
    }

    public Principal actingAs(long centerTenantId, String centerName) {
        return new Principal(userId, username, fullName, role, homeTenantId, centerTenantId, centerName);
    }
}
