package vn.motcua.core.dossier;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Ý kiến: a note one member of staff leaves on a dossier for the others. */
@MappedEntity("dossier_comment")
public record DossierComment(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId, long dossierId,
                             String author, String body, @DateCreated Instant createdAt) {
}
