package vn.motcua.tenants.legacy;

import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.dossier.DossierStatus;

import java.util.List;

/**
 * What an archive would do to the chosen center (the preview), or did (after a run): counts, the status mapping met,
 * the unknown procedure codes, the problems that refuse the archive and the notes that do not. {@code entry} is the
 * 1-based position of the dossier in the manifest, 0 for the archive itself.
 */
@Serdeable
public record LegacyImportReport(long centerId, String centerName, String archiveSha256, int dossiers, int toCreate,
                                 int unchanged, int keptAsIs, int open, int closed, int documents, long documentBytes,
                                 List<StatusMapping> statuses, List<String> unknownProcedures, List<Issue> problems,
                                 List<Issue> notes) {

    /** A problem or a note about one entry of the manifest (or the archive: entry 0). */
    @Serdeable
    public record Issue(int entry, String code, String message, String detail) {
        /** "Hồ sơ thứ 3 (000.00.50.H25-250612-0001): …", or the message alone for the archive. */
        public String describe() {
            return entry == 0 ? message : "Hồ sơ thứ " + entry + (code == null || code.isBlank() ? "" : " (" + code + ")")
                    + ": " + message;
        }
    }

    /** The previous system's status text, ours, and how many dossiers of the archive have it. */
    @Serdeable
    public record StatusMapping(String source, DossierStatus status, int count) {
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }
}
