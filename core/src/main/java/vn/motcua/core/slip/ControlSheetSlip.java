package vn.motcua.core.slip;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Form 06: Phiếu kiểm soát quá trình giải quyết hồ sơ, as printed from the dossier page.
 *
 * @param header        issuing center
 * @param dossierCode   the dossier's code
 * @param applicant     who submitted
 * @param procedureName the procedure applied for
 * @param receivedAt    when the dossier was received (local time)
 * @param dueAt         the appointment for the result (local time)
 * @param lines         the control sheet's entries, in order
 * @param printedAt     when the sheet is printed (local time)
 * @param clerkName     who prints it
 */
public record ControlSheetSlip(SlipHeader header, String dossierCode, Applicant applicant, String procedureName,
                               LocalDateTime receivedAt, LocalDateTime dueAt, List<Line> lines,
                               LocalDateTime printedAt, String clerkName) {
    public ControlSheetSlip {
        SlipFields.requireDossier(header, dossierCode, applicant, procedureName);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        lines = List.copyOf(lines);
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(clerkName, "clerkName");
    }

    /** One entry: its number, the action, the steps from and to, who, when, time used against the step's budget, note. */
    public record Line(int number, String action, String steps, String actor, LocalDateTime at, String timeUsed,
                       String note) {
    }
}
