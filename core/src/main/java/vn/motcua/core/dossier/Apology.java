package vn.motcua.core.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * Văn bản xin lỗi và hẹn lại ngày trả kết quả (form 04 of Thông tư 03/2025/TT-VPCP, listed as "Mẫu Văn bản
 * xin lỗi và đề nghị gia hạn thời gian giải quyết" at thuviennhadat.vn): issued at {@code issuedAt}, before the
 * due date passed, with the new appointment {@code newDate}.
 */
public record Apology(Instant issuedAt, Instant newDate, String reason) {
    public Apology {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(newDate, "newDate");
        Objects.requireNonNull(reason, "reason");
    }
}
