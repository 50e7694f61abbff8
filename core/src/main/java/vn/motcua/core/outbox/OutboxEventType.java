package vn.motcua.core.outbox;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dossier events the national public-service portal (Cổng Dịch vụ công quốc gia) or the province's LGSP must
 * know, each with the words provincial IT reads when choosing what a subscription receives. The README's
 * "Events out" section maps each to the portal's dossier status code (TrangThaiHoSo) and fields.
 */
public enum OutboxEventType {
    RECEIVED("Tiếp nhận hồ sơ"),
    REJECTED("Từ chối tiếp nhận"),
    STEP_CHANGED("Chuyển bước xử lý"),
    PAUSED("Tạm dừng (bổ sung, nghĩa vụ tài chính)"),
    RESUMED("Tiếp tục xử lý"),
    APOLOGY("Xin lỗi, hẹn lại ngày trả"),
    RESOLVED("Có kết quả giải quyết"),
    RETURNED("Trả kết quả"),
    WITHDRAWN("Công dân rút hồ sơ"),
    STOPPED("Dừng giải quyết"),
    RATED("Đánh giá mức độ hài lòng");

    private final String label;

    OutboxEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How a subscription stores its types: names separated by commas. */
    public static String join(Set<OutboxEventType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The types named in {@code text}; unknown names (a type removed later) are ignored. */
    public static Set<OutboxEventType> split(String text) {
        Set<OutboxEventType> types = EnumSet.noneOf(OutboxEventType.class);
        if (text != null) {
            Arrays.stream(text.split(",")).map(String::strip).map(OutboxEventType::named)
                    .flatMap(Optional::stream).forEach(types::add);
        }
        return types;
    }

    private static Optional<OutboxEventType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
