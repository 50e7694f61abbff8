package vn.motcua.core.slip;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
 *
 * @param header         issuing center
 * @param dossierCode    the national-format dossier code, e.g. "000.00.00.H56-251124-0001"
 * @param applicant      who submitted
 * @param procedureName  the administrative procedure (and case variant) applied for
 * @param procedureCode  its code, e.g. "1.001193.000.00.00.H56"; may be null
 * @param documents      papers received, in order
 * @param legalDeadline  the legal processing time as text, e.g. "03 ngày làm việc"
 * @param receivedAt     when the dossier was validly received (local time of the center)
 * @param dueAt          appointment for the result
 * @param resultDelivery where/how the result is returned, e.g. "Trực tiếp tại Trung tâm …" or "Qua dịch vụ bưu chính công ích"
 * @param fees           fees and charges; empty when none are due
 * @param clerkName      the receiving clerk
 * @param lookupSecret   the dossier's mã tra cứu (13 characters of Crockford base32): printed in groups and carried
 *                       by the QR code, it opens the public status and rating pages without typing
 */
public record ReceiptSlip(SlipHeader header, String dossierCode, Applicant applicant, String procedureName,
                          String procedureCode, List<DocumentLine> documents, String legalDeadline,
                          LocalDateTime receivedAt, LocalDateTime dueAt, String resultDelivery, List<FeeLine> fees,
                          String clerkName, String lookupSecret) {
    public ReceiptSlip {
        SlipFields.requireDossier(header, dossierCode, applicant, procedureName);
        documents = List.copyOf(documents);
        Objects.requireNonNull(legalDeadline, "legalDeadline");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(resultDelivery, "resultDelivery");
        fees = fees == null ? List.of() : List.copyOf(fees);
        Objects.requireNonNull(clerkName, "clerkName");
        Objects.requireNonNull(lookupSecret, "lookupSecret");
    }

    /** A lookup secret as printed for people: groups of four, the last taking what remains ({@code ABCD-EFGH-JKMNP}). */
    public static String printed(String secret) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < secret.length()) {
            int end = secret.length() - i < 8 ? secret.length() : i + 4;
            s.append(s.length() == 0 ? "" : "-").append(secret, i, end);
            i = end;
        }
        return s.toString();
    }
}
