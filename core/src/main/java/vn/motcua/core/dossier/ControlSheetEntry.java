package vn.motcua.core.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the phiếu kiểm soát quá trình giải quyết hồ sơ (form 06 of Thông tư 03/2025/TT-VPCP, listed at
 * thuviennhadat.vn): what was done, from which status and step to which, by whom and when, the budget of the
 * step the dossier was at, the working time used since the previous line and in total at that step.
 * Steps are 0-based indexes into the workflow version's steps; {@code null} before receipt.
 */
public record ControlSheetEntry(int number, Action action,
                                DossierStatus fromStatus, Integer fromStep, String fromStepName,
                                DossierStatus toStatus, Integer toStep, String toStepName,
                                String by, Instant at,
                                Duration stepBudget, Duration workingTimeUsed, Duration stepTimeUsed,
                                String note) {

    /** What happened, with the slip of Thông tư 03/2025/TT-VPCP it produces (DOMAIN.md "Forms"), if any. */
    public enum Action {
        RECEIVE("Tiếp nhận hồ sơ", 1),
        HAND_OVER("Chuyển bước xử lý", 0),
        REQUEST_SUPPLEMENT("Yêu cầu bổ sung, hoàn thiện hồ sơ", 2),
        SUPPLEMENT_RECEIVED("Nhận hồ sơ bổ sung", 0),
        REQUEST_FINANCIAL_OBLIGATION("Yêu cầu thực hiện nghĩa vụ tài chính", 0),
        FINANCIAL_OBLIGATION_FULFILLED("Đã thực hiện nghĩa vụ tài chính", 0),
        APOLOGY("Xin lỗi và hẹn lại ngày trả kết quả", 4),
        REJECT("Từ chối tiếp nhận hồ sơ", 3),
        STOP("Dừng giải quyết hồ sơ", 5),
        WITHDRAW("Rút hồ sơ", 0),
        RESOLVE("Hoàn thành giải quyết", 0),
        RETURN_RESULT("Trả kết quả", 0),
        /** The dossier continued at the center its center was merged into (migration 018, MergeJobs): nothing else changed. */
        TRANSFER("Chuyển sang trung tâm sau sáp nhập", 0),
        /** A line of the previous system's control sheet, carried in by an import (its own words in the note). */
        LEGACY("Xử lý trên hệ thống cũ", 0),
        /** The dossier was carried in from the previous system (the last line of an imported control sheet). */
        IMPORTED("Nhập từ hệ thống cũ", 0);

        private final String label;
        private final int form;

        Action(String label, int form) {
            this.label = label;
            this.form = form;
        }

        public String label() {
            return label;
        }

        /** The form number (Mẫu số 01–05) to print for this action, if it has one. */
        public Optional<Integer> form() {
            return form == 0 ? Optional.empty() : Optional.of(form);
        }
    }

    /** The time at the step exceeded its budget (no budget known: never). */
    public boolean overBudget() {
        return stepBudget != null && stepTimeUsed.compareTo(stepBudget) > 0;
    }
}
