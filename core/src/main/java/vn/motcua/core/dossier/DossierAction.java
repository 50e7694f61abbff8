package vn.motcua.core.dossier;

import vn.motcua.core.audit.AuditAction;

import java.util.EnumSet;
import java.util.Set;

import static vn.motcua.core.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.core.dossier.DossierStatus.RECEIVED;
import static vn.motcua.core.dossier.DossierStatus.REJECTED;
import static vn.motcua.core.dossier.DossierStatus.RESOLVED;
import static vn.motcua.core.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.core.dossier.DossierStatus.WAITING_FINANCIAL_OBLIGATION;
import static vn.motcua.core.dossier.DossierStatus.WAITING_SUPPLEMENT;

/**
 * Everything staff can do to a dossier after intake, declared once: the statuses it is allowed in (the life cycle
 * refuses it in any other), the audit action it writes, and whether it belongs to whoever holds the current step
 * ({@code stepBound}: people of the step's role, or the center's manager) or to any of the center's staff.
 * The dossier page offers exactly {@link DossierLifecycle#allowedActions} filtered by the caller's rights.
 */
public enum DossierAction {
    HAND_OVER("Chuyển bước tiếp theo", "chuyển bước", AuditAction.DOSSIER_HANDED_OVER, true, EnumSet.of(RECEIVED, IN_PROGRESS)),
    SEND_BACK("Trả lại bước trước", "trả lại bước trước", AuditAction.DOSSIER_HANDED_OVER, true, EnumSet.of(RECEIVED, IN_PROGRESS)),
    RESOLVE("Hoàn thành giải quyết", "hoàn thành giải quyết", AuditAction.DOSSIER_RESOLVED, true, EnumSet.of(RECEIVED, IN_PROGRESS)),
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung", "yêu cầu bổ sung", AuditAction.DOSSIER_SUPPLEMENT_REQUESTED, true, EnumSet.of(IN_PROGRESS)),
    REQUEST_FINANCIAL_OBLIGATION("Yêu cầu nghĩa vụ tài chính", "yêu cầu thực hiện nghĩa vụ tài chính",
            AuditAction.DOSSIER_FINANCIAL_OBLIGATION_REQUESTED, true, EnumSet.of(IN_PROGRESS)),
    SUPPLEMENT_RECEIVED("Đã nhận hồ sơ bổ sung", "nhận hồ sơ bổ sung", AuditAction.DOSSIER_SUPPLEMENT_RECEIVED, true,
            EnumSet.of(WAITING_SUPPLEMENT)),
    FINANCIAL_OBLIGATION_FULFILLED("Đã thực hiện nghĩa vụ tài chính", "xác nhận đã thực hiện nghĩa vụ tài chính",
            AuditAction.DOSSIER_FINANCIAL_OBLIGATION_FULFILLED, true, EnumSet.of(WAITING_FINANCIAL_OBLIGATION)),
    ASSIGN("Giao xử lý", "giao xử lý", AuditAction.DOSSIER_ASSIGNED, true, Statuses.OPEN),
    RECORD_APOLOGY("Xin lỗi, hẹn lại ngày trả", "lập văn bản xin lỗi", AuditAction.DOSSIER_APOLOGY_RECORDED, true, Statuses.OPEN),
    STOP("Dừng giải quyết", "từ chối", AuditAction.DOSSIER_REJECTED, true, Statuses.OPEN_OR_SUBMITTED),
    WITHDRAW("Công dân rút hồ sơ", "rút hồ sơ", AuditAction.DOSSIER_WITHDRAWN, true, Statuses.OPEN_OR_SUBMITTED),
    RETURN_RESULT("Trả kết quả", "trả kết quả", AuditAction.DOSSIER_RESULT_RETURNED, true, EnumSet.of(RESOLVED)),
    COMMENT("Gửi ý kiến", "ghi ý kiến", AuditAction.DOSSIER_COMMENTED, false, EnumSet.allOf(DossierStatus.class)),
    RECORD_FEE("Ghi nhận khoản thu", "thu phí", AuditAction.DOSSIER_FEE_RECORDED, false,
            EnumSet.complementOf(EnumSet.of(SUBMITTED, REJECTED)));

    private final String label;
    private final String verb;
    private final AuditAction audit;
    private final boolean stepBound;
    private final Set<DossierStatus> statuses;

    DossierAction(String label, String verb, AuditAction audit, boolean stepBound, Set<DossierStatus> statuses) {
        this.label = label;
        this.verb = verb;
        this.audit = audit;
        this.stepBound = stepBound;
        this.statuses = Set.copyOf(statuses);
    }

    /** The button's words. */
    public String label() {
        return label;
    }

    /** "không thể &lt;verb&gt;": how a refusal names the action. */
    public String verb() {
        return verb;
    }

    public AuditAction audit() {
        return audit;
    }

    /** Only whoever may act on the current step (its role, or the center's manager) may do it. */
    public boolean stepBound() {
        return stepBound;
    }

    /** The statuses in which the life cycle allows it (other conditions, such as the step, come on top). */
    public Set<DossierStatus> statuses() {
        return statuses;
    }

    private static final class Statuses {
        static final Set<DossierStatus> OPEN = DossierStatus.open();
        static final Set<DossierStatus> OPEN_OR_SUBMITTED = EnumSet.copyOf(Statuses.withSubmitted());

        private static Set<DossierStatus> withSubmitted() {
            Set<DossierStatus> set = EnumSet.copyOf(DossierStatus.open());
            set.add(SUBMITTED);
            return set;
        }
    }
}
