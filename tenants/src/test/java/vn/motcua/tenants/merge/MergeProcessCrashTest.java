package vn.motcua.tenants.merge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.testing.TwoCenters;

import java.io.BufferedReader;
import java.io.FileWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crash the issue asks for, with a real process: a separate JVM ({@link MergeCrashChild}) runs a merge on this
 * test's database and is killed ({@link Process#destroyForcibly}) while its move's transaction is open; the start-up
 * recovery ({@link MergeJobs#recoverUnfinished}, what {@code MergeRecoveryOnStart} calls) then finishes it.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeProcessCrashTest implements IntegrationTestProperties {
    /** What the child needs to reach the same database and bucket. */
    private static final List<String> SHARED = List.of("datasources.default.url", "datasources.default.username",
            "datasources.default.password", "motcua.db.app-password", "motcua.db.province-password", "motcua.db.pool-size",
            "motcua.documents.sweeper.enabled", "motcua.outbox.enabled", "motcua.s3.bucket", "motcua.s3.endpoint",
            "motcua.s3.access-key", "motcua.s3.secret-key");

    @Inject
    ApplicationContext context;
    @Inject
    MergeJobs merges;
    @Inject
    MergeTestData data;
    @Inject
    LoginService login;
    @Inject
    ProvincialScope province;
    @Inject
    JdbcOperations jdbc;

    String phaseOf(long target) {
        return province.unaudited(() -> jdbc.prepareStatement("SELECT phase FROM merge_job WHERE tenant_id = ?", ps -> {
            ps.setLong(1, target);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }));
    }

    @Test
    void aMergeProcessKilledInTheMiddleOfItsMoveLeavesNothingHalfMovedAndTheNextStartFinishesIt() throws Exception {
        TwoCenters two = new TwoCenters(context, "mk.");
        for (String name : List.of("Trần Văn Hai", "Lê Thị Ba", "Vũ Văn Tư")) {
            data.receive(two.clerkB(), name);
        }
        long a = two.a.id();
        long b = two.b.id();
        long dossiersAtA = data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", a);
        long usersAtA = data.count("SELECT count(*) FROM app_user WHERE tenant_id = ?", a);

        Path props = Files.createTempFile("merge-crash", ".properties");
        Properties shared = new Properties();
        for (String key : SHARED) {
            context.getProperty(key, String.class).ifPresent(v -> shared.setProperty(key, v));
        }
        try (FileWriter out = new FileWriter(props.toFile(), StandardCharsets.UTF_8)) {
            shared.store(out, "merge crash test");
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dmotcua.test.merge-pause-ms=120000", "-cp", System.getProperty("java.class.path"),
                MergeCrashChild.class.getName(), props.toString(), "mk.admin", TwoCenters.PASSWORD, String.valueOf(a), a + "," + b)
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        CountDownLatch inTheMove = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    if (line.equals("PHASE " + MergePhase.STAFF_MOVED.name())) {
                        inTheMove.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the process was killed
            }
        }, "merge-child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            assertTrue(inTheMove.await(60, TimeUnit.SECONDS), "the child never reached the move:\n" + String.join("\n", output));
            // the staff moved inside the child's open transaction; nothing of it is visible or committed
            assertEquals("FROZEN", phaseOf(a));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            Files.deleteIfExists(props);
        }
        assertTrue(output.stream().noneMatch(l -> l.equals("CHILD FINISHED")));

        // nothing half-moved: every row still at its source, the source read-only, the job still FROZEN
        assertEquals("FROZEN", phaseOf(a));
        assertEquals(3, data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", b));
        assertEquals(2, data.count("SELECT count(*) FROM app_user WHERE tenant_id = ?", b), "the staff moved in the killed transaction are back");
        assertEquals(dossiersAtA, data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", a));
        assertEquals(usersAtA, data.count("SELECT count(*) FROM app_user WHERE tenant_id = ?", a));
        assertEquals(1, data.count("SELECT count(*) FROM service_center WHERE frozen_by_job IS NOT NULL AND tenant_id = ?", b));

        // the next start (MergeRecoveryOnStart) resumes it: done, counts match
        List<MergeJobs.Job> recovered = merges.recoverUnfinished();
        assertEquals(1, recovered.size());
        MergeJobs.Job job = recovered.get(0);
        assertEquals("DONE", job.phase(), job.error());
        assertTrue(job.phases().stream().anyMatch(p -> p.phase() == MergePhase.RESUMED));
        assertTrue(job.counts().ok(), job.counts().printed());
        assertEquals(dossiersAtA + 3, data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", a));
        assertEquals(usersAtA + 2, data.count("SELECT count(*) FROM app_user WHERE tenant_id = ?", a));
        assertEquals(0, data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", b));
        assertEquals(a, login.login("mk.cb.b", TwoCenters.PASSWORD).principal().tenantId(), "B's clerk now signs in at A");
    }
}
