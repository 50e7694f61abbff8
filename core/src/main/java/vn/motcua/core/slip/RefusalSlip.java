package vn.motcua.core.slip;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ.
 *
 * @param header        issuing center
 * @param dossierCode   the dossier refused
 * @param applicant     to whom
 * @param procedureName the procedure applied for
 * @param reason        the specific reason, required by the rules; line breaks are kept
 * @param refusedAt     when
 * @param clerkName     the clerk who refused
 */
public record RefusalSlip(SlipHeader header, String dossierCode, Applicant applicant, String procedureName,
                          String reason, LocalDateTime refusedAt, String clerkName) {
    public RefusalSlip {
        SlipFields.requireDossier(header, dossierCode, applicant, procedureName);
        SlipFields.requireReason(reason, "a refusal needs a written reason");
        Objects.requireNonNull(refusedAt, "refusedAt");
        Objects.requireNonNull(clerkName, "clerkName");
    }
}
