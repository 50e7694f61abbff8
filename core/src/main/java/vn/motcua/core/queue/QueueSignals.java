package vn.motcua.core.queue;

import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantId;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the pages following a center's queue (display boards, counter tablets, follow pages) that it changed, after the
 * change committed. Listeners are per center: a board of one center never hears another's calls. In-process: with
 * several nodes, a page on another node catches up at its next refresh (the board also re-reads every few seconds).
 */
@Singleton
public class QueueSignals {
    /** One change: a call (with its announcement) or anything else that moves the queue. */
    public record Signal(TenantId tenant, Kind kind, String number, int counter, String announcement, long ticketId) {
    }

    public enum Kind {
        CALLED, RECALLED, CHANGED, FINISHED
    }

    /** Ends a subscription. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<TenantId, List<Consumer<Signal>>> listeners = new ConcurrentHashMap<>();

    public Registration subscribe(TenantId tenant, Consumer<Signal> listener) {
        listeners.computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(tenant, List.of()).remove(listener);
    }

    void publish(Signal signal) {
        for (Consumer<Signal> l : listeners.getOrDefault(signal.tenant(), List.of())) {
            try {
                l.accept(signal);
            } catch (RuntimeException e) {
                // one broken page must not stop the others
                org.slf4j.LoggerFactory.getLogger(QueueSignals.class).warn("queue listener failed", e);
            }
        }
    }
}
