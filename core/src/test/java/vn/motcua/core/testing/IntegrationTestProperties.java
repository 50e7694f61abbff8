package vn.motcua.core.testing;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a {@code @MicronautTest} class a fresh database and bucket. Such a class must also carry
 * {@code @TestInstance(PER_CLASS)}, as Micronaut asks of property providers.
 */
public interface IntegrationTestProperties extends TestPropertyProvider {
    @Override
    default Map<String, String> getProperties() {
        String prefix = "t_" + getClass().getSimpleName();
        Map<String, String> props = new HashMap<>(TestS3.properties(getClass().getSimpleName()));
        props.put("datasources.default.url", TestDatabase.newDatabase(prefix.length() > 40 ? prefix.substring(0, 40) : prefix));
        props.put("datasources.default.username", TestDatabase.username());
        props.put("datasources.default.password", TestDatabase.password());
        props.put("motcua.db.app-password", TestDatabase.APP_PASSWORD);
        props.put("motcua.db.province-password", TestDatabase.PROVINCE_PASSWORD);
        // a test server may hold the roles from an earlier run: they take this run's passwords
        props.put("motcua.db.set-role-passwords", "true");
        props.put("motcua.db.pool-size", "4");
        // no background sweep deleting a test's objects under it; DocumentSweepScheduleTest turns it on
        props.put("motcua.documents.sweeper.enabled", "false");
        // nor a background event delivery racing the one a test runs by hand
        props.put("motcua.outbox.enabled", "false");
        // nor the nightly close of the queue's figures (KioskProceduresAndStatsCloseTest runs it by hand)
        props.put("motcua.queue.stats-close.enabled", "false");
        props.putAll(extraProperties());
        return props;
    }

    default Map<String, String> extraProperties() {
        return Map.of();
    }
}
