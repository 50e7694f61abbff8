package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What a member of staff asks of a dossier after intake; each maps to one command of {@link DossierLifecycle}
 * and to one audit action. Resolving is not here: it carries an upload ({@link DossierProcessing#resolve}).
 */
public sealed interface DossierCommand {
    /** What the command does, with its rights and audit action ({@link DossierAction}). */
    DossierAction action();

    /** Runs the matching life-cycle command; refuses with a Vietnamese message and changes nothing if not allowed. */
    ControlSheetEntry applyTo(DossierLifecycle life, Act act);

    /** Chuyển bước, optionally to a named person who takes the step. */
    record HandOver(int toStep, @Nullable String assignee) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.HAND_OVER;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.handOver(toStep, act);
        }
    }

    /** Trả lại bước trước, for rework. */
    record SendBack(int toStep) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.SEND_BACK;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.sendBack(toStep, act);
        }
    }

    record RequestSupplement(String reason) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.REQUEST_SUPPLEMENT;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.requestSupplement(reason, act);
        }
    }

    record SupplementReceived() implements DossierCommand {
        public DossierAction action() {
            return DossierAction.SUPPLEMENT_RECEIVED;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.supplementReceived(act);
        }
    }

    record RequestFinancialObligation(String description) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.REQUEST_FINANCIAL_OBLIGATION;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.requestFinancialObligation(description, act);
        }
    }

    record FinancialObligationFulfilled() implements DossierCommand {
        public DossierAction action() {
            return DossierAction.FINANCIAL_OBLIGATION_FULFILLED;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.financialObligationFulfilled(act);
        }
    }

    record RecordApology(Instant newDate, String reason) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.RECORD_APOLOGY;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            if (newDate == null) {
                throw DossierProblems.refused("newDate", "Chưa chọn ngày hẹn trả mới", "The new date is missing");
            }
            return life.recordApology(newDate, reason, act);
        }
    }

    record Reject(String reason) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.STOP;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.reject(reason, act);
        }
    }

    record Withdraw(@Nullable String reason) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.WITHDRAW;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            return life.withdraw(reason, act);
        }
    }

    record ReturnResult(ReturnMethod method) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.RETURN_RESULT;
        }

        public ControlSheetEntry applyTo(DossierLifecycle life, Act act) {
            if (method == null) {
                throw DossierProblems.refused("method", "Chưa chọn hình thức trả kết quả", "The return method is missing");
            }
            return life.returnResult(method, act);
        }
    }
}
