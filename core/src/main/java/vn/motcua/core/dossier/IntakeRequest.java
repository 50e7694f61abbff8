package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.catalog.LegalDeadline;

import java.util.List;

/**
 * What a clerk submits at the counter: the procedure (as the catalog shows it now), the center's
 * numbering and calendar context, the channel, the applicant, the scanned papers, papers reused from earlier
 * dossiers and the names of the conditional checklist lines the clerk marked not applicable.
 */
public record IntakeRequest(String procedureCode, @Nullable Integer procedureVersion, String procedureName,
                            LegalDeadline deadline, String provinceCode, @Nullable String agencyCode,
                            Dossier.Channel channel, Applicant applicant, List<IncomingDocument> documents,
                            List<ReusedDocument> reused, List<String> notApplicable) {
    public IntakeRequest {
        documents = documents == null ? List.of() : List.copyOf(documents);
        reused = reused == null ? List.of() : List.copyOf(reused);
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
    }

    public IntakeRequest(String procedureCode, Integer procedureVersion, String procedureName, LegalDeadline deadline,
                         String provinceCode, String agencyCode, Dossier.Channel channel, Applicant applicant,
                         List<IncomingDocument> documents, List<ReusedDocument> reused) {
        this(procedureCode, procedureVersion, procedureName, deadline, provinceCode, agencyCode, channel, applicant,
                documents, reused, List.of());
    }

    public IntakeRequest(String procedureCode, Integer procedureVersion, String procedureName, LegalDeadline deadline,
                         String provinceCode, String agencyCode, Dossier.Channel channel, Applicant applicant,
                         List<IncomingDocument> documents) {
        this(procedureCode, procedureVersion, procedureName, deadline, provinceCode, agencyCode, channel, applicant,
                documents, List.of());
    }

    /** A checklist line answered by a paper this applicant already had digitized at this center. */
    public record ReusedDocument(String name, long documentId) {
    }

    /** One scanned paper: the checklist name, the uploaded file name and its bytes. */
    public record IncomingDocument(String name, String fileName, byte[] content) {
    }
}
