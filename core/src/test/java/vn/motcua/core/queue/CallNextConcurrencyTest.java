package vn.motcua.core.queue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.validation.InvalidInputException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.core.queue.QueueFixture.CIVIL;

/**
 * Many counters call the same queue at the same moment, each on its own connection: every ticket is called exactly
 * once. Checked once by hand: without {@code FOR UPDATE SKIP LOCKED} and the UPDATE's {@code status = 'WAITING'}
 * re-check in {@link TicketService#CALL_NEXT}, this test fails with tickets called by two counters.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallNextConcurrencyTest implements IntegrationTestProperties {
    static final int COUNTERS = 8;
    static final int TICKETS = 300;

    @Inject
    MovableClock clock;
    @Inject
    TicketService tickets;
    @Inject
    QueueFixture f;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("motcua.db.pool-size", String.valueOf(COUNTERS + 4));
    }

    @Test
    void eightCountersCallingThreeHundredTicketsAtOnceNeverCallOneTicketTwice() throws Exception {
        f.at(1, 8, 0);
        QueueFixture.Center c = f.center("T-RACE");
        List<Long> counterIds = new ArrayList<>();
        for (int i = 1; i <= COUNTERS; i++) {
            counterIds.add(f.counter(c.director(), i, List.of(CIVIL)));
        }
        f.exec("INSERT INTO queue_ticket (tenant_id, day, number, field, status, taken_at, public_token) SELECT "
                + c.id().value() + ", DATE '2026-12-01', 'A' || lpad(g::text, 4, '0'), '" + CIVIL + "', 'WAITING', "
                + "TIMESTAMPTZ '2026-12-01 07:30+07' + g * interval '1 second', 'tok' || g FROM generate_series(1, " + TICKETS + ") g");

        CallContext clerk = c.clerk1().at(clock.instant());
        Queue<Long> called = new ConcurrentLinkedQueue<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        List<Future<?>> runs = new ArrayList<>();
        for (long counter : counterIds) {
            runs.add(pool.submit(() -> {
                start.await();
                while (true) {
                    Ticket t;
                    try {
                        t = tickets.callNext(clerk, counter);
                    } catch (InvalidInputException none) {
                        return null;
                    }
                    called.add(t.id());
                    try {
                        tickets.finish(clerk, counter);
                    } catch (RuntimeException e) {
                        failures.add(e);
                        return null;
                    }
                }
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        Set<Long> distinct = new HashSet<>(called);
        assertEquals(List.of(), failures.stream().map(Throwable::toString).toList(), "no counter lost its ticket to another");
        assertEquals(called.size(), distinct.size(), "no ticket called twice");
        assertEquals(TICKETS, distinct.size(), "every ticket called");
        assertEquals(TICKETS, f.number("SELECT count(*) FROM queue_ticket WHERE tenant_id = " + c.id().value()
                + " AND status = 'DONE' AND calls = 1"));
        assertEquals(COUNTERS, f.number("SELECT count(DISTINCT counter_id) FROM queue_ticket WHERE tenant_id = " + c.id().value()),
                "the counters really called side by side");
    }
}
