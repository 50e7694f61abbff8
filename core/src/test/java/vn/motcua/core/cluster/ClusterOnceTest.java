package vn.motcua.core.cluster;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.testing.IntegrationTestProperties;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes are two {@link ClusterOnce} instances on their own connections to one PostgreSQL: while one runs a job
 * the other skips it without waiting, other jobs are not held up, and the lock goes when the run ends — by returning,
 * by throwing, or by the node's connection dying.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterOnceTest implements IntegrationTestProperties {
    @Inject
    DataSource dataSource;
    @Inject
    DatabaseBootstrap bootstrap;

    /** Node A starts {@code job} and stays inside it until {@code release} opens. */
    CompletableFuture<Boolean> holding(ClusterOnce nodeA, String job, CountDownLatch inside, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> nodeA.run(job, () -> {
            inside.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    @Test
    void whileOneNodeRunsAJobAnotherSkipsItAtOnceButRunsOtherJobsAndRunsItOnceTheFirstIsDone() throws Exception {
        ClusterOnce nodeA = new ClusterOnce(dataSource);
        ClusterOnce nodeB = new ClusterOnce(dataSource);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runsOnB = new AtomicInteger();
        CompletableFuture<Boolean> onA = holding(nodeA, "test-sweep", inside, release);
        try {
            assertTrue(inside.await(30, TimeUnit.SECONDS));
            long start = System.nanoTime();
            assertFalse(nodeB.run("test-sweep", runsOnB::incrementAndGet), "A holds the job");
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "B did not wait for A");
            assertEquals(0, runsOnB.get());
            assertEquals(Optional.of("done"), nodeB.call("test-delivery", () -> "done"), "another job runs meanwhile");
        } finally {
            release.countDown();
        }
        assertTrue(onA.get(60, TimeUnit.SECONDS));
        assertTrue(nodeB.run("test-sweep", runsOnB::incrementAndGet), "free again once A's run ended");
        assertEquals(1, runsOnB.get());
    }

    @Test
    void aRunThatThrowsLeavesTheJobFreeForTheNextRun() {
        ClusterOnce node = new ClusterOnce(dataSource);
        assertThrows(IllegalArgumentException.class, () -> node.run("test-failing", () -> {
            throw new IllegalArgumentException("the work failed");
        }));
        assertTrue(node.run("test-failing", () -> { }));
    }

    @Test
    void whenTheNodeHoldingAJobDiesItsConnectionGoesAndAnotherNodeRunsTheJob() throws Exception {
        ClusterOnce nodeA = new ClusterOnce(dataSource);
        ClusterOnce nodeB = new ClusterOnce(dataSource);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> onA = holding(nodeA, "test-dying", inside, release);
        try {
            assertTrue(inside.await(30, TimeUnit.SECONDS));
            assertFalse(nodeB.run("test-dying", () -> { }));
            // node A "dies": PostgreSQL loses the connection that holds the lock
            try (Connection owner = bootstrap.ownerConnection();
                 ResultSet rs = owner.createStatement().executeQuery("SELECT pg_terminate_backend(pid) FROM pg_locks"
                         + " WHERE locktype = 'advisory' AND (classid::bigint << 32 | objid::bigint) = "
                         + ClusterOnce.lockKey("test-dying"))) {
                assertTrue(rs.next() && rs.getBoolean(1), "the lock was held by a connection");
            }
            boolean ranOnB = false;
            for (int i = 0; i < 50 && !ranOnB; i++) {
                ranOnB = nodeB.run("test-dying", () -> { });
                Thread.sleep(100);
            }
            assertTrue(ranOnB, "B runs the job once A's connection is gone");
        } finally {
            release.countDown();
        }
        assertThrows(Exception.class, () -> onA.get(60, TimeUnit.SECONDS), "A learns its lock was lost");
    }

    @Test
    void eachJobNameHasItsOwnStableLockKeyInTheMotCuaRange() throws SQLException {
        assertEquals(ClusterOnce.lockKey("document-sweep"), ClusterOnce.lockKey("document-sweep"));
        assertNotEquals(ClusterOnce.lockKey("document-sweep"), ClusterOnce.lockKey("outbox-delivery"));
        assertEquals(0x4D6F7443L, ClusterOnce.lockKey("outbox-delivery") >>> 32);
        assertThrows(IllegalArgumentException.class, () -> ClusterOnce.lockKey(" "));
    }
}
