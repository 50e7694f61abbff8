package vn.motcua.core.context;

import vn.motcua.core.tenancy.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * One call into MotCua: which center it works on, who acts (with their role), and the instant of the request.
 * Built once per request or UI action from the signed-in person and {@link BusinessTime}, then passed to
 * services, which read the time from it instead of a clock (model: Kill Bill's {@code InternalCallContext}).
 * {@code tenant} is the person's own center, or for provincial IT the center they chose to act as.
 */
public record CallContext(TenantId tenant, Actor actor, String fullName, Role role, String centerName, Instant now) {
    public CallContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(now, "now");
        fullName = fullName == null ? actor.username() : fullName;
    }

    /**
     * MotCua itself acting for the province (first start, demo loader, scheduled work): provincial rights, no user,
     * audited under {@code name} in the province center's log.
     */
    public static CallContext system(TenantId province, String name, Instant now) {
        return new CallContext(province, new Actor(null, name, province), name, Role.PROVINCIAL_ADMIN, "", now);
    }

    public String username() {
        return actor.username();
    }

    public Long userId() {
        return actor.userId();
    }

    public TenantId homeTenant() {
        return actor.homeTenant();
    }

    public boolean isProvincial() {
        return role == Role.PROVINCIAL_ADMIN;
    }

    public boolean actingAsOtherCenter() {
        return actor.homeTenant() != null && !tenant.equals(actor.homeTenant());
    }

    /** May manage the center's staff and profile: its director, or provincial IT acting as that center. */
    public boolean managesCenter() {
        return role == Role.DIRECTOR || (role == Role.PROVINCIAL_ADMIN && actingAsOtherCenter());
    }

    public boolean may(Permission permission) {
        return permission.grantedTo(this);
    }

    /** Throws {@link AccessDeniedException} unless this caller holds {@code permission}. */
    public CallContext require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(permission);
        }
        return this;
    }

    /** The same caller a moment later (long-running work that records several instants). */
    public CallContext at(Instant instant) {
        return new CallContext(tenant, actor, fullName, role, centerName, instant);
    }
}
