package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.calendar.LegalDeadline;

import java.util.List;

/**
 * What a clerk submits at the counter: the procedure (as the catalog shows it now), the center's
 * numbering and calendar context, the channel, the applicant and the scanned papers.
 */
public record IntakeRequest(String procedureCode, @Nullable Integer procedureVersion, String procedureName,
                            LegalDeadline deadline, String provinceCode, @Nullable String agencyCode,
                            Dossier.Channel channel, Applicant applicant, List<IncomingDocument> documents) {

    /** One scanned paper: the checklist name, the uploaded file name and its bytes. */
    public record IncomingDocument(String name, String fileName, byte[] content) {
    }
}
