package vn.motcua.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One national-portal JSON object → draft. The file's keys are the portal's Vietnamese field names. */
final class PortalRecordMapper {

    static final String CODE = "ma_thu_tuc";
    static final String NAME = "ten_thu_tuc";
    static final String CHANNELS = "cach_thuc_thuc_hien";
    private static final String LEGAL_BASIS_HEADER = "Tên văn bản pháp lýMã văn bản";

    private PortalRecordMapper() {
    }

    static ProcedureDraft map(JsonNode json) {
        List<PortalChannelTable.Row> rows = PortalChannelTable.parse(text(json, CHANNELS));
        String name = text(json, NAME);
        return new ProcedureDraft(
                text(json, CODE),
                null,
                name,
                CatalogText.value(text(json, "linh_vuc")),
                Level.parseAll(text(json, "cap_thuc_hien")),
                deadline(rows, text(json, "trinh_tu_thuc_hien")),
                PortalDocumentTable.parse(text(json, "thanh_phan_ho_so")),
                fees(rows),
                OnlineLevel.UNKNOWN,
                interAgency(name, text(json, "co_quan_phoi_hop")),
                agency(json),
                legalBasis(text(json, "can_cu_phap_ly")));
    }

    /**
     * The in-person row's time, since that is what the center's counter promises; postal then online
     * rows only when no in-person row states one. Within a channel the first row wins (later rows are
     * case variants). A number without a unit takes the unit the same number has in the row's
     * description or the procedure's steps ("1" + "01 ngày làm việc"), else stays unknown.
     */
    static LegalDeadline deadline(List<PortalChannelTable.Row> rows, String steps) {
        List<PortalChannelTable.Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(PortalChannelTable.Row::channel));
        for (PortalChannelTable.Row row : ordered) {
            LegalDeadline deadline = rowDeadline(row, steps);
            if (deadline.isKnown()) {
                return deadline;
            }
        }
        return LegalDeadline.UNKNOWN;
    }

    private static LegalDeadline rowDeadline(PortalChannelTable.Row row, String steps) {
        if (row.time() == null) {
            return LegalDeadline.UNKNOWN;
        }
        if (!row.time().chars().allMatch(Character::isDigit)) {
            return DeadlineTextParser.parse(row.time());
        }
        int value = Integer.parseInt(row.time());
        for (String context : new String[] {row.description(), steps}) {
            for (LegalDeadline mentioned : DeadlineTextParser.findAll(context)) {
                if (mentioned.value() == value) {
                    return mentioned;
                }
            }
        }
        return LegalDeadline.UNKNOWN;
    }

    /** Distinct fees of all rows, in-person first: rows usually repeat one fee, or split a tariff between them. */
    private static List<Fee> fees(List<PortalChannelTable.Row> rows) {
        Set<Fee> fees = new LinkedHashSet<>();
        rows.stream()
                .sorted(Comparator.comparing(PortalChannelTable.Row::channel))
                .map(PortalChannelTable.Row::fee)
                .filter(java.util.Objects::nonNull)
                .forEach(fees::add);
        return List.copyOf(fees);
    }

    /** Liên thông shows in the name or as a coordinating agency; absence of both proves nothing. */
    private static Boolean interAgency(String name, String coordinatingAgency) {
        boolean named = name != null && name.toLowerCase(Locale.ROOT).contains("liên thông");
        return named || CatalogText.value(coordinatingAgency) != null ? Boolean.TRUE : null;
    }

    private static String agency(JsonNode json) {
        String implementing = CatalogText.value(text(json, "co_quan_thuc_hien"));
        return implementing != null ? implementing : CatalogText.value(text(json, "co_quan_co_tham_quyen"));
    }

    private static String legalBasis(String text) {
        String value = CatalogText.value(text);
        if (value != null && value.startsWith(LEGAL_BASIS_HEADER)) {
            value = CatalogText.value(value.substring(LEGAL_BASIS_HEADER.length()));
        }
        return value;
    }

    private static String text(JsonNode json, String key) {
        JsonNode node = json.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
