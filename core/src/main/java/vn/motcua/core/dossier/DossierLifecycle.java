package vn.motcua.core.dossier;

import vn.motcua.core.calendar.Pause;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.dossier.ControlSheetEntry.Action;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static vn.motcua.core.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.core.dossier.DossierStatus.RECEIVED;
import static vn.motcua.core.dossier.DossierStatus.REJECTED;
import static vn.motcua.core.dossier.DossierStatus.RESOLVED;
import static vn.motcua.core.dossier.DossierStatus.RETURNED;
import static vn.motcua.core.dossier.DossierStatus.STOPPED;
import static vn.motcua.core.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.core.dossier.DossierStatus.WAITING_FINANCIAL_OBLIGATION;
import static vn.motcua.core.dossier.DossierStatus.WAITING_SUPPLEMENT;
import static vn.motcua.core.dossier.DossierStatus.WITHDRAWN;

/**
 * The state machine of one dossier (DOMAIN.md "A dossier's life"). Each command either refuses with an
 * {@link vn.motcua.core.validation.InvalidInputException} carrying a Vietnamese message (nothing changed), or
 * changes the state and returns the {@link ControlSheetEntry} it appended to the control sheet.
 * <pre>
 * SUBMITTED --receive--> RECEIVED (step 0) --handOver(1)--> IN_PROGRESS (step 1) --handOver(2)--> ... (last step)
 * IN_PROGRESS --requestSupplement--> WAITING_SUPPLEMENT --supplementReceived--> IN_PROGRESS (same step)
 * IN_PROGRESS --requestFinancialObligation--> WAITING_FINANCIAL_OBLIGATION --financialObligationFulfilled--> IN_PROGRESS
 * (last step) --resolve(result)--> RESOLVED --returnResult(method)--> RETURNED
 * SUBMITTED --reject--> REJECTED (form 03);  received, not resolved --reject--> STOPPED (form 05)
 * not resolved --withdraw--> WITHDRAWN;  received, not resolved --recordApology(newDate)--> same status (form 04)
 * </pre>
 * Steps move one at a time forward (no skipping) or back to any earlier step (returned for rework). Waiting
 * for a supplement or a financial obligation stops the clock: those intervals are {@link #pauses()} and the due
 * date is recomputed through the {@link DueDateFunction} when the applicant answers. A second supplement
 * request marks the dossier as counted late (DOMAIN.md "Deadlines"; we did not find the article of
 * Nghị định 118/2025/NĐ-CP stating it). An apology must be recorded before the due date in force passes
 * (DOMAIN.md "A dossier's life").
 * <p>Not thread-safe: one instance per request, persisted with optimistic locking by the caller.
 */
