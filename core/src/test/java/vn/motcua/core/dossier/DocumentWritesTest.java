package vn.motcua.core.dossier;

import static vn.motcua.core.testing.Callers.as;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.ListedObject;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.FlakyTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCenters;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.dossier.IntakeServiceTest.PDF;
import static vn.motcua.core.dossier.IntakeServiceTest.PNG;

/**
 * The one document write path (DocumentWrites) as intake and resolution use it, against real PostgreSQL and S3:
 * objects of rows that surely failed are removed; objects of rows that may have committed are kept.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.flaky-transactions", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentWritesTest implements IntegrationTestProperties {
    /** Someone of the center who reads a dossier. */
    static final Actor READER = new Actor(99L, "cb.reader", null);
    @Inject
    java.time.Clock clock;
    @Inject
    IntakeService intake;
    @Inject
    DossierProcessing processing;
    @Inject
    DossierRepository dossiers;
    @Inject
    DossierInbox inbox;
    @Inject
    DocumentStore store;
    @Inject
    FlakyTransactions tx;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;

    Intake receive(TenantId tenant, Actor clerk) {
        return intake.receive(as(tenant, clerk, clock), IntakeServiceTest.request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", PDF),
                new IntakeRequest.IncomingDocument("Giấy chứng sinh", "chung-sinh.png", PNG)), IntakeServiceTest.hang()));
    }

    /** A received dossier moved to its last step, ready to be resolved. */
    Dossier atLastStep(TenantId tenant, Actor clerk) {
        Dossier d = receive(tenant, clerk).dossier();
        for (int step = 1; step <= 3; step++) {
            // the director may move every step, the approval step included
            d = processing.apply(as(tenant, new Actor(2L, "gd." + clerk.username(), tenant), clock), d.id(), d.version(),
                    new DossierCommand.HandOver(step, null));
        }
        return d;
    }

    List<String> stored(TenantId tenant, String folder) {
        try (Stream<ListedObject> listed = store.list(tenant.value() + "/" + folder + "/")) {
            return listed.map(ListedObject::key).toList();
        }
    }

    @Test
    void scansOfAnIntakeWhoseRowsFailAreRemoved() {
        TenantId a = TestCenters.create(province, dataSource, "DW-A");
        Actor clerk = new Actor(1L, "cb.a", a);
        Applicant other = new Applicant.Individual("Trần Văn Bình", "025185000124", LocalDate.of(1985, 2, 3), "0987654321", "Xóm Bãi");
        // the scan is stored, then the rows fail: the paper to reuse is not this applicant's (checked inside the transaction)
        assertThrows(InvalidInputException.class, () -> intake.receive(as(a, clerk, clock), new IntakeRequest("1.001193", 1,
                "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25", "000.00.00.H56", Dossier.Channel.IN_PERSON, other,
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "to-khai.pdf", PDF)),
                List.of(new IntakeRequest.ReusedDocument("Giấy chứng sinh", 999_999L)))));
        assertEquals(0, tx.read(a, () -> dossiers.countByTenantId(a.value())));
        assertEquals(List.of(), stored(a, "dossiers"), "the scan of a dossier that was not received");
    }

    @Test
    void aResultWhoseDossierWasNotResolvedIsRemoved() {
        TenantId a = TestCenters.create(province, dataSource, "DW-B");
        Actor clerk = new Actor(1L, "cb.b", a);
        Dossier d = atLastStep(a, clerk);
        assertThrows(ConcurrentChangeException.class,
                () -> processing.resolve(as(a, clerk, clock), d.id(), d.version() - 1, "ket-qua.pdf", PDF));
        assertEquals(List.of(), stored(a, "results"));
        assertEquals(DossierStatus.IN_PROGRESS, processing.file(as(a, READER, clock), d.id()).dossier().status());
    }

    @Test
    void scansOfAnIntakeThatCommittedBeforeTheClientSawAnErrorAreKeptAndStillDownload() {
        TenantId a = TestCenters.create(province, dataSource, "DW-C");
        Actor clerk = new Actor(1L, "cb.c", a);
        tx.failAfterNextCommit();
        assertThrows(IllegalStateException.class, () -> receive(a, clerk));

        List<Dossier> received = inbox.search(as(a, READER, clock), null, "", 0, 10, null).getContent();
        assertEquals(1, received.size(), "the dossier was committed");
        Dossier d = received.get(0);
        List<DossierDocument> papers = processing.file(as(a, READER, clock), d.id()).documents();
        assertEquals(2, papers.size());
        assertArrayEquals(PDF, processing.download(as(a, READER, clock), papers.get(0).id()).content());
        assertArrayEquals(PNG, processing.download(as(a, READER, clock), papers.get(1).id()).content());
        assertEquals(2, stored(a, "dossiers").size());
    }

    @Test
    void aResultThatCommittedBeforeTheClientSawAnErrorIsKeptAndStillDownloads() {
        TenantId a = TestCenters.create(province, dataSource, "DW-D");
        Actor clerk = new Actor(1L, "cb.d", a);
        Dossier d = atLastStep(a, clerk);
        tx.failAfterNextCommit();
        assertThrows(IllegalStateException.class, () -> processing.resolve(as(a, clerk, clock), d.id(), d.version(), "ket-qua.pdf", PDF));

        DossierFile file = processing.file(as(a, READER, clock), d.id());
        assertEquals(DossierStatus.RESOLVED, file.dossier().status());
        DossierDocument result = file.documents().stream().filter(doc -> doc.kind() == DossierDocument.Kind.RESULT)
                .findFirst().orElseThrow();
        assertArrayEquals(PDF, processing.download(as(a, READER, clock), result.id()).content());
        assertEquals(List.of(result.objectKey()), stored(a, "results"));
    }

    @Test
    void aResultIsKeptWhenItCannotBeToldWhetherItsRowsCommitted() {
        TenantId a = TestCenters.create(province, dataSource, "DW-E");
        Actor clerk = new Actor(1L, "cb.e", a);
        Dossier d = atLastStep(a, clerk);
        tx.failNextRead(); // the check after the failure cannot reach the database
        assertThrows(ConcurrentChangeException.class,
                () -> processing.resolve(as(a, clerk, clock), d.id(), d.version() - 1, "ket-qua.pdf", PDF));
        assertEquals(1, stored(a, "results").size(), "left for the sweeper");
        assertTrue(processing.file(as(a, READER, clock), d.id()).documents().stream().noneMatch(doc -> doc.kind() == DossierDocument.Kind.RESULT));
    }
}
