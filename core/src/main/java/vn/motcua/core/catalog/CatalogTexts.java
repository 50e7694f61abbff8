package vn.motcua.core.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Documents, fees and deadlines as people read and type them (one per line), for screens and forms. */
public final class CatalogTexts {
    private CatalogTexts() {
    }

    /** "Tờ khai [1 bản chính] [mẫu: TK.docx]", one document a line. */
    public static String documents(List<RequiredDocument> documents) {
        return documents.stream().map(RequiredDocumentText::format).collect(Collectors.joining("\n"));
    }

    public static List<RequiredDocument> parseDocuments(String text) {
        return RequiredDocumentText.parseList(text);
    }

    public static String document(RequiredDocument document) {
        return RequiredDocumentText.format(document);
    }

    public static String fees(List<Fee> fees) {
        return fees.stream().map(FeeTextParser::format).collect(Collectors.joining("\n"));
    }

    public static List<Fee> parseFees(String text) {
        return FeeTextParser.parseList(text);
    }

    public static String fee(Fee fee) {
        return FeeTextParser.format(fee);
    }

    /**
     * A version's deadline as people read it: "5 ngày làm việc", "5 ngày làm việc (đơn vị chưa được xác nhận)" when
     * the parser assumed the unit, "Không quy định thời hạn" when provincial IT stated there is none.
     */
    public static String deadline(ProcedureDraft draft) {
        if (draft.noFixedDeadline()) {
            return "Không quy định thời hạn";
        }
        String text = deadline(draft.legalDeadline());
        return draft.deadlineUnitAssumed() ? text + " (đơn vị chưa được xác nhận)" : text;
    }

    /** "5 ngày làm việc", or "Không có thông tin". */
    public static String deadline(LegalDeadline deadline) {
        return deadline.isKnown() ? deadline.toString() : "Không có thông tin";
    }
}
