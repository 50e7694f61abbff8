package vn.motcua.core.counter;

import io.micronaut.core.annotation.Introspected;

/** The ticket number prefix of one field ("A" → A001). */
@Introspected
public record FieldPrefix(String field, String prefix) {
}
