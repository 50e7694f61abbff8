package vn.motcua.core.slip;

import java.util.Objects;

/**
 * A fee or charge (phí, lệ phí) printed on the receipt, in đồng.
 *
 * @param name      e.g. "Lệ phí đăng ký khai sinh"
 * @param amountVnd amount in đồng
 * @param note      e.g. "đã nộp bằng chuyển khoản"; may be null
 */
public record FeeLine(String name, long amountVnd, String note) {
    public FeeLine {
        Objects.requireNonNull(name, "name");
        if (amountVnd < 0) {
            throw new IllegalArgumentException("negative fee: " + name);
        }
    }
}