public final class DossierLifecycle {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessTime.ZONE);

    static final int MAX_TEXT = 2000;

    private final DossierCode code;
    private final List<StepPlan> steps;
    private final DueDateFunction dueDates;
    private final List<ControlSheetEntry> sheet = new ArrayList<>();
    private final List<Pause> pauses = new ArrayList<>();

    private DossierStatus status = SUBMITTED;
    private Integer step;
    private Duration stepTimeUsed = Duration.ZERO;
    private Instant receivedAt;
    private Instant dueAt;
    private Instant pausedSince;
    private Apology apology;
    private int supplementRequests;
    private boolean countedLate;
    private Instant resolvedAt;
    private Instant returnedAt;
    private Instant stoppedAt;
    private ResultDocument result;
    private ReturnMethod returnMethod;
    /** Control-sheet lines written before this instance was restored, and the time of the last one. */
    private int earlierEntries;
    private Instant lastEntryAt;

    private DossierLifecycle(DossierCode code, List<StepPlan> steps, DueDateFunction dueDates) {
        this.code = Objects.requireNonNull(code, "code");
        this.steps = List.copyOf(steps);
        this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
        if (this.steps.isEmpty()) {
            throw new IllegalArgumentException("A workflow has at least one step");
        }
    }

    /** A dossier submitted (online, or at the counter before the clerk decides), following {@code steps}. */
    public static DossierLifecycle submitted(DossierCode code, List<StepPlan> steps, DueDateFunction dueDates) {
        return new DossierLifecycle(code, steps, dueDates);
    }

    /** A stored dossier, to continue its life where {@link #snapshot()} left it. */
    public static DossierLifecycle restore(DossierCode code, List<StepPlan> steps, DueDateFunction dueDates, State state) {
        DossierLifecycle life = new DossierLifecycle(code, steps, dueDates);
        life.status = state.status();
        life.step = state.step();
        if (life.step != null && (life.step < 0 || life.step >= life.steps.size())) {
            throw new IllegalArgumentException("Stored step " + life.step + " is outside the workflow of " + steps.size() + " steps");
        }
        life.stepTimeUsed = state.stepTimeUsed();
        life.receivedAt = state.receivedAt();
        life.dueAt = state.dueAt();
        life.pausedSince = state.pausedSince();
        life.pauses.addAll(state.pauses());
        life.apology = state.apology();
        life.supplementRequests = state.supplementRequests();
        life.countedLate = state.countedLate();
        life.resolvedAt = state.resolvedAt();
        life.returnedAt = state.returnedAt();
        life.stoppedAt = state.stoppedAt();
        life.result = state.result();
        life.returnMethod = state.returnMethod();
        life.earlierEntries = state.entries();
        life.lastEntryAt = state.lastEntryAt();
        return life;
    }

    /** Everything needed to {@link #restore} this dossier later (the control sheet itself is stored line by line). */
    public State snapshot() {
        ControlSheetEntry last = sheet.isEmpty() ? null : sheet.get(sheet.size() - 1);
        return new State(status, step, stepTimeUsed, receivedAt, dueAt, pausedSince, List.copyOf(pauses), apology,
                supplementRequests, countedLate, resolvedAt, returnedAt, stoppedAt, result, returnMethod,
                earlierEntries + sheet.size(), last != null ? last.at() : lastEntryAt);
    }

    /** The life cycle's state between two commands; {@code entries} counts the control-sheet lines so far. */
    public record State(DossierStatus status, Integer step, Duration stepTimeUsed, Instant receivedAt, Instant dueAt,
                        Instant pausedSince, List<Pause> pauses, Apology apology, int supplementRequests,
                        boolean countedLate, Instant resolvedAt, Instant returnedAt, Instant stoppedAt,
                        ResultDocument result, ReturnMethod returnMethod, int entries, Instant lastEntryAt) {
        public State {
            Objects.requireNonNull(status, "status");
            stepTimeUsed = stepTimeUsed == null ? Duration.ZERO : stepTimeUsed;
            pauses = pauses == null ? List.of() : List.copyOf(pauses);
        }
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Tiếp nhận: the clock starts; the dossier is at step 0 with its due date. Prints form 01. */
    public ControlSheetEntry receive(Act act) {
        require(EnumSet.of(SUBMITTED), act, "tiếp nhận", "receive");
        DossierStatus from = status;
        receivedAt = act.at();
        dueAt = dueDates.dueAt(receivedAt, List.of());
        status = RECEIVED;
        step = 0;
        stepTimeUsed = Duration.ZERO;
        return append(Action.RECEIVE, from, null, act, "Hẹn trả kết quả: " + SHOWN.format(dueAt));
    }

    /** Chuyển bước: to the next step, or back to an earlier one. */
    public ControlSheetEntry handOver(int toStep, Act act) {
        require(DossierAction.HAND_OVER, act);
        if (toStep < 0 || toStep >= steps.size()) {
            throw DossierProblems.refused("toStep", "Quy trình không có bước " + (toStep + 1) + " (có " + steps.size() + " bước)",
                    "The workflow has no step " + (toStep + 1) + " (it has " + steps.size() + ")");
        }
        if (toStep == step) {
            throw DossierProblems.refused("toStep", "Hồ sơ đang ở bước «" + stepName(step) + "»",
                    "The dossier is already at step " + (step + 1));
        }
        if (toStep > step + 1) {
            throw DossierProblems.refused("toStep", "Không thể bỏ qua bước: hồ sơ đang ở bước «" + stepName(step)
                            + "», bước tiếp theo là «" + stepName(step + 1) + "»",
                    "Cannot skip steps: the dossier is at step " + (step + 1) + ", the next one is " + (step + 2));
        }
        DossierStatus from = status;
        Integer fromStep = step;
        Duration usedAtStep = stepTimeUsed.plus(act.workingTimeUsed());
        status = IN_PROGRESS;
        step = toStep;
        stepTimeUsed = Duration.ZERO;
        String note = toStep < fromStep ? "Trả lại bước «" + stepName(toStep) + "»" : null;
        return append(Action.HAND_OVER, from, fromStep, act, usedAtStep, note);
    }

    /** Trả lại: back to an earlier step for rework. */
    public ControlSheetEntry sendBack(int toStep, Act act) {
        require(DossierAction.SEND_BACK, act);
        if (toStep < 0 || toStep >= step) {
            throw DossierProblems.refused("toStep", "Chỉ trả lại được về một bước trước bước «" + stepName(step) + "»",
                    "A dossier is sent back only to an earlier step");
        }
        return handOver(toStep, act);
    }

    /** Phiếu yêu cầu bổ sung (form 02): the clock stops until {@link #supplementReceived}. */
    public ControlSheetEntry requestSupplement(String reason, Act act) {
        require(DossierAction.REQUEST_SUPPLEMENT, act);
        requireText(reason, "reason", "Chưa ghi nội dung cần bổ sung, hoàn thiện", "The supplement request needs a reason");
        DossierStatus from = status;
        supplementRequests++;
        String note = "Lần " + supplementRequests + ": " + reason.strip();
        if (supplementRequests >= 2) {
            countedLate = true;
            note += " (yêu cầu bổ sung lần thứ " + supplementRequests + ": hồ sơ bị tính là trễ hạn)";
        }
        pausedSince = act.at();
        status = WAITING_SUPPLEMENT;
        return append(Action.REQUEST_SUPPLEMENT, from, step, act, note);
    }

    /** The applicant brought the papers: the pause ends and the due date moves by the paused working time. */
    public ControlSheetEntry supplementReceived(Act act) {
        require(DossierAction.SUPPLEMENT_RECEIVED, act);
        return resume(Action.SUPPLEMENT_RECEIVED, act);
    }

    /** The applicant must pay a tax/fee before processing continues (portal status 6); the clock stops. */
    public ControlSheetEntry requestFinancialObligation(String description, Act act) {
        require(DossierAction.REQUEST_FINANCIAL_OBLIGATION, act);
        requireText(description, "description", "Chưa ghi nghĩa vụ tài chính phải thực hiện", "The financial obligation needs a description");
        DossierStatus from = status;
        pausedSince = act.at();
        status = WAITING_FINANCIAL_OBLIGATION;
        return append(Action.REQUEST_FINANCIAL_OBLIGATION, from, step, act, description.strip());
    }

    public ControlSheetEntry financialObligationFulfilled(Act act) {
        require(DossierAction.FINANCIAL_OBLIGATION_FULFILLED, act);
        return resume(Action.FINANCIAL_OBLIGATION_FULFILLED, act);
    }

    /**
     * Văn bản xin lỗi và hẹn lại ngày trả kết quả (form 04), only while the due date in force has not passed
     * (a second apology must come before the first one's new date) and for a later date.
     */
    public ControlSheetEntry recordApology(Instant newDate, String reason, Act act) {
        Objects.requireNonNull(newDate, "newDate");
        require(DossierAction.RECORD_APOLOGY, act);
        requireText(reason, "reason", "Chưa ghi lý do chậm trả kết quả", "The apology needs a reason");
        Instant due = apology != null ? apology.newDate() : currentDueAt(act.at());
        if (!act.at().isBefore(due)) {
            throw DossierProblems.refused("newDate", "Đã quá hạn trả kết quả (" + SHOWN.format(due)
                            + "), không thể lập văn bản xin lỗi: văn bản phải được lập trước khi hết hạn",
                    "The due date (" + due + ") has passed; an apology must be issued before it");
        }
        if (!newDate.isAfter(due)) {
            throw DossierProblems.refused("newDate", "Ngày hẹn trả mới (" + SHOWN.format(newDate)
                            + ") phải sau hạn hiện tại (" + SHOWN.format(due) + ")",
                    "The new date " + newDate + " must be after the current due date " + due);
        }
        apology = new Apology(act.at(), newDate, reason.strip());
        return append(Action.APOLOGY, status, step, act, "Hẹn lại: " + SHOWN.format(newDate) + " — " + reason.strip());
    }

    /**
     * Refuses the dossier with a written reason: before receipt it is not received (form 03), after receipt
     * its processing is stopped (form 05); either ends the clock.
     */
    public ControlSheetEntry reject(String reason, Act act) {
        require(DossierAction.STOP, act);
        requireText(reason, "reason", "Chưa ghi lý do từ chối", "A rejection needs a reason");
        DossierStatus from = status;
        closePause(act.at());
        if (from == SUBMITTED) {
            status = REJECTED;
            return append(Action.REJECT, from, step, act, reason.strip());
        }
        status = STOPPED;
        stoppedAt = act.at();
        return append(Action.STOP, from, step, act, reason.strip());
    }

    /** The applicant withdraws the dossier (not possible once it is resolved). */
    public ControlSheetEntry withdraw(String reason, Act act) {
        require(DossierAction.WITHDRAW, act);
        limit(reason, "reason");
        DossierStatus from = status;
        closePause(act.at());
        status = WITHDRAWN;
        return append(Action.WITHDRAW, from, step, act, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** Done, with the digitized result; only at the workflow's last step. */
    public ControlSheetEntry resolve(ResultDocument resultDocument, Act act) {
        require(DossierAction.RESOLVE, act);
        int last = steps.size() - 1;
        if (step != last) {
            throw DossierProblems.refused("status", "Hồ sơ đang ở bước «" + stepName(step) + "» (" + (step + 1) + "/"
                            + steps.size() + "), chưa đến bước cuối «" + stepName(last) + "», không thể hoàn thành giải quyết",
                    "The dossier is at step " + (step + 1) + " of " + steps.size() + "; only the last step can resolve it");
        }
        if (resultDocument == null) {
            throw DossierProblems.refused("resultDocument", "Chưa có văn bản kết quả giải quyết, không thể hoàn thành giải quyết",
                    "Resolving needs the digitized result document");
        }
        DossierStatus from = status;
        result = resultDocument;
        resolvedAt = act.at();
        status = RESOLVED;
        return append(Action.RESOLVE, from, step, act, null);
    }

    /** Trả kết quả: in person (who received it), by post (tracking number) or online. */
    public ControlSheetEntry returnResult(ReturnMethod method, Act act) {
        require(DossierAction.RETURN_RESULT, act);
        Objects.requireNonNull(method, "method");
        DossierStatus from = status;
        returnMethod = method;
        returnedAt = act.at();
        status = RETURNED;
        return append(Action.RETURN_RESULT, from, step, act, method.describe());
    }

    // ---- queries --------------------------------------------------------------------------------------------

    /**
     * What may be done to the dossier at {@code now}, as far as its life cycle is concerned (who may do it is the
     * caller's rights on top): the action's statuses, plus the step for hand-over, send-back and resolve, and an
     * apology only while the date in force has not passed.
     */
    public Set<DossierAction> allowedActions(Instant now) {
        Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : DossierAction.values()) {
            if (action.statuses().contains(status) && conditionHolds(action, now)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    private boolean conditionHolds(DossierAction action, Instant now) {
        int last = steps.size() - 1;
        return switch (action) {
            case HAND_OVER -> step != null && step < last;
            case SEND_BACK -> step != null && step > 0;
            case RESOLVE -> step != null && step == last;
            case RECORD_APOLOGY -> receivedAt != null
                    && now.isBefore(apology != null ? apology.newDate() : currentDueAt(now));
            default -> true;
        };
    }

    public DossierCode code() {
        return code;
    }

    public DossierStatus status() {
        return status;
    }

    /** 0-based index of the current step; empty before receipt. */
    public Optional<Integer> step() {
        return Optional.ofNullable(step);
    }

    public Optional<String> stepName() {
        return step().map(this::stepName);
    }

    public List<StepPlan> steps() {
        return steps;
    }

    public Optional<Instant> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    /** The due date in force (legal deadline after closed pauses), not the apology's new date. */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    /** The due date if a running pause ended at {@code now}; the stored due date when not paused. */
    public Instant currentDueAt(Instant now) {
        if (receivedAt == null) {
            throw new IllegalStateException("Not received");
        }
        return pausedSince == null ? dueAt : dueDates.dueAt(receivedAt, pausesUntil(now));
    }

    /** The appointment the applicant holds: the apology's new date, else the due date. */
    public Optional<Instant> appointment() {
        return apology != null ? Optional.of(apology.newDate()) : dueAt();
    }

    public Optional<Apology> apology() {
        return Optional.ofNullable(apology);
    }

    /** Closed pauses (supplement, financial obligation), for the deadline function. */
    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    /** {@link #pauses()} plus the running pause, closed at {@code now}. */
    public List<Pause> pausesUntil(Instant now) {
        List<Pause> all = new ArrayList<>(pauses);
        if (pausedSince != null) {
            all.add(new Pause(pausedSince, now.isBefore(pausedSince) ? pausedSince : now));
        }
        return List.copyOf(all);
    }

    public int supplementRequests() {
        return supplementRequests;
    }

    /** A second supplement request was made: late for the indicators whatever the end time. */
    public boolean countedLate() {
        return countedLate;
    }

    public Optional<ResultDocument> result() {
        return Optional.ofNullable(result);
    }

    public Optional<ReturnMethod> returnMethod() {
        return Optional.ofNullable(returnMethod);
    }

    /** Resolved, returned or stopped, whichever first. */
    public Optional<Instant> endedAt() {
        return OnTimeRule.endTime(resolvedAt, returnedAt, stoppedAt);
    }

    /** The on-time indicator once the dossier ended; empty while open, and for refused or withdrawn dossiers. */
    public Optional<OnTimeRule.Result> onTime() {
        if (dueAt == null || status == WITHDRAWN) {
            return Optional.empty();
        }
        return endedAt().map(end -> OnTimeRule.decide(dueAt, apology(), end, countedLate));
    }

    /** Phiếu kiểm soát: every transition so far, in order. */
    public List<ControlSheetEntry> controlSheet() {
        return List.copyOf(sheet);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private ControlSheetEntry resume(Action action, Act act) {
        DossierStatus from = status;
        closePause(act.at());
        status = IN_PROGRESS;
        return append(action, from, step, act, "Hạn giải quyết: " + SHOWN.format(dueAt));
    }

    /** Ends a running pause at {@code at}; the due date moves by the paused time (also when the dossier then stops). */
    private void closePause(Instant at) {
        if (pausedSince != null) {
            pauses.add(new Pause(pausedSince, at));
            pausedSince = null;
            dueAt = dueDates.dueAt(receivedAt, List.copyOf(pauses));
        }
    }

    private ControlSheetEntry append(Action action, DossierStatus from, Integer fromStep, Act act, String note) {
        Duration usedAtStep = stepTimeUsed.plus(act.workingTimeUsed());
        stepTimeUsed = usedAtStep;
        return append(action, from, fromStep, act, usedAtStep, note);
    }

    private ControlSheetEntry append(Action action, DossierStatus from, Integer fromStep, Act act, Duration usedAtStep,
                                     String note) {
        ControlSheetEntry entry = new ControlSheetEntry(earlierEntries + sheet.size() + 1, action,
                from, fromStep, fromStep == null ? null : stepName(fromStep),
                status, step, step == null ? null : stepName(step),
                act.by(), act.at(),
                fromStep == null ? null : steps.get(fromStep).budget(), act.workingTimeUsed(), usedAtStep, note);
        sheet.add(entry);
        return entry;
    }

    private void require(DossierAction action, Act act) {
        require(action.statuses(), act, action.verb(), action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private void require(Set<DossierStatus> allowed, Act act, String actionVi, String actionEn) {
        Objects.requireNonNull(act, "act");
        if (!allowed.contains(status)) {
            throw DossierProblems.refused("status", "Hồ sơ " + phrase(status) + ", không thể " + actionVi,
                    "Dossier is " + status + "; cannot " + actionEn);
        }
        Instant last = sheet.isEmpty() ? lastEntryAt : sheet.get(sheet.size() - 1).at();
        if (last != null && act.at().isBefore(last)) {
            throw DossierProblems.refused("at", "Thời điểm thao tác (" + SHOWN.format(act.at())
                            + ") trước thao tác gần nhất trên phiếu kiểm soát (" + SHOWN.format(last) + ")",
                    "The act's time is before the last control sheet entry");
        }
    }

    private static void requireText(String text, String field, String vi, String en) {
        if (text == null || text.isBlank()) {
            throw DossierProblems.refused(field, vi, en);
        }
        limit(text, field);
    }

    /** Reasons are printed on slips and read on the control sheet: a page, not a file. */
    private static void limit(String text, String field) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw DossierProblems.refused(field, "Nội dung dài quá " + MAX_TEXT + " ký tự",
                    "The text is longer than " + MAX_TEXT + " characters");
        }
    }

    private String stepName(int index) {
        return steps.get(index).name();
    }

    private static String phrase(DossierStatus s) {
        return switch (s) {
            case SUBMITTED -> "chưa được tiếp nhận";
            case RECEIVED -> "mới được tiếp nhận, chưa chuyển xử lý";
            case REJECTED -> "đã bị từ chối tiếp nhận";
            case IN_PROGRESS -> "đang được giải quyết";
            case WAITING_SUPPLEMENT -> "đang chờ bổ sung";
            case WAITING_FINANCIAL_OBLIGATION -> "đang chờ thực hiện nghĩa vụ tài chính";
            case WITHDRAWN -> "đã được rút";
            case STOPPED -> "đã dừng giải quyết";
            case RESOLVED -> "đã có kết quả";
            case RETURNED -> "đã trả kết quả";
        };
    }
}
