package vn.motcua.tenants.legacy;

import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.text.SearchKey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The previous systems' statuses and ours ({@link DossierStatus}): the status numbers of the national public
 * service portal (1–10, which the provinces' one-stop systems send it) and the words those systems show, read
 * without diacritics, case or extra spaces. The table in {@code tenants/LEGACY-IMPORT.md} is this one.
 */
public final class LegacyStatuses {
    private static final Map<String, DossierStatus> WORDS = new LinkedHashMap<>();

    static {
        for (DossierStatus s : DossierStatus.values()) {
            WORDS.put(String.valueOf(s.portalCode()), s);
            WORDS.put(SearchKey.of(s.name().replace('_', ' ')), s);
            WORDS.put(SearchKey.of(s.label()), s);
        }
        put(DossierStatus.SUBMITTED, "Mới đăng ký", "Chờ tiếp nhận", "Nộp trực tuyến");
        put(DossierStatus.RECEIVED, "Mới tiếp nhận", "Đã tiếp nhận", "Tiếp nhận");
        put(DossierStatus.REJECTED, "Từ chối tiếp nhận", "Không tiếp nhận");
        put(DossierStatus.IN_PROGRESS, "Đang xử lý", "Đang giải quyết", "Chuyển xử lý", "Đang thẩm định", "Chờ phê duyệt",
                "Chờ ký");
        put(DossierStatus.WAITING_SUPPLEMENT, "Chờ bổ sung", "Yêu cầu bổ sung", "Bổ sung hồ sơ", "Tạm dừng chờ bổ sung");
        put(DossierStatus.WAITING_FINANCIAL_OBLIGATION, "Chờ thực hiện nghĩa vụ tài chính", "Chờ nộp phí",
                "Chờ nghĩa vụ tài chính");
        put(DossierStatus.WITHDRAWN, "Rút hồ sơ", "Công dân rút hồ sơ", "Đã rút");
        put(DossierStatus.STOPPED, "Dừng xử lý", "Dừng giải quyết", "Trả lại hồ sơ không giải quyết");
        put(DossierStatus.RESOLVED, "Đã có kết quả", "Đã giải quyết", "Hoàn thành", "Chờ trả kết quả");
        put(DossierStatus.RETURNED, "Đã trả kết quả", "Trả kết quả", "Đã trả", "Kết thúc");
    }

    private LegacyStatuses() {
    }

    private static void put(DossierStatus status, String... words) {
        for (String w : words) {
            WORDS.put(SearchKey.of(w), status);
        }
    }

    /** Our status for the previous system's {@code text}, or empty when the table does not know it. */
    public static Optional<DossierStatus> map(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORDS.get(SearchKey.of(text).strip().replaceAll("\\s+", " ")));
    }

    /** The whole table (lower-case words without diacritics, and the portal numbers), for the page and the docs. */
    public static Map<String, DossierStatus> table() {
        return java.util.Collections.unmodifiableMap(WORDS);
    }
}
