package vn.motcua.core.drill;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.Actor;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.DocumentSweeper;
import vn.motcua.core.storage.ListedObject;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.testing.TestCenters;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.EmbeddedS3;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.testing.Callers.as;

/**
 * A bad day, rehearsed: four clerks receive dossiers with two scans each while PostgreSQL is stopped and started
 * again and, later, the S3 store goes away for a while. Afterwards every dossier whose receipt was given exists with
 * both scans intact, no dossier is half-written, and once the sweeper has run no object is left that no row refers to.
 * It runs on a PostgreSQL server and an S3 store of its own, since it stops them.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultDrillTest implements TestPropertyProvider {
    static final int CLERKS = 4;
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private Path pgDir;
    private int pgPort;
    private volatile EmbeddedPostgres postgres;
    private Path s3Dir;
    private int s3Port;
    private volatile EmbeddedS3 s3;
    private String databaseUrl;
    private final String superuserPassword = vn.motcua.devservices.Secrets.random();
    private final String s3AccessKey = vn.motcua.devservices.Secrets.random();
    private final String s3SecretKey = vn.motcua.devservices.Secrets.random();

    @Inject
    IntakeService intake;
    @Inject
    DocumentSweeper sweeper;
    @Inject
    DocumentStore store;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    MovableClock clock;

    @Override
    public Map<String, String> getProperties() {
        try {
            pgDir = Files.createTempDirectory("motcua-drill-pg");
            pgPort = freePort();
            postgres = EmbeddedPostgres.start(pgDir, pgPort, superuserPassword);
            databaseUrl = postgres.jdbcUrl("drill");
            s3Dir = Files.createTempDirectory("motcua-drill-s3");
            s3Port = freePort();
            s3 = EmbeddedS3.start(s3Dir, s3Port, s3AccessKey, s3SecretKey);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the drill's own PostgreSQL and S3: " + e.getMessage(), e);
        }
        Map<String, String> props = new HashMap<>();
        props.put("datasources.default.url", databaseUrl);
        props.put("datasources.default.username", "postgres");
        props.put("datasources.default.password", superuserPassword);
        props.put("motcua.db.app-password", vn.motcua.core.testing.TestDatabase.APP_PASSWORD);
        props.put("motcua.db.province-password", vn.motcua.core.testing.TestDatabase.PROVINCE_PASSWORD);
        props.put("motcua.db.set-role-passwords", "true");
        props.put("motcua.db.pool-size", "6");
        props.put("motcua.db.connection-timeout", "1s");
        props.put("motcua.s3.endpoint", s3.endpoint().toString());
        props.put("motcua.s3.access-key", s3AccessKey);
        props.put("motcua.s3.secret-key", s3SecretKey);
        props.put("motcua.s3.bucket", "drill");
        props.put("motcua.documents.sweeper.enabled", "false");
        return props;
    }

    @AfterAll
    void stopServers() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** What a clerk was given at the counter: the receipt of this dossier, with these scans. */
    record Receipt(TenantId tenant, long dossierId, String code) {
    }

    @Test
    void dossiersWithAReceiptSurvivePostgresAndS3GoingAwayAndNothingIsLeftHalfWrittenOrOrphaned() throws Exception {
        List<TenantId> centers = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            centers.add(TestCenters.create(province, dataSource, "DRILL-" + i));
        }
        List<Receipt> receipts = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            TenantId tenant = centers.get(i);
            Actor clerk = new Actor(1L + i, "cb.drill-" + i, tenant);
            running.add(clerks.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    try {
                        Intake received = intake.receive(as(tenant, clerk, clock), request(tenant.value() + "-" + n++));
                        receipts.add(new Receipt(tenant, received.dossier().id(), received.code()));
                    } catch (RuntimeException e) {
                        failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        firstErrors.putIfAbsent(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                        pause(100);
                    }
                }
            }));
        }

        pause(2_000);
        int beforeFaults = receipts.size();
        postgres.close();
        pause(3_000);
        int whileDatabaseDown = receipts.size();
        postgres = EmbeddedPostgres.start(pgDir, pgPort, superuserPassword);
        pause(3_000);
        int afterDatabaseBack = receipts.size();
        s3.close();
        pause(3_000);
        int whileStoreDown = receipts.size();
        s3 = EmbeddedS3.start(s3Dir, s3Port, s3AccessKey, s3SecretKey);
        pause(3_000);
        stop.set(true);
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        clerks.shutdown();

        System.out.println("[fault drill] first error of each kind: " + firstErrors);
        assertTrue(beforeFaults > 0, "dossiers were received before the faults");
        assertTrue(afterDatabaseBack > whileDatabaseDown, "intake resumed once PostgreSQL was back");
        assertTrue(receipts.size() > whileStoreDown, "intake resumed once the S3 store was back");
        assertTrue(whileDatabaseDown - beforeFaults <= CLERKS && whileStoreDown - afterDatabaseBack <= CLERKS,
                "at most the intakes already under way finished while a service was down");

        // every receipt given names a dossier that is there, with both scans readable and intact
        Map<Long, List<String[]>> papers = papersByDossier();
        for (Receipt r : receipts) {
            List<String[]> scans = papers.get(r.dossierId());
            assertTrue(scans != null && scans.size() == 2, "dossier " + r.code() + " has both scans");
            for (String[] scan : scans) {
                byte[] content = store.get(scan[0], scan[1]);
                assertEquals(scan[1], sha256(content), "scan " + scan[0] + " of " + r.code() + " is intact");
            }
        }
        // no dossier row is half-written: every one has its two scans (also those whose client saw an error)
        long halfWritten = papers.values().stream().filter(s -> s.size() != 2).count();
        assertEquals(0, halfWritten, "dossiers without both scans");
        int dossiersInDatabase = countDossiers();
        assertTrue(dossiersInDatabase >= receipts.size());

        // objects whose rows never committed are left for the sweeper; after its grace period nothing is orphaned
        Set<String> referenced = new HashSet<>();
        papers.values().forEach(list -> list.forEach(p -> referenced.add(p[0])));
        int objectsBefore = objects().size();
        clock.set(java.time.Instant.now().plus(Duration.ofHours(2)));
        DocumentSweeper.Sweep sweep = sweeper.sweep();
        clock.set(null);
        Set<String> left = objects();
        Set<String> orphans = new HashSet<>(left);
        orphans.removeAll(referenced);
        System.out.printf("[fault drill] clerks %d, receipts given %d (before faults %d), failed attempts %s, "
                        + "dossiers in database %d, objects before sweep %d, swept %d, objects left %d, orphans left %d%n",
                CLERKS, receipts.size(), beforeFaults, failures, dossiersInDatabase, objectsBefore, sweep.deleted(),
                left.size(), orphans.size());
        assertTrue(sweep.ran());
        assertEquals(Set.of(), orphans, "objects no row refers to");
        assertEquals(referenced, left, "every scan of the database is still in the store");
        assertTrue(failures.values().stream().mapToInt(AtomicInteger::get).sum() > 0, "the faults were felt by the clerks");
    }

    private static IntakeRequest request(String seq) {
        Applicant applicant = new Applicant.Individual("Nguyễn Thị Hằng", "025190000123", LocalDate.of(1990, 5, 17),
                "0912345678", "Xóm Đồng Bưởi, số " + seq);
        byte[] pdf = (new String(PDF, StandardCharsets.US_ASCII) + "% " + seq + "\n").getBytes(StandardCharsets.US_ASCII);
        return new IntakeRequest("1.001193", 1, "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25", "000.00.00.H56",
                Dossier.Channel.IN_PERSON, applicant, List.of(
                new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", pdf),
                new IntakeRequest.IncomingDocument("Giấy chứng sinh", "chung-sinh.png", PNG)));
    }

    /** Read as the owner (no RLS), straight from the database: object key and SHA-256 of every scan, by dossier. */
    private Map<Long, List<String[]>> papersByDossier() throws Exception {
        Map<Long, List<String[]>> byDossier = new HashMap<>();
        try (Connection c = DriverManager.getConnection(databaseUrl, EmbeddedPostgres.SUPERUSER, superuserPassword);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT d.id, doc.object_key, doc.sha256 FROM dossier d "
                    + "LEFT JOIN dossier_document doc ON doc.tenant_id = d.tenant_id AND doc.dossier_id = d.id")) {
                while (rs.next()) {
                    List<String[]> list = byDossier.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        list.add(new String[]{rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        return byDossier;
    }

    private int countDossiers() throws Exception {
        try (Connection c = DriverManager.getConnection(databaseUrl, EmbeddedPostgres.SUPERUSER, superuserPassword);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM dossier")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Set<String> objects() {
        try (Stream<ListedObject> listed = store.list("")) {
            Set<String> keys = new HashSet<>();
            listed.forEach(o -> keys.add(o.key()));
            return keys;
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
