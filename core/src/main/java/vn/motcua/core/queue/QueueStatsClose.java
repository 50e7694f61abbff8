package vn.motcua.core.queue;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.cluster.ClusterOnce;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.CenterReadOnlyException;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.time.LocalDate;
import java.util.List;

/**
 * The nightly close of the queue's figures: for every active center, each ended day of the last {@value #DAYS_BACK}
 * not yet closed gets its figures computed from its tickets and stored ({@link QueueStatistics#refresh}) and is marked
 * closed ({@code queue_stats_closed}) in the same transaction of that center. The run is the {@link ClusterOnce} job
 * {@value #JOB} (one node at a time); the marker, inserted first with {@code ON CONFLICT DO NOTHING}, makes a second
 * run — another node's, the next hour's, or an overlapping one — find nothing left to do. A node down at midnight
 * catches up at its next run. The figures are those the director's page computes on reading the day.
 */
@Singleton
public class QueueStatsClose {
    public static final String JOB = "queue-stats-close";
    /** How far back a run looks for days not closed (a cluster down for a week still gets its figures). */
    static final int DAYS_BACK = 7;
    private static final Logger LOG = LoggerFactory.getLogger(QueueStatsClose.class);

    /** What one run did: false when another node held the job; the center-days it closed. */
    public record Run(boolean ran, int closed, int failed) {
    }

    private final ClusterOnce cluster;
    private final ProvincialScope province;
    private final TenantTransactions tx;
    private final QueueStatistics statistics;
    private final BusinessTime time;
    private final Sql sql;

    public QueueStatsClose(ClusterOnce cluster, ProvincialScope province, TenantTransactions tx, QueueStatistics statistics,
                           BusinessTime time, Sql sql) {
        this.cluster = cluster;
        this.province = province;
        this.tx = tx;
        this.statistics = statistics;
        this.time = time;
        this.sql = sql;
    }

    /** Closes every center's ended days not yet closed, unless another node is at it. */
    public Run closeEndedDays() {
        return cluster.call(JOB, this::closeAll).orElseGet(() -> new Run(false, 0, 0));
    }

    private Run closeAll() {
        LocalDate today = time.today();
        List<TenantId> centers = province.unaudited(() -> sql.list(
                "SELECT tenant_id FROM service_center WHERE status = 'ACTIVE' ORDER BY tenant_id",
                rs -> new TenantId(rs.getLong(1))));
        int closed = 0;
        int failed = 0;
        for (TenantId center : centers) {
            for (LocalDate day = today.minusDays(DAYS_BACK); day.isBefore(today); day = day.plusDays(1)) {
                try {
                    if (close(center, day)) {
                        closed++;
                    }
                } catch (CenterReadOnlyException e) {
                    break; // a center being merged: its days are closed after the merge, where its tickets then live
                } catch (RuntimeException e) {
                    failed++;
                    LOG.warn("Queue figures of center {} on {} not closed: {}", center.value(), day, e.getMessage(), e);
                }
            }
        }
        if (closed > 0 || failed > 0) {
            LOG.info("Queue figures closed: {} center-days, {} failed", closed, failed);
        }
        return new Run(true, closed, failed);
    }

    /** Closes one center's day; false when it was closed already. */
    boolean close(TenantId center, LocalDate day) {
        return tx.write(center, () -> {
            int marked = sql.update("INSERT INTO queue_stats_closed (tenant_id, day, closed_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (tenant_id, day) DO NOTHING", center.value(), day, time.now());
            if (marked == 0) {
                return false;
            }
            statistics.refresh(center, day);
            return true;
        });
    }
}
