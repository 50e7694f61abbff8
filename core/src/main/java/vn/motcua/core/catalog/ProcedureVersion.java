package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One published state of a procedure, never changed afterwards: dossiers and workflows keep the
 * version they were made with. Documents and fees are JSON arrays (jsonb).
 */
@Serdeable
@MappedEntity("procedure_version")
public record ProcedureVersion(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long procedureId,
        int versionNumber,
        String nationalCode,
        @Nullable String provinceSuffix,
        String name,
        @Nullable String field,
        String levels,
        @Nullable Integer deadlineValue,
        @Nullable DeadlineUnit deadlineUnit,
        @ColumnTransformer(write = "CAST(? AS jsonb)") String documents,
        @ColumnTransformer(write = "CAST(? AS jsonb)") String fees,
        OnlineLevel onlineLevel,
        @Nullable Boolean interAgency,
        @Nullable String implementingAgency,
        @Nullable String legalBasis,
        String fingerprint,
        @Nullable String source,
        @GeneratedValue Instant publishedAt,
        @Nullable String publishedBy,
        boolean deadlineUnitAssumed,
        boolean noFixedDeadline) {

    static ProcedureVersion of(long procedureId, int number, ProcedureDraft d, String fingerprint, String source,
                               String publishedBy) {
        return new ProcedureVersion(null, procedureId, number, d.nationalCode(), d.provinceSuffix(), d.name(), d.field(),
                Levels.format(d.levels()), d.legalDeadline().value(), d.legalDeadline().unit(),
                CatalogJson.documents(d.documents()), CatalogJson.fees(d.fees()), d.onlineLevel(), d.interAgency(),
                d.implementingAgency(), d.legalBasis(), fingerprint, source, null, publishedBy,
                d.deadlineUnitAssumed(), d.noFixedDeadline());
    }

    /** The content as a draft: what an edit starts from, and what two versions are compared on. */
    public ProcedureDraft draft() {
        return new ProcedureDraft(nationalCode, provinceSuffix, name, field, Levels.parse(levels),
                deadlineUnit == null ? LegalDeadline.UNKNOWN : new LegalDeadline(deadlineValue, deadlineUnit),
                CatalogJson.documents(documents), CatalogJson.fees(fees), onlineLevel, interAgency,
                implementingAgency, legalBasis, deadlineUnitAssumed, noFixedDeadline);
    }
}
