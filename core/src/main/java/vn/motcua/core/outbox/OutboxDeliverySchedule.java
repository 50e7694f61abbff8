package vn.motcua.core.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link OutboxDelivery} on every node every {@code motcua.outbox.interval} (10 s) after
 * {@code motcua.outbox.initial-delay} (30 s); its advisory lock lets one node at a time deliver. Only when
 * {@code motcua.outbox.enabled=true} (the application's default, {@code MOTCUA_OUTBOX_ENABLED}); tests call
 * {@link OutboxDelivery#deliver()} themselves.
 */
@Singleton
@Requires(property = "motcua.outbox.enabled", value = "true")
public class OutboxDeliverySchedule {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDeliverySchedule.class);

    private final OutboxDelivery delivery;

    public OutboxDeliverySchedule(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelay = "${motcua.outbox.interval:10s}", initialDelay = "${motcua.outbox.initial-delay:30s}")
    void run() {
        try {
            delivery.deliver();
        } catch (RuntimeException e) {
            // nothing is marked before its answer: the next run sends what this one could not
            LOG.warn("Outbox delivery failed: {}", e.getMessage(), e);
        }
    }
}
