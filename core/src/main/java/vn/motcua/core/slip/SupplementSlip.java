package vn.motcua.core.slip;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
 *
 * @param header        issuing center
 * @param dossierCode   the dossier the request is about
 * @param applicant     to whom
 * @param procedureName the procedure applied for
 * @param items         what to add or complete; at least one
 * @param reason        why (legal ground or finding); may be blank
 * @param requestedAt   when the request was issued (the clock stops from then)
 * @param clerkName     the clerk giving the guidance (người hướng dẫn)
 */
public record SupplementSlip(SlipHeader header, String dossierCode, Applicant applicant, String procedureName,
                             List<SupplementItem> items, String reason, LocalDateTime requestedAt, String clerkName) {
    public SupplementSlip {
        SlipFields.requireDossier(header, dossierCode, applicant, procedureName);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supplement request needs at least one item");
        }
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(clerkName, "clerkName");
    }
}
