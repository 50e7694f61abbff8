package vn.motcua.ui.api;

import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.validation.Problem;

import java.util.List;

/** An API error (RFC 9457 shape): {@code title} in Vietnamese for people, {@code detail} in English. */
@Serdeable
public record ApiError(int status, String title, String detail, List<Problem> problems) {
}
