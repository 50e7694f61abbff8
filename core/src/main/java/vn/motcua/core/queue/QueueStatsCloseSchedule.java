package vn.motcua.core.queue;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link QueueStatsClose} on every node every {@code motcua.queue.stats-close.interval} (1 hour) after
 * {@code motcua.queue.stats-close.initial-delay} (5 minutes): the first run after midnight (business time) closes the
 * day before, later runs find it closed; the job's advisory lock lets one node at a time do it. An hourly check rather
 * than a cron at night keeps it free of the servers' time zone and lets a node that was down catch up.
 * {@code motcua.queue.stats-close.enabled=false} turns the schedule off (tests call the close themselves).
 */
@Singleton
@Requires(property = "motcua.queue.stats-close.enabled", notEquals = "false")
public class QueueStatsCloseSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(QueueStatsCloseSchedule.class);

    private final QueueStatsClose close;

    public QueueStatsCloseSchedule(QueueStatsClose close) {
        this.close = close;
    }

    @Scheduled(fixedDelay = "${motcua.queue.stats-close.interval:1h}",
            initialDelay = "${motcua.queue.stats-close.initial-delay:5m}")
    void run() {
        try {
            close.closeEndedDays();
        } catch (RuntimeException e) {
            // each center-day is closed in its own transaction: the next run does what this one could not
            LOG.warn("Queue figures close failed: {}", e.getMessage(), e);
        }
    }
}
