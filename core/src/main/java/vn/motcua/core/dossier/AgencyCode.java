package vn.motcua.core.dossier;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mã định danh of the receiving agency (cơ quan, đơn vị), the first part of a dossier code.
 * <p>Shape {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g. {@code 000.00.00.H56} (the provincial People's Committee):
 * three dot-separated numeric groups of 3, 2 and 2 digits (000/00 when a level is not used), then the level-1
 * group letter M and its two-digit number X1X2. Source: QCVN 102:2016/BTTTT (Thông tư 10/2016/TT-BTTTT), as
 * quoted by Điều 19 Thông tư 01/2018/TT-VPCP (text found in the "pages" corpus: khcn.cinet.vn article 2663,
 * seongay.com "Mã tự tăng của hồ sơ"). We did not find the corresponding article of Thông tư 03/2025/TT-VPCP;
 * DOMAIN.md keeps the same shape, so we follow it.
 * <p>What we check is the shape only (we do not hold the national register of agency codes): the letter
 * must be A–Z and X1X2 not {@code 00}.
 */
public record AgencyCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z](?!00)\\d{2}");

    public AgencyCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw DossierProblems.refused("agencyCode",
                    "Mã định danh cơ quan «" + value + "» không đúng cấu trúc V1V2V3.Z1Z2.Y1Y2.MX1X2 (ví dụ 000.00.00.H56)",
                    "Agency code '" + value + "' does not have the QCVN 102:2016 shape NNN.NN.NN.LNN (e.g. 000.00.00.H56)");
        }
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The code if {@code text} (trimmed, letter upper-cased) has the right shape. */
    public static Optional<AgencyCode> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().toUpperCase(java.util.Locale.ROOT);
        return isValid(cleaned) ? Optional.of(new AgencyCode(cleaned)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
