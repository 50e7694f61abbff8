package vn.motcua.core.slip;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Form 05: Thông báo dừng giải quyết hồ sơ, with the written reason, for a dossier received and then stopped.
 *
 * @param header        issuing center
 * @param dossierCode   the stopped dossier
 * @param applicant     to whom
 * @param procedureName the procedure applied for
 * @param receivedAt    when the dossier was received
 * @param reason        why processing stops; required
 * @param stoppedAt     when
 * @param signer        who signs for the center
 */
public record StopSlip(SlipHeader header, String dossierCode, Applicant applicant, String procedureName,
                       LocalDateTime receivedAt, String reason, LocalDateTime stoppedAt, String signer) {
    public StopSlip {
        SlipFields.requireDossier(header, dossierCode, applicant, procedureName);
        Objects.requireNonNull(receivedAt, "receivedAt");
        SlipFields.requireReason(reason, "stopping a dossier needs a written reason");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        Objects.requireNonNull(signer, "signer");
    }
}
