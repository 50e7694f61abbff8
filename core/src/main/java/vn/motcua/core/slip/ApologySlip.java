package vn.motcua.core.slip;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Form 04: Văn bản xin lỗi và hẹn lại ngày trả kết quả, issued before the due date passes.
 *
 * @param header        issuing center
 * @param dossierCode   the late dossier
 * @param applicant     to whom
 * @param procedureName the procedure applied for
 * @param dueAt         the appointment that will be missed
 * @param newDate       the new appointment
 * @param reason        why the result is late
 * @param issuedAt      when the letter was issued
 * @param signer        who signs for the center
 */
public record ApologySlip(SlipHeader header, String dossierCode, Applicant applicant, String procedureName,
                          LocalDateTime dueAt, LocalDateTime newDate, String reason, LocalDateTime issuedAt, String signer) {
    public ApologySlip {
        SlipFields.requireDossier(header, dossierCode, applicant, procedureName);
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(newDate, "newDate");
        SlipFields.requireReason(reason, "an apology states why the result is late");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(signer, "signer");
    }
}
