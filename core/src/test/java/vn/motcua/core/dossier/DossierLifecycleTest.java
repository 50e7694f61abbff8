package vn.motcua.core.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.Pause;
import vn.motcua.core.dossier.ControlSheetEntry.Action;
import vn.motcua.core.validation.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.core.dossier.DossierStatus.RECEIVED;
import static vn.motcua.core.dossier.DossierStatus.REJECTED;
import static vn.motcua.core.dossier.DossierStatus.RESOLVED;
import static vn.motcua.core.dossier.DossierStatus.RETURNED;
import static vn.motcua.core.dossier.DossierStatus.STOPPED;
import static vn.motcua.core.dossier.DossierStatus.WAITING_FINANCIAL_OBLIGATION;
import static vn.motcua.core.dossier.DossierStatus.WAITING_SUPPLEMENT;
import static vn.motcua.core.dossier.DossierStatus.WITHDRAWN;

class DossierLifecycleTest {
    /** Monday 14 July 2025, 08:00 in Hà Nội. */
    static final Instant MONDAY_8AM = Instant.parse("2025-07-14T01:00:00Z");
    static final List<StepPlan> STEPS = List.of(
            new StepPlan("Tiếp nhận", Duration.ofHours(2)),
            new StepPlan("Thẩm định", Duration.ofHours(8)),
            new StepPlan("Phê duyệt", Duration.ofHours(4)),
            new StepPlan("Trả kết quả", Duration.ofHours(2)));
    /** Stand-in for DeadlineService: 3 days of wall-clock time plus every pause. */
    static final DueDateFunction THREE_DAYS_PLUS_PAUSES = (received, pauses) -> received.plus(Duration.ofDays(3))
            .plus(pauses.stream().map(p -> Duration.between(p.from(), p.to())).reduce(Duration.ZERO, Duration::plus));
    static final ResultDocument RESULT = new ResultDocument("results/2025/07/kq-0001.pdf", "a".repeat(64));

    static Instant at(long hoursAfterMonday8am) {
        return MONDAY_8AM.plus(Duration.ofHours(hoursAfterMonday8am));
    }

    static Act clerk(long hours) {
        return Act.of("Nguyễn Thị Lan", at(hours), Duration.ofHours(1));
    }

    static DossierLifecycle received() {
        DossierLifecycle d = DossierLifecycle.submitted(
                DossierCode.of(new AgencyCode("000.00.00.H56"), MONDAY_8AM, 1), STEPS, THREE_DAYS_PLUS_PAUSES);
        d.receive(Act.of("Nguyễn Thị Lan", MONDAY_8AM));
        return d;
    }

    static String refusal(Runnable command) {
        return assertThrows(InvalidInputException.class, command::run).vietnamese();
    }

