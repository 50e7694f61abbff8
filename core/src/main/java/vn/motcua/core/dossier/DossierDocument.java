package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("dossier_document")
public record DossierDocument(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId, long dossierId,
                              String name, @Nullable String fileName, String objectKey, long sizeBytes, String sha256,
                              String contentType, Kind kind, @Nullable Long reusedFrom, @DateCreated Instant createdAt) {

    /** Số hóa đầu vào (scanned at intake) or số hóa kết quả (the digitized result). */
    public enum Kind {
        INPUT, RESULT
    }
}
