package vn.motcua.tenants.security;

import jakarta.inject.Singleton;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.StaffDirectory;

/** The center's accounts as core's dossier processing asks about them: one indexed look-up, inside the caller's transaction. */
@Singleton
class CenterStaffDirectory implements StaffDirectory {
    private final AppUserRepository users;

    CenterStaffDirectory(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public boolean isActiveStaff(CallContext ctx, String username) {
        return users.findByTenantIdAndUsername(ctx.tenant().value(), username).filter(AppUser::active).isPresent();
    }
}
