package vn.motcua.core.slip;

import java.util.Objects;

/**
 * One paper the applicant must add or complete, and how many originals and copies to bring.
 *
 * @param document    the paper, e.g. "Tờ khai đăng ký khai sinh"
 * @param requirement what is missing or must be corrected, e.g. "Ghi đủ ngày, tháng, năm sinh của mẹ"
 */
public record SupplementItem(String document, String requirement, int originals, int copies) {
    public SupplementItem {
        Objects.requireNonNull(document, "document");
        requirement = requirement == null ? "" : requirement;
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + document);
        }
    }
}
