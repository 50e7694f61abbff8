package vn.motcua.tenants.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.context.Role;

/** One row of a center's staff list: the person and their account. */
@Serdeable
public record StaffView(long id, String fullName, String username, Role role, @Nullable String position,
                        @Nullable String phone, @Nullable String email, boolean active, long version) {

    public StaffForm toForm() {
        return new StaffForm(fullName, username, null, role, position, phone, email, version);
    }
}
