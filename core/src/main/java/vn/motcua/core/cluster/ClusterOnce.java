package vn.motcua.core.cluster;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Background work that must run on one node at a time when several application nodes share the database: every
 * node schedules it ({@code @Scheduled}), and each run goes through here —
 *
 * <pre>
 * &#64;Scheduled(fixedDelay = "1m")
 * void deliver() {
 *     clusterOnce.run("outbox-delivery", outbox::deliverPending);   // false: another node is at it, skip
 * }
 * </pre>
 *
 * The run holds the PostgreSQL advisory lock {@link #lockKey(String) of its job name} on a connection of its own,
 * in a transaction that writes nothing and holds no snapshot while the work runs (so it holds back no vacuum), for the whole run; a node
 * that does not get the lock skips that run at once, it does not wait. The lock ends with that transaction: when the
 * work returns or throws, or when the node dies and PostgreSQL closes its connection — nothing to clean up, no
 * stale lease to wait out. A server-side {@code idle_in_transaction_session_timeout} shorter than a run ends it
 * early and lets a second node start (write jobs so that a second, overlapping run is harmless: each item decided by
 * its own check or row lock). The work itself uses its own connections and transactions
 * ({@code TenantTransactions}), not the lock's.
 *
 * <p>This gives "never two at once", not "once per interval": two nodes each scheduling a job hourly may each run
 * it once an hour, one after the other. Work that must happen once per period (a daily roll-up) keeps its own
 * record of the period done (e.g. an upsert keyed by the day) and finds nothing left to do on the second run.
 *
 * <p>Per-node work needs none of this: {@code LoginAudit}'s flush writes the failure bursts held in its own node's
 * memory, which only that node can write.
 */
@Singleton
public class ClusterOnce {
    /** High 32 bits of every job's lock key: "MotC". */
    static final long PREFIX = 0x4D6F_7443L << 32;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterOnce.class);

    private final DataSource pool;

    public ClusterOnce(DataSource dataSource) {
        // the pool itself, not the transaction-bound proxy: the lock's connection belongs to no transaction
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * Runs {@code work} unless another node (or thread) is running the job of that name.
     *
     * @return true when it ran here, false when it was skipped
     * @throws IllegalStateException when the lock cannot be asked for (database unreachable): nothing ran
     */
    public boolean run(String job, Runnable work) {
        return call(job, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #run}, with the work's result; empty when another node held the job. */
    public <T> Optional<T> call(String job, Supplier<T> work) {
        long key = lockKey(job);
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c, key)) {
                    LOG.debug("{}: skipped, another node runs it", job);
                    return Optional.empty();
                }
                long start = System.nanoTime();
                T result = work.get();
                LOG.debug("{}: ran on this node in {} ms", job, (System.nanoTime() - start) / 1_000_000);
                return Optional.of(result);
            } finally {
                c.rollback(); // ends the transaction, which releases the lock
            }
        } catch (SQLException e) {
            throw new IllegalStateException(job + ": cannot take its cluster lock: " + e.getMessage(), e);
        }
    }

    /** The advisory lock key of a job: "MotC" then the CRC-32 of its name (what {@code pg_locks.objid} shows). */
    public static long lockKey(String job) {
        if (job == null || job.isBlank()) {
            throw new IllegalArgumentException("a cluster job needs a name");
        }
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return PREFIX | crc.getValue();
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
