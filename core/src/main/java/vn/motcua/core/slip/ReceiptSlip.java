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
 */
public record ReceiptSlip(SlipHeader header, String dossierCode, Applicant applicant, String procedureName,
                          String procedureCode, List<DocumentLine> documents, String legalDeadline,
                          LocalDateTime receivedAt, LocalDateTime dueAt, String resultDelivery, List<FeeLine> fees,
                          String clerkName) {
    public ReceiptSlip {
        SlipFields.requireDossier(header, dossierCode, applicant, procedureName);
        documents = List.copyOf(documents);
        Objects.requireNonNull(legalDeadline, "legalDeadline");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(resultDelivery, "resultDelivery");
        fees = fees == null ? List.of() : List.copyOf(fees);
        Objects.requireNonNull(clerkName, "clerkName");
    }
}
