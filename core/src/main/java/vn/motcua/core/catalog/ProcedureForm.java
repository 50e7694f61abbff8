package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * An edit of a procedure by provincial IT; saving publishes a new version. Documents and fees are typed
 * one per line, as in the exchange sheet ("Tờ khai [1 bản chính]", "Lệ phí: 8.000 đồng").
 *
 * @param baseVersion the version the person started from: if someone published meanwhile, the save is refused
 */
public record ProcedureForm(
        @NotBlank(message = "{required}") @Size(max = 1000, message = "{too.long}") String name,
        @Nullable @Size(max = 300, message = "{too.long}") String field,
        @NotEmpty(message = "{required}") Set<Level> levels,
        @Nullable Integer deadlineValue,
        @Nullable DeadlineUnit deadlineUnit,
        @NotNull(message = "{required}") OnlineLevel onlineLevel,
        @Nullable Boolean interAgency,
        @Nullable @Size(max = 2000, message = "{too.long}") String implementingAgency,
        @Nullable @Size(max = 20000, message = "{too.long}") String legalBasis,
        @Nullable @Size(max = 50000, message = "{too.long}") String documentsText,
        @Nullable @Size(max = 20000, message = "{too.long}") String feesText,
        @Nullable @Size(max = 64, message = "{too.long}") String provinceSuffix,
        @Nullable Integer baseVersion) {

    /** The form filled with a version's content. */
    public static ProcedureForm of(ProcedureVersion v) {
        ProcedureDraft d = v.draft();
        return new ProcedureForm(d.name(), d.field(), d.levels(), d.legalDeadline().value(), d.legalDeadline().unit(),
                d.onlineLevel(), d.interAgency(), d.implementingAgency(), d.legalBasis(),
                CatalogTexts.documents(d.documents()), CatalogTexts.fees(d.fees()), d.provinceSuffix(),
                v.versionNumber());
    }

    public ProcedureForm withDeadline(Integer value, DeadlineUnit unit) {
        return new ProcedureForm(name, field, levels, value, unit, onlineLevel, interAgency, implementingAgency,
                legalBasis, documentsText, feesText, provinceSuffix, baseVersion);
    }
}
