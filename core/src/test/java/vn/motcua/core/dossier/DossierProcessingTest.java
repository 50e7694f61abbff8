package vn.motcua.core.dossier;

import static vn.motcua.core.testing.Callers.as;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.context.BusinessTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.calendar.Pause;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.dossier.IntakeServiceTest.PDF;
import static vn.motcua.core.dossier.IntakeServiceTest.PNG;

/**
 * Processing against real PostgreSQL and S3 with the application clock moved by the test: the whole path,
 * the clock stopping for a supplement, optimistic locking between two clerks, and the walls between centers.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierProcessingTest implements IntegrationTestProperties {
    /** Monday 30 November 2026, 09:00 in Vietnam. */
    static final Instant MONDAY_9 = at(2026, 11, 30, 9, 0);
    /** Someone of the center who reads a dossier (reading needs no step). */
    static final Actor READER = new Actor(99L, "cb.reader", null);

    @Inject
    IntakeService intake;
    @Inject
    DossierProcessing processing;
    @Inject
    DossierInbox inbox;
    @Inject
    SatisfactionRatings ratings;
    @Inject
    DossierStatusLookup lookup;
    @Inject
    DossierDocumentRepository documents;
    @Inject
    DeadlineService deadlines;
    @Inject
    DocumentStore store;
    @Inject
    AuditLog audit;
    @Inject
    MovableClock clock;
    @Inject
    vn.motcua.core.tenancy.TenantTransactions tx;
    @Inject
    ProvincialScope province;
    @Inject
    javax.sql.DataSource dataSource;

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BusinessTime.ZONE).toInstant();
    }

    TenantId center(String code) {
        return vn.motcua.core.testing.TestCenters.create(province, dataSource, code);
    }

    Intake receive(TenantId tenant, Actor clerk, Applicant applicant) {
        return intake.receive(as(tenant, clerk, clock), IntakeServiceTest.request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", PDF),
                new IntakeRequest.IncomingDocument("Giấy chứng sinh", "chung-sinh.png", PNG)), applicant));
    }

    Dossier act(TenantId tenant, Actor who, Dossier d, Instant when, DossierCommand command) {
        clock.set(when);
        return processing.apply(as(tenant, who, clock), d.id(), d.version(), command);
    }

    @Test
    void aDossierGoesThroughEveryStepWithASupplementPauseAnApologyAResultAndItsReturn() {
        TenantId a = center("PR-A");
        Actor clerk = new Actor(1L, "cb.a", a);
        Actor director = new Actor(2L, "gd.a", a);
        Actor colleague = new Actor(3L, "cb.b", a);
        clock.set(MONDAY_9);
        // test centers share one agency code, so the public look-up tells this dossier apart by its phone
        Intake received = receive(a, clerk, new Applicant.Individual("Nguyễn Thị Hằng", "025190000123",
                LocalDate.of(1990, 5, 17), "0911002468", "Xóm Đồng Bưởi, xã Tân Lạc"));
        LegalDeadline threeDays = LegalDeadline.workingDays(3);
        Instant firstDue = deadlines.due("25", MONDAY_9, threeDays, List.of()).toInstant();
        assertEquals(firstDue, received.dueAt());

        Dossier d = act(a, clerk, received.dossier(), at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, "cb.b"));
        assertEquals(DossierStatus.IN_PROGRESS, d.status());
        assertEquals("cb.b", d.assignee());
        assertEquals("CLERK", d.stepRole());

        Instant askedAt = at(2026, 11, 30, 14, 0);
        d = act(a, colleague, d, askedAt, new DossierCommand.RequestSupplement("Thiếu bản chính giấy chứng sinh"));
        assertEquals(DossierStatus.WAITING_SUPPLEMENT, d.status());
        assertEquals(1, inbox.search(as(a, READER, clock), DossierStatus.WAITING_SUPPLEMENT, "hang", 0, 10, null).getTotalSize());

        Instant broughtAt = at(2026, 12, 2, 9, 0);
        d = act(a, colleague, d, broughtAt, new DossierCommand.SupplementReceived());
        Instant movedDue = deadlines.due("25", MONDAY_9, threeDays, List.of(new Pause(askedAt, broughtAt))).toInstant();
        assertEquals(DossierStatus.IN_PROGRESS, d.status());
        assertEquals(movedDue, d.dueAt(), "the paused working time moves the due date");
        assertNull(d.appointmentAt(), "no apology, no new appointment");
        assertTrue(movedDue.isAfter(firstDue));

        d = act(a, colleague, d, at(2026, 12, 2, 10, 0), new DossierCommand.HandOver(2, null));
        assertEquals("DIRECTOR", d.stepRole(), "the approval step is the director's");
        assertNull(d.assignee());
        Instant newDate = movedDue.plus(Duration.ofDays(2));
        d = act(a, director, d, at(2026, 12, 2, 11, 0), new DossierCommand.RecordApology(newDate, "Chờ xác minh"));
        assertEquals(newDate, d.appointment());
        d = act(a, director, d, at(2026, 12, 2, 11, 15), new DossierCommand.HandOver(3, "cb.a"));

        clock.set(at(2026, 12, 2, 14, 0));
        d = processing.resolve(as(a, clerk, clock), d.id(), d.version(), "giay-khai-sinh.pdf", PDF);
        assertEquals(DossierStatus.RESOLVED, d.status());
        Dossier done = act(a, clerk, d, at(2026, 12, 2, 15, 0),
                new DossierCommand.ReturnResult(new ReturnMethod.InPerson("Nguyễn Thị Hằng")));
        assertEquals(DossierStatus.RETURNED, done.status());
        assertEquals(at(2026, 12, 2, 14, 0), done.endedAt(), "the dossier ended when it was resolved");

        DossierFile file = processing.file(as(a, READER, clock), done.id());
        List<DossierEvent> sheet = file.controlSheet();
        assertEquals(List.of("RECEIVE", "HAND_OVER", "REQUEST_SUPPLEMENT", "SUPPLEMENT_RECEIVED", "HAND_OVER", "APOLOGY",
                "HAND_OVER", "RESOLVE", "RETURN_RESULT"), sheet.stream().map(DossierEvent::action).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), sheet.stream().map(DossierEvent::number).toList());
        assertEquals(deadlines.workingTimeBetween("25", MONDAY_9, at(2026, 11, 30, 10, 0)).toMinutes(), sheet.get(1).usedMin(),
                "the hand-over records the working time spent at reception");
        assertEquals(0L, sheet.get(3).usedMin(), "the paused days are not counted against the step");
        DossierDocument result = file.documents().stream().filter(doc -> doc.kind() == DossierDocument.Kind.RESULT)
                .findFirst().orElseThrow();
        assertArrayEquals(PDF, processing.download(as(a, READER, clock), result.id()).content());
        for (AuditAction action : List.of(AuditAction.DOSSIER_RECEIVED, AuditAction.DOSSIER_SUPPLEMENT_REQUESTED,
                AuditAction.DOSSIER_SUPPLEMENT_RECEIVED, AuditAction.DOSSIER_APOLOGY_RECORDED, AuditAction.DOSSIER_RESOLVED,
                AuditAction.DOSSIER_RESULT_RETURNED)) {
            assertEquals(1, audit.count(a, action), action.name());
        }
        assertEquals(3, audit.count(a, AuditAction.DOSSIER_HANDED_OVER));

        assertTrue(lookup.find(done.code(), "0000", "192.0.2.10").found().isEmpty());
        assertThrows(InvalidInputException.class, () -> ratings.rate(null, DossierRating.Level.SATISFIED, null));
        DossierStatusLookup.Proven mine = lookup.find(done.code(), "2468", "192.0.2.10").found().orElseThrow();
        ratings.rate(mine, DossierRating.Level.VERY_SATISFIED, "Cán bộ nhiệt tình");
        assertEquals(DossierRating.Level.VERY_SATISFIED, processing.file(as(a, READER, clock), done.id()).rating().level());
        assertThrows(InvalidInputException.class, () -> ratings.rate(mine, DossierRating.Level.NOT_SATISFIED, null),
                "a dossier is rated once");
    }

    @Test
    void anAssignedStepIsMovedOnlyByItsAssigneeOrByTheDirectorWhoseOverrideIsAudited() {
        TenantId a = center("PR-AS");
        Actor clerk = new Actor(1L, "cb.as1", a);
        Actor other = new Actor(2L, "cb.as2", a);
        Actor director = new Actor(3L, "gd.as", a);
        clock.set(MONDAY_9);
        Dossier d = receive(a, clerk, IntakeServiceTest.hang()).dossier();
        d = act(a, clerk, d, at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, "cb.as1"));
        assertEquals("cb.as1", d.assignee());

        // the other clerk holds the step's role but not the step: no step-bound action is offered nor carried out
        clock.set(at(2026, 11, 30, 11, 0));
        DossierFile seen = processing.file(as(a, other, clock), d.id());
        assertTrue(seen.allowed().stream().noneMatch(DossierAction::stepBound), seen.allowed().toString());
        assertTrue(seen.allows(DossierAction.COMMENT) && seen.allows(DossierAction.RECORD_FEE), "notes and fees stay open to all");
        Dossier held = d;
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> processing.apply(as(a, other, clock),
                held.id(), held.version(), new DossierCommand.RequestSupplement("Thiếu tờ khai")));
        assertTrue(refused.vietnamese().contains("đã giao cho cb.as1"), refused.vietnamese());
        assertThrows(InvalidInputException.class, () -> processing.assign(as(a, other, clock), held.id(), held.version(), "cb.as2"));
        assertEquals(held.version(), processing.file(as(a, READER, clock), d.id()).dossier().version(), "nothing changed");
        assertEquals(0, audit.count(a, AuditAction.DOSSIER_SUPPLEMENT_REQUESTED));

        // the assignee sees and moves the step
        assertTrue(processing.file(as(a, clerk, clock), d.id()).allows(DossierAction.REQUEST_SUPPLEMENT));
        d = act(a, clerk, d, at(2026, 11, 30, 11, 30), new DossierCommand.RequestSupplement("Thiếu tờ khai"));
        d = act(a, clerk, d, at(2026, 11, 30, 14, 0), new DossierCommand.SupplementReceived());
        assertEquals(DossierStatus.IN_PROGRESS, d.status());
        long plainHandOvers = audit.page(a, 0, 100).getContent().stream()
                .filter(e -> e.detail() != null && e.detail().contains("làm thay")).count();
        assertEquals(0, plainHandOvers, "the assignee's own moves are no override");

        // the director moves it anyway: allowed, and the audit says it was an override of cb.as1's step
        assertTrue(processing.file(as(a, director, clock), d.id()).allows(DossierAction.HAND_OVER));
        d = act(a, director, d, at(2026, 11, 30, 15, 0), new DossierCommand.HandOver(2, null));
        assertEquals(2, d.currentStep());
        List<String> overrides = audit.page(a, 0, 100).getContent().stream().map(e -> e.detail())
                .filter(t -> t != null && t.contains("làm thay")).toList();
        assertEquals(1, overrides.size(), overrides.toString());
        assertTrue(overrides.get(0).contains("giám đốc làm thay người được giao bước: cb.as1"), overrides.get(0));

        // an unassigned step is anyone's of its role again; a resolved dossier's result is returned by any clerk
        Dossier last = act(a, director, d, at(2026, 11, 30, 15, 30), new DossierCommand.HandOver(3, "cb.as1"));
        clock.set(at(2026, 11, 30, 16, 0));
        Dossier resolved = processing.resolve(as(a, clerk, clock), last.id(), last.version(), "kq.pdf", PDF);
        assertTrue(processing.file(as(a, other, clock), resolved.id()).allows(DossierAction.RETURN_RESULT),
                "the step is over once the dossier is resolved");
    }

    @Test
    void whenTwoClerksActOnTheSameVersionTheFirstWinsAndTheSecondChangesNothing() {
        TenantId a = center("PR-B");
        clock.set(MONDAY_9);
        Dossier d = receive(a, new Actor(1L, "cb.1", a), IntakeServiceTest.hang()).dossier();
        clock.set(at(2026, 11, 30, 10, 0));
        Dossier won = processing.apply(as(a, new Actor(1L, "cb.1", a), clock), d.id(), d.version(), new DossierCommand.HandOver(1, null));
        assertThrows(ConcurrentChangeException.class, () -> processing.apply(as(a, new Actor(2L, "cb.2", a), clock), d.id(), d.version(),
                new DossierCommand.Reject("Không đủ điều kiện")));
        DossierFile file = processing.file(as(a, READER, clock), d.id());
        assertEquals(DossierStatus.IN_PROGRESS, file.dossier().status());
        assertEquals(won.version(), file.dossier().version());
        assertEquals(2, file.controlSheet().size());
        assertEquals(0, audit.count(a, AuditAction.DOSSIER_REJECTED));
    }

    @Test
    void anApologyAfterTheDueDateAResultAtTheWrongStepOrAProgramAsTheResultIsRefusedAndLeavesTheDossierAsItWas() {
        TenantId a = center("PR-C");
        Actor clerk = new Actor(1L, "cb.c", a);
        clock.set(MONDAY_9);
        Dossier d = receive(a, clerk, IntakeServiceTest.hang()).dossier();
        d = act(a, clerk, d, at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, null));
        Dossier before = d;
        clock.set(d.dueAt().plus(Duration.ofHours(1)));
        InvalidInputException late = assertThrows(InvalidInputException.class, () -> processing.apply(as(a, clerk, clock), before.id(),
                before.version(), new DossierCommand.RecordApology(before.dueAt().plus(Duration.ofDays(3)), "Chậm")));
        assertTrue(late.vietnamese().contains("quá hạn"), late.vietnamese());
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> processing.resolve(as(a, clerk, clock), before.id(), before.version(), "kq.pdf", PDF));
        assertTrue(early.vietnamese().contains("chưa đến bước cuối"), early.vietnamese());
        DossierFile file = processing.file(as(a, READER, clock), d.id());
        assertEquals(before.version(), file.dossier().version());
        assertEquals(2, file.controlSheet().size());

        // at the last step only the content can refuse a result: a program named .pdf
        Actor director = new Actor(2L, "gd.c", a);
        Dossier last = act(a, director, act(a, clerk, d, clock.instant(), new DossierCommand.HandOver(2, null)),
                clock.instant(), new DossierCommand.HandOver(3, "cb.c"));
        assertEquals(3, last.currentStep());
        InvalidInputException fake = assertThrows(InvalidInputException.class,
                () -> processing.resolve(as(a, clerk, clock), last.id(), last.version(), "kq.pdf", new byte[]{'M', 'Z', 0, 0, 0, 0, 0, 0}));
        assertEquals(List.of("file"), fake.problems().stream().map(p -> p.field()).toList());
        assertTrue(fake.vietnamese().contains("tệp chương trình"), fake.vietnamese());
        file = processing.file(as(a, READER, clock), d.id());
        assertEquals(last.version(), file.dossier().version());
        assertEquals(DossierStatus.IN_PROGRESS, file.dossier().status());
        assertEquals(4, file.controlSheet().size());
        assertTrue(file.documents().stream().noneMatch(doc -> doc.kind() == DossierDocument.Kind.RESULT));
    }

    @Test
    void feesAndCommentsAreValidatedAndAReceiptNumberIsUsedOncePerCenter() {
        TenantId a = center("PR-D");
        Actor clerk = new Actor(1L, "cb.d", a);
        clock.set(MONDAY_9);
        Dossier d = receive(a, clerk, IntakeServiceTest.hang()).dossier();
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> processing.recordFee(as(a, clerk, clock), d.id(), -5, null, " "));
        assertEquals(List.of("amount", "method", "receiptNumber"), bad.problems().stream().map(p -> p.field()).toList());
        processing.recordFee(as(a, clerk, clock), d.id(), 8000, DossierFee.Method.CASH, "BL-0001");
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> processing.recordFee(as(a, clerk, clock), d.id(), 8000, DossierFee.Method.QR, "BL-0001"));
        assertTrue(twice.vietnamese().contains("BL-0001"));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> processing.recordFee(as(a, clerk, clock), d.id(), 8000, DossierFee.Method.CASH, "BL-" + "9".repeat(38)));
        assertTrue(tooLong.vietnamese().contains("dài quá 40 ký tự"), tooLong.vietnamese());
        assertThrows(InvalidInputException.class, () -> processing.comment(as(a, clerk, clock), d.id(), "   "));
        processing.comment(as(a, clerk, clock), d.id(), "Đã gọi điện cho công dân");
        DossierFile file = processing.file(as(a, READER, clock), d.id());
        assertEquals(1, file.fees().size());
        assertEquals("Đã gọi điện cho công dân", file.comments().get(0).body());
        assertEquals(1, audit.count(a, AuditAction.DOSSIER_FEE_RECORDED));
    }

    @Test
    void aPaperDigitizedForThisApplicantIsReusedAndCountedButAnotherApplicantsIsRefused() {
        TenantId a = center("PR-E");
        Actor clerk = new Actor(1L, "cb.e", a);
        clock.set(MONDAY_9);
        Intake first = receive(a, clerk, IntakeServiceTest.hang());
        long scanId = first.documents().get(1).id();
        assertEquals(2, tx.read(a, () -> documents.digitizedFor(a.value(), "025190000123")).size());
        Intake second = intake.receive(as(a, clerk, clock), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", "000.00.00.H56", Dossier.Channel.IN_PERSON, IntakeServiceTest.hang(),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "to-khai.pdf", PDF)),
                List.of(new IntakeRequest.ReusedDocument("Giấy chứng sinh", scanId))));
        DossierDocument reused = second.documents().get(1);
        assertEquals(scanId, reused.reusedFrom());
        assertEquals(first.documents().get(1).objectKey(), reused.objectKey());
        assertArrayEquals(PNG, processing.download(as(a, READER, clock), reused.id()).content());
        Applicant other = new Applicant.Individual("Trần Văn Bình", "025185000124", LocalDate.of(1985, 2, 3), "0987654321", "Xóm Bãi");
        assertThrows(InvalidInputException.class, () -> intake.receive(as(a, clerk, clock), new IntakeRequest("1.001193", 1,
                "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25", "000.00.00.H56", Dossier.Channel.IN_PERSON, other,
                List.of(), List.of(new IntakeRequest.ReusedDocument("Giấy chứng sinh", scanId)))));
        assertEquals(1, tx.read(a, () -> documents.countByTenantIdAndReusedFromIsNotNull(a.value())));
    }

    @Test
    void anotherCenterCanNeitherOpenNorActOnNorFindNorDownloadTheDossier() {
        TenantId a = center("PR-F");
        TenantId b = center("PR-G");
        Actor clerkA = new Actor(1L, "cb.f", a);
        Actor clerkB = new Actor(2L, "cb.g", b);
        clock.set(MONDAY_9);
        Intake ofA = receive(a, clerkA, IntakeServiceTest.hang());
        Dossier d = ofA.dossier();
        assertThrows(NotFoundException.class, () -> processing.file(as(b, READER, clock), d.id()));
        assertThrows(NotFoundException.class, () -> processing.apply(as(b, clerkB, clock), d.id(), d.version(), new DossierCommand.HandOver(1, null)));
        assertThrows(NotFoundException.class, () -> processing.comment(as(b, clerkB, clock), d.id(), "xem trộm"));
        assertThrows(NotFoundException.class, () -> processing.recordFee(as(b, clerkB, clock), d.id(), 1000, DossierFee.Method.CASH, "X1"));
        assertThrows(NotFoundException.class, () -> processing.download(as(b, READER, clock), ofA.documents().get(0).id()));
        assertEquals(0, inbox.search(as(b, READER, clock), null, d.code(), 0, 10, null).getTotalSize());
        assertEquals(0, inbox.counts(as(b, new Actor(9L, "cb.g", b), clock)).open());
        assertTrue(tx.read(b, () -> documents.digitizedFor(a.value(), "025190000123")).isEmpty());
        // even written by hand, a paper of B cannot claim to reuse A's: the key includes the tenant
        Dossier ofB = receive(b, clerkB, IntakeServiceTest.hang()).dossier();
        DossierDocument ofAScan = ofA.documents().get(0);
        var refused = assertThrows(io.micronaut.data.exceptions.DataAccessException.class, () -> tx.write(b, () -> documents.save(
                new DossierDocument(null, b.value(), ofB.id(), "Giấy chứng sinh", "x.pdf", ofAScan.objectKey(),
                        ofAScan.sizeBytes(), ofAScan.sha256(), ofAScan.contentType(), DossierDocument.Kind.INPUT,
                        ofAScan.id(), null))));
        assertTrue(String.valueOf(refused.getCause()).contains("dossier_document_reused_fk"), String.valueOf(refused.getCause()));
        assertEquals(1, processing.file(as(a, READER, clock), d.id()).controlSheet().size(), "nothing was added by the other center");
    }
}
