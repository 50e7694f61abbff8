package vn.motcua.core.testing;

import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.tenancy.TenantId;

import java.time.Clock;

/** Core tests' callers: a person of a test center, at the application clock's instant ("gd." names are directors). */
public final class Callers {
    private Callers() {
    }

    public static CallContext as(TenantId tenant, Actor actor, Clock clock) {
        Role role = actor.username().startsWith("gd.") ? Role.DIRECTOR : Role.CLERK;
        Actor of = actor.homeTenant() == null ? new Actor(actor.userId(), actor.username(), tenant) : actor;
        return new CallContext(tenant, of, actor.username(), role, "Trung tâm thử nghiệm", clock.instant());
    }

    /** Provincial IT at its home, the provincial center. */
    public static CallContext provincialIt(TenantId provincialCenter, Clock clock) {
        return new CallContext(provincialCenter, new Actor(1L, "admin.tinh", provincialCenter), "Quản trị tỉnh",
                Role.PROVINCIAL_ADMIN, "Tỉnh", clock.instant());
    }
}
