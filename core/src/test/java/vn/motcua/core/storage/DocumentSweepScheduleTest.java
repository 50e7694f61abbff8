package vn.motcua.core.storage;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCenters;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweeper runs by itself on its configured schedule (here every half second, with a 3-second grace). */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSweepScheduleTest implements IntegrationTestProperties {
    @Inject
    DocumentStore store;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("motcua.documents.sweeper.enabled", "true",
                "motcua.documents.sweeper.initial-delay", "0s",
                "motcua.documents.sweeper.interval", "500ms",
                "motcua.documents.sweeper.grace", "3s");
    }

    @Test
    void aScheduledSweepRemovesAnOrphanOnceItsGracePeriodHasPassed() throws InterruptedException {
        TenantId a = TestCenters.create(province, dataSource, "SS-A");
        String key = a.value() + "/results/2026/11/" + UUID.randomUUID();
        store.put(key, new byte[]{1, 2, 3}, "application/pdf");
        assertTrue(store.exists(key), "kept while younger than the grace period");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (store.exists(key) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(store.exists(key), "removed by the schedule, nobody called sweep()");
    }
}
