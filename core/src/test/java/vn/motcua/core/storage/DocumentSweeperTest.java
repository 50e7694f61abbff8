package vn.motcua.core.storage;

import static vn.motcua.core.testing.Callers.as;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierDocument;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.cluster.ClusterOnce;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.testing.TestCenters;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweeper against real PostgreSQL and S3, with the application clock moved past the grace period instead of
 * waiting for it: it removes what no row refers to once it is old enough, nothing else, and one sweep at a time.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSweeperTest implements IntegrationTestProperties {
    /** Someone of the center who reads a dossier. */
    static final Actor READER = new Actor(99L, "cb.reader", null);
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    DocumentSweeper sweeper;
    @Inject
    DocumentStore store;
    @Inject
    DocumentReferences references;
    @Inject
    IntakeService intake;
    @Inject
    DossierProcessing processing;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    MovableClock clock;
    @Inject
    ApplicationContext context;

    @BeforeEach
    void realTime() {
        clock.set(null);
    }

    String orphan(TenantId tenant) {
        String key = tenant.value() + "/dossiers/2026/11/" + UUID.randomUUID();
        store.put(key, PDF, "application/pdf");
        return key;
    }

    Intake receive(TenantId tenant) {
        return intake.receive(as(tenant, new Actor(1L, "cb", tenant), clock), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", "000.00.00.H56", Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Nguyễn Thị Hằng", "025190000123", LocalDate.of(1990, 5, 17), "0912345678", "Xóm Đồng Bưởi"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "to-khai.pdf", PDF))));
    }

    @Test
    void sweeperRemovesAnObjectNoRowReferencesOnceItIsOlderThanTheGracePeriod() {
        TenantId a = TestCenters.create(province, dataSource, "SW-A");
        String key = orphan(a);
        clock.set(Instant.now().plus(Duration.ofMinutes(61)));
        assertTrue(sweeper.sweep().ran());
        assertFalse(store.exists(key));
    }

    @Test
    void sweeperKeepsAnUnreferencedObjectYoungerThanTheGracePeriod() {
        TenantId a = TestCenters.create(province, dataSource, "SW-B");
        String key = orphan(a);
        clock.set(Instant.now().plus(Duration.ofMinutes(59)));
        assertTrue(sweeper.sweep().ran());
        assertTrue(store.exists(key), "a write may still be on its way to committing the row");
    }

    @Test
    void sweeperNeverRemovesAnObjectARowReferences() {
        TenantId a = TestCenters.create(province, dataSource, "SW-C");
        Intake received = receive(a);
        DossierDocument scan = received.documents().get(0);
        assertTrue(references.referenced(a, List.of(scan.objectKey())).contains(scan.objectKey()));
        clock.set(Instant.now().plus(Duration.ofDays(400)));
        assertTrue(sweeper.sweep().ran());
        assertTrue(store.exists(scan.objectKey()));
        assertArrayEquals(PDF, processing.download(as(a, READER, clock), scan.id()).content());
    }

    @Test
    void sweeperLeavesAlonePathsThatNameNoCenter() {
        String[] foreign = {"exports/bao-cao.csv", "0/dossiers/x", "abc/results/y", "tmp"};
        for (String key : foreign) {
            store.put(key, PDF, "application/pdf");
        }
        clock.set(Instant.now().plus(Duration.ofDays(400)));
        assertTrue(sweeper.sweep().foreign() >= foreign.length);
        for (String key : foreign) {
            assertTrue(store.exists(key), key);
        }
    }

    @Test
    void whenTwoSweepersStartTogetherOnlyOneRunsAndTheOtherSkips() throws Exception {
        TenantId a = TestCenters.create(province, dataSource, "SW-D");
        String key = orphan(a);
        clock.set(Instant.now().plus(Duration.ofMinutes(61)));
        CountDownLatch listing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // another node's sweeper: takes the lock, then waits inside its listing until the test lets it go
        DocumentSweeper otherNode = new DocumentSweeper(new PausingStore(store, listing, release), references, new ClusterOnce(dataSource),
                new vn.motcua.core.context.BusinessTime(clock), Duration.ofHours(1));
        CompletableFuture<DocumentSweeper.Sweep> first = CompletableFuture.supplyAsync(otherNode::sweep);
        try {
            assertTrue(listing.await(30, TimeUnit.SECONDS), "the first sweeper started");
            DocumentSweeper.Sweep second = sweeper.sweep();
            assertFalse(second.ran(), "the lock is taken");
            assertTrue(store.exists(key), "the skipped sweeper removed nothing");
        } finally {
            release.countDown();
        }
        assertTrue(first.get(60, TimeUnit.SECONDS).ran());
        assertFalse(store.exists(key), "the sweeper holding the lock did the work");
        assertTrue(sweeper.sweep().ran(), "the lock is released when a sweep ends");
    }

    @Test
    void theScheduleCanBeTurnedOffByConfiguration() {
        assertFalse(context.containsBean(DocumentSweepSchedule.class));
        assertTrue(context.containsBean(DocumentSweeper.class));
    }

    /** A store whose listing waits until released, so a sweep holds its lock as long as a test needs. */
    private record PausingStore(DocumentStore store, CountDownLatch listing, CountDownLatch release) implements DocumentStore {
        @Override
        public Stream<ListedObject> list(String prefix) {
            listing.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return store.list(prefix);
        }

        @Override
        public StoredObject put(String key, byte[] content, String contentType) {
            return store.put(key, content, contentType);
        }

        @Override
        public byte[] get(String key, String expectedSha256) {
            return store.get(key, expectedSha256);
        }

        @Override
        public boolean exists(String key) {
            return store.exists(key);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }
    }
}
