package vn.motcua.core.counter;

import io.micronaut.core.annotation.Introspected;

/** An active member of the center's staff who can be put on a counter: by id, shown by full name. */
@Introspected
public record StaffChoice(long id, String fullName) {
}
