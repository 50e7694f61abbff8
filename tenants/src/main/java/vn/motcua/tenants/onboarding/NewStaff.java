package vn.motcua.tenants.onboarding;

import vn.motcua.core.context.Role;

/** A first staff member of a new center; the password is already hashed. */
public record NewStaff(String username, String fullName, Role role, String position, String passwordHash) {
}
