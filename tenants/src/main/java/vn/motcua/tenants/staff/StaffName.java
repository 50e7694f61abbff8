package vn.motcua.tenants.staff;

import io.micronaut.core.annotation.Introspected;

/** A login name with the full name of the person who holds it. */
@Introspected
public record StaffName(String username, String fullName) {
}
