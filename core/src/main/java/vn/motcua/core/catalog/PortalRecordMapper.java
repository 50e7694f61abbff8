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
        String name = CatalogText.name(text(json, NAME));
        Resolved deadline = resolve(rows, text(json, "trinh_tu_thuc_hien"), text(json, "thoi_han_giai_quyet"),
                text(json, "yeu_cau_dieu_kien"));
        return new ProcedureDraft(
                text(json, CODE),
                null,
                name,
                CatalogText.value(text(json, "linh_vuc")),
                Level.parseAll(text(json, "cap_thuc_hien")),
                deadline.deadline(),
                PortalDocumentTable.parse(text(json, "thanh_phan_ho_so")),
                fees(rows),
                OnlineLevel.UNKNOWN,
                interAgency(name, text(json, "co_quan_phoi_hop")),
                agency(json),
                legalBasis(text(json, "can_cu_phap_ly")),
                deadline.unitAssumed(),
                false);
    }

    /** The unit the portal's "Thời gian giải quyết" column is counted in when its cell shows a bare number. */
    static final DeadlineUnit PORTAL_DEFAULT_UNIT = DeadlineUnit.WORKING_DAYS;

    /**
     * The in-person row's time, since that is what the center's counter promises; postal then online
     * rows only when no in-person row states one. Within a channel the first row wins (later rows are
     * case variants). A number without a unit ("Trực tiếp1Miễn phí": the export lost it) takes the unit
     * the same number has in the row's description, the procedure's {@code thoi_han_giai_quyet}, its steps
     * or its conditions ("1" + "01 ngày làm việc"); when none mentions it, the unit of the portal's column,
     * which is counted in working days (Nghị định 118/2025 and the portal's "Ngày làm việc" default; see
     * {@link Resolved#unitAssumed}, kept on the version). A row with an empty time cell ("Không có thông tin") takes the time its own
     * description states ("05 ngày làm việc kể từ ngày nhận được hồ sơ"); when nothing states one the
     * deadline stays unknown so that provincial IT sees and fills it.
     */
    static LegalDeadline deadline(List<PortalChannelTable.Row> rows, String... otherTexts) {
        return resolve(rows, otherTexts).deadline();
    }

    /** A deadline and whether its unit is the column's default rather than read from the file. */
    record Resolved(LegalDeadline deadline, boolean unitAssumed) {
    }

    static Resolved resolve(List<PortalChannelTable.Row> rows, String... otherTexts) {
        List<PortalChannelTable.Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(PortalChannelTable.Row::channel));
        for (PortalChannelTable.Row row : ordered) {
            LegalDeadline deadline = rowDeadline(row, otherTexts);
            if (deadline.isKnown()) {
                return new Resolved(deadline, false);
            }
        }
        for (PortalChannelTable.Row row : ordered) {
            // an empty time cell whose row describes the time: "Không có thông tinMiễn phí05 ngày làm việc kể từ…"
            if (row.time() == null) {
                LegalDeadline described = DeadlineTextParser.parse(row.description());
                if (described.isCountable()) {
                    return new Resolved(described, false);
                }
            }
        }
        for (PortalChannelTable.Row row : ordered) {
            if (row.time() != null && row.time().chars().allMatch(Character::isDigit) && Integer.parseInt(row.time()) > 0) {
                return new Resolved(LegalDeadline.of(Integer.parseInt(row.time()), PORTAL_DEFAULT_UNIT), true);
            }
        }
        return new Resolved(LegalDeadline.UNKNOWN, false);
    }

    private static LegalDeadline rowDeadline(PortalChannelTable.Row row, String... otherTexts) {
        if (row.time() == null) {
            return LegalDeadline.UNKNOWN;
        }
        if (!row.time().chars().allMatch(Character::isDigit)) {
            return DeadlineTextParser.parse(row.time());
        }
        int value = Integer.parseInt(row.time());
        List<String> contexts = new ArrayList<>();
        contexts.add(row.description());
        contexts.addAll(java.util.Arrays.asList(otherTexts));
        for (String context : contexts) {
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