    @Test
    void aReasonLongerThanAPageIsRefusedAndTheDossierStaysWhereItWas() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        String essay = "Thiếu giấy tờ. ".repeat(200);
        assertTrue(refusal(() -> d.requestSupplement(essay, clerk(2))).contains("dài quá 2000 ký tự"));
        assertTrue(refusal(() -> d.withdraw(essay, clerk(2))).contains("dài quá 2000 ký tự"));
        assertEquals(IN_PROGRESS, d.status());
        assertEquals(2, d.controlSheet().size());
    }

    @Test
    void aDossierGoesFromReceiptStepByStepToResolvedAndReturnedWithAControlSheetLineForEveryMove() {
        DossierLifecycle d = received();
        assertEquals(RECEIVED, d.status());
        assertEquals(at(72), d.dueAt().orElseThrow());
        d.handOver(1, Act.of("Nguyễn Thị Lan", at(1), Duration.ofMinutes(30)));
        d.handOver(2, Act.of("Trần Văn Minh", at(5), Duration.ofHours(4)));
        d.handOver(3, Act.of("Lê Quang Huy", at(6), Duration.ofHours(1)));
        d.resolve(RESULT, Act.of("Lê Quang Huy", at(7), Duration.ofHours(1)));
        ControlSheetEntry last = d.returnResult(new ReturnMethod.InPerson("Phạm Văn Nam"), Act.of("Nguyễn Thị Lan", at(8), Duration.ZERO));

        assertEquals(RETURNED, d.status());
        assertEquals(List.of(Action.RECEIVE, Action.HAND_OVER, Action.HAND_OVER, Action.HAND_OVER, Action.RESOLVE,
                Action.RETURN_RESULT), d.controlSheet().stream().map(ControlSheetEntry::action).toList());
        ControlSheetEntry appraisal = d.controlSheet().get(2);
        assertEquals("Thẩm định", appraisal.fromStepName());
        assertEquals("Phê duyệt", appraisal.toStepName());
        assertEquals("Trần Văn Minh", appraisal.by());
        assertEquals(Duration.ofHours(8), appraisal.stepBudget());
        assertEquals(Duration.ofHours(4), appraisal.stepTimeUsed());
        assertFalse(appraisal.overBudget());
        assertEquals(6, last.number());
        assertEquals("Trả trực tiếp cho Phạm Văn Nam", last.note());
        assertEquals(OnTimeRule.Result.EARLY, d.onTime().orElseThrow());
        assertEquals(at(7), d.endedAt().orElseThrow());
    }

    @Test
    void theReceiptLineSaysWhichSlipToPrintAndTheAppointment() {
        ControlSheetEntry receipt = received().controlSheet().get(0);
        assertEquals(DossierStatus.SUBMITTED, receipt.fromStatus());
        assertNull(receipt.fromStep());
        assertEquals("Tiếp nhận", receipt.toStepName());
        assertEquals(1, receipt.action().form().orElseThrow());
        assertEquals("Hẹn trả kết quả: 08:00 17/07/2025", receipt.note());
    }

    @Test
    void aStepOverItsBudgetShowsOnTheControlSheet() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        ControlSheetEntry e = d.handOver(2, Act.of("Trần Văn Minh", at(30), Duration.ofHours(10)));
        assertTrue(e.overBudget());
    }

    @Test
    void aDossierWaitingForASupplementCannotMoveToAnotherStep() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        d.requestSupplement("Thiếu bản sao giấy khai sinh", clerk(2));
        assertEquals("Hồ sơ đang chờ bổ sung, không thể chuyển bước", refusal(() -> d.handOver(2, clerk(3))));
        assertEquals(WAITING_SUPPLEMENT, d.status());
    }

    @Test
    void stepsCannotBeSkippedButADossierCanBeSentBackForRework() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        assertEquals("Không thể bỏ qua bước: hồ sơ đang ở bước «Thẩm định», bước tiếp theo là «Phê duyệt»",
                refusal(() -> d.handOver(3, clerk(2))));
        d.handOver(2, clerk(2));
        ControlSheetEntry back = d.handOver(1, clerk(3));
        assertEquals("Trả lại bước «Thẩm định»", back.note());
        assertEquals(1, d.step().orElseThrow());
        assertEquals("Hồ sơ đang ở bước «Thẩm định»", refusal(() -> d.handOver(1, clerk(4))));
        assertEquals("Quy trình không có bước 5 (có 4 bước)", refusal(() -> d.handOver(4, clerk(4))));
    }

    @Test
    void aSupplementStopsTheClockAndTheDueDateMovesByThePause() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        ControlSheetEntry request = d.requestSupplement("Thiếu bản sao giấy khai sinh", clerk(2));
        assertEquals(2, request.action().form().orElseThrow());
        assertEquals(List.of(new Pause(at(2), at(5))), d.pausesUntil(at(5)));
        assertEquals(at(75), d.currentDueAt(at(5)));
        d.supplementReceived(clerk(26));
        assertEquals(IN_PROGRESS, d.status());
        assertEquals(1, d.step().orElseThrow());
        assertEquals(List.of(new Pause(at(2), at(26))), d.pauses());
        assertEquals(at(96), d.dueAt().orElseThrow());
        assertFalse(d.countedLate());
    }

    @Test
    void aSecondSupplementRequestCountsTheDossierAsLateEvenIfItEndsEarly() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        d.requestSupplement("Thiếu bản sao giấy khai sinh", clerk(2));
        d.supplementReceived(clerk(3));
        ControlSheetEntry second = d.requestSupplement("Bản sao chưa chứng thực", clerk(4));
        assertTrue(d.countedLate());
        assertEquals(2, d.supplementRequests());
        assertTrue(second.note().contains("hồ sơ bị tính là trễ hạn"), second.note());
        d.supplementReceived(clerk(5));
        d.handOver(2, clerk(6));
        d.handOver(3, clerk(7));
        d.resolve(RESULT, clerk(8));
        assertEquals(OnTimeRule.Result.LATE_WITHOUT_APOLOGY, d.onTime().orElseThrow());
    }

    @Test
    void aFinancialObligationPausesTheClockLikeASupplement() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        d.requestFinancialObligation("Nộp lệ phí trước bạ 500.000 đồng", clerk(2));
        assertEquals(WAITING_FINANCIAL_OBLIGATION, d.status());
        assertEquals(6, d.status().portalCode());
        assertEquals("Hồ sơ đang chờ thực hiện nghĩa vụ tài chính, không thể hoàn thành giải quyết",
                refusal(() -> d.resolve(RESULT, clerk(3))));
        d.financialObligationFulfilled(clerk(12));
        assertEquals(List.of(new Pause(at(2), at(12))), d.pauses());
        assertEquals(at(82), d.dueAt().orElseThrow());
        assertEquals(0, d.supplementRequests());
    }

    @Test
    void anApologyBeforeTheDueDateSetsANewAppointmentButTheDossierStillCountsLate() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        ControlSheetEntry apology = d.recordApology(at(120), "Chờ ý kiến phối hợp của Sở Tài nguyên và Môi trường", clerk(70));
        assertEquals(4, apology.action().form().orElseThrow());
        assertEquals(at(120), d.appointment().orElseThrow());
        assertEquals(at(72), d.dueAt().orElseThrow());
        d.handOver(2, clerk(80));
        d.handOver(3, clerk(90));
        d.resolve(RESULT, clerk(100));
        assertEquals(OnTimeRule.Result.LATE_WITH_APOLOGY, d.onTime().orElseThrow());
    }

    @Test
    void anApologyAfterTheDueDateIsRefused() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        assertEquals("Đã quá hạn trả kết quả (08:00 17/07/2025), không thể lập văn bản xin lỗi: văn bản phải được lập "
                + "trước khi hết hạn", refusal(() -> d.recordApology(at(120), "Chậm phối hợp", clerk(72))));
        assertTrue(d.apology().isEmpty());
        assertEquals(2, d.controlSheet().size());
    }

    @Test
    void anApologyMustPostponeTheDateAndGiveAReason() {
        DossierLifecycle d = received();
        assertEquals("Ngày hẹn trả mới (08:00 16/07/2025) phải sau hạn hiện tại (08:00 17/07/2025)",
                refusal(() -> d.recordApology(at(48), "Chậm phối hợp", clerk(10))));
        assertEquals("Chưa ghi lý do chậm trả kết quả", refusal(() -> d.recordApology(at(120), "  ", clerk(10))));
    }

    @Test
    void anApologyDuringASupplementCountsThePauseSoFar() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        d.requestSupplement("Thiếu sơ đồ thửa đất", clerk(2));
        // the stored due date (at 72 h) has passed, but the clock stopped at hour 2
        d.recordApology(at(200), "Chờ bổ sung kéo dài, cần thẩm định lại", clerk(100));
        assertEquals(at(200), d.appointment().orElseThrow());
    }

    @Test
    void resolvingNeedsTheResultDocumentAndTheLastStep() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        assertEquals("Hồ sơ đang ở bước «Thẩm định» (2/4), chưa đến bước cuối «Trả kết quả», không thể hoàn thành giải quyết",
                refusal(() -> d.resolve(RESULT, clerk(2))));
        d.handOver(2, clerk(2));
        d.handOver(3, clerk(3));
        assertEquals("Chưa có văn bản kết quả giải quyết, không thể hoàn thành giải quyết",
                refusal(() -> d.resolve(null, clerk(4))));
        d.resolve(RESULT, clerk(4));
        assertEquals(RESOLVED, d.status());
        assertEquals(RESULT, d.result().orElseThrow());
    }

    @Test
    void theResultIsReturnedOnlyOnceAndOnlyAfterResolving() {
        DossierLifecycle d = received();
        assertEquals("Hồ sơ mới được tiếp nhận, chưa chuyển xử lý, không thể trả kết quả",
                refusal(() -> d.returnResult(new ReturnMethod.Online(), clerk(1))));
        d.handOver(1, clerk(1));
        d.handOver(2, clerk(2));
        d.handOver(3, clerk(3));
        d.resolve(RESULT, clerk(4));
        ControlSheetEntry post = d.returnResult(new ReturnMethod.Post("EMS-VN123456789"), clerk(5));
        assertEquals("Gửi qua bưu chính công ích, số hiệu EMS-VN123456789", post.note());
        assertEquals("Hồ sơ đã trả kết quả, không thể trả kết quả", refusal(() -> d.returnResult(new ReturnMethod.Online(), clerk(6))));
    }

    @Test
    void aReturnNeedsTheReceiverOrTheTrackingNumber() {
        assertThrows(InvalidInputException.class, () -> new ReturnMethod.InPerson(" "));
        assertThrows(InvalidInputException.class, () -> new ReturnMethod.Post(""));
    }

    @Test
    void refusingAnOnlineSubmissionBeforeReceiptIsARefusalNotAStop() {
        DossierLifecycle d = DossierLifecycle.submitted(
                DossierCode.of(new AgencyCode("000.00.00.H56"), MONDAY_8AM, 2), STEPS, THREE_DAYS_PLUS_PAUSES);
        assertEquals("Chưa ghi lý do từ chối", refusal(() -> d.reject("", clerk(1))));
        ControlSheetEntry e = d.reject("Thủ tục không thuộc thẩm quyền của xã", clerk(1));
        assertEquals(REJECTED, d.status());
        assertEquals(3, d.status().portalCode());
        assertEquals(3, e.action().form().orElseThrow());
        assertTrue(d.onTime().isEmpty());
        assertEquals("Hồ sơ đã bị từ chối tiếp nhận, không thể tiếp nhận", refusal(() -> d.receive(clerk(2))));
    }

    @Test
    void rejectingAReceivedDossierStopsItAndEndsTheClockForTheIndicator() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        d.requestSupplement("Thiếu giấy tờ", clerk(2));
        ControlSheetEntry e = d.reject("Quá thời hạn bổ sung mà công dân không bổ sung", clerk(100));
        assertEquals(STOPPED, d.status());
        assertEquals(8, d.status().portalCode());
        assertEquals(5, e.action().form().orElseThrow());
        assertEquals(List.of(new Pause(at(2), at(100))), d.pauses());
        // stopped at hour 100; the 98 h of waiting moved the due date from hour 72 to hour 170
        assertEquals(at(170), d.dueAt().orElseThrow());
        assertEquals(OnTimeRule.Result.EARLY, d.onTime().orElseThrow());
        assertEquals("Hồ sơ đã dừng giải quyết, không thể chuyển bước", refusal(() -> d.handOver(2, clerk(101))));
    }

    @Test
    void theApplicantCanWithdrawBeforeTheResultButNotAfter() {
        DossierLifecycle open = received();
        open.handOver(1, clerk(1));
        open.withdraw("Công dân không còn nhu cầu", clerk(2));
        assertEquals(WITHDRAWN, open.status());
        assertEquals(7, open.status().portalCode());
        assertTrue(open.onTime().isEmpty());

        DossierLifecycle done = received();
        done.handOver(1, clerk(1));
        done.handOver(2, clerk(2));
        done.handOver(3, clerk(3));
        done.resolve(RESULT, clerk(4));
        assertEquals("Hồ sơ đã có kết quả, không thể rút hồ sơ", refusal(() -> done.withdraw(null, clerk(5))));
    }

    @Test
    void aSupplementCanOnlyBeRequestedWhileProcessingAndNeedsAReason() {
        DossierLifecycle d = received();
        assertEquals("Hồ sơ mới được tiếp nhận, chưa chuyển xử lý, không thể yêu cầu bổ sung",
                refusal(() -> d.requestSupplement("Thiếu giấy tờ", clerk(1))));
        d.handOver(1, clerk(1));
        assertEquals("Chưa ghi nội dung cần bổ sung, hoàn thiện", refusal(() -> d.requestSupplement(null, clerk(2))));
        assertEquals("Hồ sơ đang được giải quyết, không thể nhận hồ sơ bổ sung", refusal(() -> d.supplementReceived(clerk(2))));
    }

    @Test
    void anActDatedBeforeTheLastControlSheetLineIsRefused() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(5));
        assertEquals("Thời điểm thao tác (11:00 14/07/2025) trước thao tác gần nhất trên phiếu kiểm soát (13:00 14/07/2025)",
                refusal(() -> d.handOver(2, clerk(3))));
    }

    @Test
    void timeUsedAtAStepAddsUpAcrossASupplement() {
        DossierLifecycle d = received();
        d.handOver(1, clerk(1));
        d.requestSupplement("Thiếu giấy tờ", Act.of("Trần Văn Minh", at(2), Duration.ofHours(3)));
        d.supplementReceived(Act.of("Nguyễn Thị Lan", at(30), Duration.ZERO));
        ControlSheetEntry leave = d.handOver(2, Act.of("Trần Văn Minh", at(31), Duration.ofHours(6)));
        assertEquals(Duration.ofHours(9), leave.stepTimeUsed());
        assertTrue(leave.overBudget());
    }

    @Test
    void everyStatusHasItsPortalNumberAndVietnameseLabel() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                java.util.Arrays.stream(DossierStatus.values()).map(DossierStatus::portalCode).toList());
        assertEquals(DossierStatus.WAITING_SUPPLEMENT, DossierStatus.ofPortalCode(5));
        assertEquals("Chờ bổ sung hồ sơ", DossierStatus.WAITING_SUPPLEMENT.label());
        assertTrue(DossierStatus.RETURNED.isFinal());
        assertFalse(DossierStatus.RESOLVED.isFinal());
    }
}
