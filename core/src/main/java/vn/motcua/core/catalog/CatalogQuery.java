package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;

/** The catalog grid's filters; every part may be empty. {@code text} matches code or name, any order, no diacritics. */
public record CatalogQuery(@Nullable String text, @Nullable String field, @Nullable Level level,
                           @Nullable OnlineLevel onlineLevel) {
    public static CatalogQuery text(String text) {
        return new CatalogQuery(text, null, null, null);
    }
}
