package vn.motcua.core.storage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DocumentSweeper} on every node, every {@code motcua.documents.sweeper.interval} (1 hour) after
 * {@code motcua.documents.sweeper.initial-delay} (10 minutes); the sweeper's advisory lock lets one node at a time
 * do the work. {@code motcua.documents.sweeper.enabled=false} turns the schedule off (the sweeper stays callable).
 */
@Singleton
@Requires(property = "motcua.documents.sweeper.enabled", notEquals = "false")
public class DocumentSweepSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentSweepSchedule.class);

    private final DocumentSweeper sweeper;

    public DocumentSweepSchedule(DocumentSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(fixedDelay = "${motcua.documents.sweeper.interval:1h}",
            initialDelay = "${motcua.documents.sweeper.initial-delay:10m}")
    void run() {
        try {
            sweeper.sweep();
        } catch (RuntimeException e) {
            // the next run tries again; a failed run leaves every object where it was
            LOG.warn("Document sweep failed: {}", e.getMessage(), e);
        }
    }
}
