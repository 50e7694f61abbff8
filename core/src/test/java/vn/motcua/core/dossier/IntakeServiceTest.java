package vn.motcua.core.dossier;

import static vn.motcua.core.testing.Callers.as;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.context.BusinessTime;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Intake against real PostgreSQL and S3: numbering, due date, scans, control sheet; bad input leaves nothing. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeServiceTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    java.time.Clock clock;
    @Inject
    IntakeService intake;
    @Inject
    DossierRepository dossiers;
    @Inject
    DossierDocumentRepository documents;
    @Inject
    TenantTransactions tx;
    @Inject
    ProvincialScope province;
    @Inject
    DocumentStore store;
    @Inject
    DeadlineService deadlines;
    @Inject
    javax.sql.DataSource dataSource;

    TenantId center(String code) {
        return vn.motcua.core.testing.TestCenters.create(province, dataSource, code);
    }

    static IntakeRequest request(List<IntakeRequest.IncomingDocument> docs, Applicant applicant) {
        return new IntakeRequest("1.001193", 1, "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25", "000.00.00.H56",
                Dossier.Channel.IN_PERSON, applicant, docs);
    }

    static Applicant hang() {
        return new Applicant.Individual("Nguyễn Thị Hằng", "025190000123", LocalDate.of(1990, 5, 17), "0912345678",
                "Xóm Đồng Bưởi, xã Tân Lạc");
    }

    @Test
    void aDossierIsNumberedForTheDayDueByTheCalendarAndItsScansRoundTrip() {
        TenantId a = center("IN-A");
        Actor clerk = new Actor(7L, "cb1.in-a", a);
        Intake first = intake.receive(as(a, clerk, clock), request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", PDF),
                new IntakeRequest.IncomingDocument("Giấy chứng sinh", "chung-sinh.png", PNG)), hang()));
        Intake second = intake.receive(as(a, clerk, clock), request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai", "to-khai.pdf", PDF)), hang()));
        assertTrue(first.code().startsWith("000.00.00.H56-"), first.code());
        assertEquals(DossierCode.parse(first.code()).sequence() + 1, DossierCode.parse(second.code()).sequence());
        assertEquals(deadlines.due("25", first.dossier().receivedAt(), LegalDeadline.workingDays(3), List.of()).toInstant(),
                first.dueAt());
        assertEquals(DossierStatus.RECEIVED, first.dossier().status());
        assertEquals("RECEIVE", first.controlSheet().get(0).action());
        DossierDocument scan = first.documents().get(1);
        assertEquals("image/png", scan.contentType());
        assertArrayEquals(PNG, store.get(scan.objectKey(), scan.sha256()));
        assertEquals(2, tx.read(a, () -> documents.findByTenantIdAndDossierIdOrderById(a.value(), first.dossier().id())).size());
    }

    @Test
    void anotherCenterCannotSeeTheDossierByIdOrCodeAndNumbersItsOwnFromOne() {
        TenantId a = center("IN-C");
        TenantId b = center("IN-D");
        Intake ofA = intake.receive(as(a, new Actor(1L, "cb.c", a), clock), request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF)), hang()));
        assertTrue(tx.read(b, () -> dossiers.findByTenantIdAndCode(a.value(), ofA.code())).isEmpty());
        assertTrue(tx.read(b, () -> dossiers.findByTenantIdAndId(a.value(), ofA.dossier().id())).isEmpty());
        assertEquals(0, tx.read(b, () -> dossiers.countByTenantId(a.value())));
        Intake ofB = intake.receive(as(b, new Actor(2L, "cb.d", b), clock), request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai", "b.pdf", PDF)), hang()));
        assertEquals(1, DossierCode.parse(ofB.code()).sequence());
    }

    @Inject
    DossierInbox inbox;

    @Test
    void theInboxListsOpenDossiersSoonestDueFirstSearchesWithoutDiacriticsAndStaysInItsCenter() {
        TenantId a = center("IN-F");
        TenantId b = center("IN-G");
        Actor clerk = new Actor(3L, "cb.f", a);
        intake.receive(as(a, clerk, clock), request(List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF)), hang()));
        intake.receive(as(a, clerk, clock), request(List.of(new IntakeRequest.IncomingDocument("Tờ khai", "b.pdf", PDF)),
                new Applicant.Individual("Trần Văn Bình", "025185000124", LocalDate.of(1985, 2, 3), "0987654321", "Xóm Bãi")));
        DossierInbox.Counts counts = inbox.counts(as(a, clerk, clock));
        assertEquals(2, counts.open());
        assertEquals(0, counts.overdue());
        assertEquals(List.of("Trần Văn Bình"), inbox.page(as(a, clerk, clock), DossierInbox.Bucket.OPEN, "binh tran", 0, 10).getContent()
                .stream().map(Dossier::applicantName).toList());
        var page = inbox.page(as(a, clerk, clock), DossierInbox.Bucket.OPEN, null, 0, 10).getContent();
        assertTrue(!page.get(0).dueAt().isAfter(page.get(1).dueAt()));
        assertEquals(2, counts.myRole(), "the first step of the standard workflow is the clerk's");
        assertEquals(0, counts.mine(), "nobody is assigned at intake");
        assertEquals(new DossierInbox.Counts(0, 0, 0, 0, 0), inbox.counts(as(b, new Actor(4L, "cb.f2", b), clock)));
        assertEquals(0, inbox.page(as(b, new Actor(4L, "cb.f2", b), clock), DossierInbox.Bucket.OPEN, "binh", 0, 10).getTotalSize());
        assertEquals(0, inbox.search(as(b, new Actor(4L, "cb.f2", b), clock), null, "binh", 0, 10, null).getTotalSize());
        assertEquals(1, inbox.search(as(a, clerk, clock), DossierStatus.RECEIVED, "binh", 0, 10, null).getTotalSize());
    }

    @Test
    void aSearchWithANulCharacterAnswersLikeTheSearchWithoutItInsteadOfFailingInPostgreSQL() {
        TenantId a = center("IN-N");
        Actor clerk = new Actor(3L, "cb.n", a);
        intake.receive(as(a, clerk, clock), request(List.of(new IntakeRequest.IncomingDocument("Tờ khai", "b.pdf", PDF)),
                new Applicant.Individual("Trần Văn Bình", "025185000124", LocalDate.of(1985, 2, 3), "0987654321", "Xóm Bãi")));
        assertEquals(1, inbox.search(as(a, clerk, clock), null, "bi\u0000nh", 0, 10, null).getTotalSize());
        assertEquals(1, inbox.page(as(a, clerk, clock), DossierInbox.Bucket.OPEN, "\u0000binh", 0, 10).getTotalSize());
    }

    @Test
    void badApplicantOrAFakePdfIsRefusedInVietnameseAndNothingIsStored() {
        TenantId a = center("IN-E");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> intake.receive(as(a, new Actor(1L, "cb.e", a), clock),
                request(List.of(new IntakeRequest.IncomingDocument("Tờ khai", "to-khai.pdf", exe)),
                        new Applicant.Individual("", "12345", LocalDate.of(2090, 1, 1), "123", ""))));
        assertTrue(e.problems().size() >= 3, e.vietnamese());
        assertTrue(e.problems().stream().allMatch(p -> !p.message().isBlank() && !p.detail().isBlank()));
        assertEquals(0, tx.read(a, () -> dossiers.countByTenantId(a.value())));
        assertThrows(InvalidInputException.class, () -> intake.receive(as(a, new Actor(1L, "cb.e", a), clock), request(List.of(), hang())));
        assertEquals(0, tx.read(a, () -> dossiers.countByTenantId(a.value())));
    }
}
