package vn.motcua.tenants.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.tenants.center.CenterType;

/**
 * One line of a bulk onboarding list as the preview classifies it.
 *
 * @param line       the line of the uploaded file (the header is line 1), or the position in the official list
 * @param province   the province the line names
 * @param name       the commune as the line writes it ("An Bình")
 * @param lineage    the old units the line says it was formed from, as written
 * @param unitCode   the official unit code the line resolved to, null when it resolved to none
 * @param type       the unit's type on the official list, null when unresolved
 * @param status     what a run would do with it
 * @param problem    why it cannot run (status PROBLEM only)
 * @param reason     in Vietnamese: the problem, or for an existing center what differs from the list
 * @param reasonEn   the same in English, for logs and the API
 */
@Serdeable
public record BulkRow(int line, String province, String name, @Nullable String lineage, @Nullable String unitCode,
                      @Nullable CenterType type, Status status, @Nullable Problem problem, @Nullable String reason,
                      @Nullable String reasonEn) {

    /** What a run does with the line. */
    public enum Status {
        CREATE("Sẽ tạo mới"),
        UNCHANGED("Đã có, không đổi"),
        DIFFERENT("Đã có, khác danh sách"),
        PROBLEM("Có lỗi");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why a line cannot run. */
    public enum Problem {
        MALFORMED, PROVINCE_MISMATCH, UNKNOWN_CODE, UNKNOWN_NAME, NAME_MISMATCH, AMBIGUOUS_NAME, DUPLICATE
    }

    /** "Xã An Bình" when the line resolved to an official unit, else the name as written. */
    public String displayName() {
        return type == null ? name : type.label() + " " + name;
    }
}
