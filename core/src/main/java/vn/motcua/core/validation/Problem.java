package vn.motcua.core.validation;

import io.micronaut.serde.annotation.Serdeable;

/** One thing wrong with an input: which field, and what to tell the person (Vietnamese) and a machine (English). */
@Serdeable
public record Problem(String field, String message, String detail) {
}
