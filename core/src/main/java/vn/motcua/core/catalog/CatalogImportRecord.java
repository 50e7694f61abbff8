package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One applied import file: who, when, and what it did to the catalog. */
@Serdeable
@MappedEntity("catalog_import")
public record CatalogImportRecord(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        String fileName,
        long sizeBytes,
        int procedures,
        int created,
        int newVersions,
        int unchanged,
        long durationMs,
        @Nullable String importedBy,
        @GeneratedValue Instant importedAt) {
}
