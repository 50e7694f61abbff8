package vn.motcua.core.context;

import vn.motcua.core.tenancy.TenantId;

/** Who acts: a logged-in user, or the system itself (bootstrap, demo loader, scheduled work). */
public record Actor(Long userId, String username, TenantId homeTenant) {
    public static Actor system(String name) {
        return new Actor(null, name, null);
    }
}
