package vn.motcua.core.counter;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A procedure the center serves, as a counter's form offers it. */
@Introspected
public record ProcedureChoice(long id, String nationalCode, String name, @Nullable String field) {
}
