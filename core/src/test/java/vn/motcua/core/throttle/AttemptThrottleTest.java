package vn.motcua.core.throttle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttemptThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");
    private final AttemptThrottle throttle = new AttemptThrottle(new AttemptThrottle.Policy(
            3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15), 100));

    @Test
    void theFirstFailuresCostNothingThenEachFurtherOneDoublesTheWaitUpToItsCap() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("acc", T0);
            assertEquals(Duration.ZERO, throttle.waitFor("acc", T0));
        }
        throttle.failed("acc", T0);
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("acc", T0));
        throttle.failed("acc", T0);
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("acc", T0));
        for (int i = 0; i < 10; i++) {
            throttle.failed("acc", T0);
        }
        assertEquals(Duration.ofSeconds(30), throttle.waitFor("acc", T0));
        assertEquals(Duration.ofSeconds(20), throttle.waitFor("acc", T0.plusSeconds(10)));
        assertEquals(Duration.ZERO, throttle.waitFor("acc", T0.plusSeconds(30)));
    }

    @Test
    void failuresAreForgottenAfterTheQuietPeriodAndASuccessClearsThemAtOnce() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("acc", T0);
        }
        assertEquals(6, throttle.failures("acc", T0));
        assertEquals(0, throttle.failures("acc", T0.plus(Duration.ofMinutes(15))));
        assertEquals(1, throttle.failed("acc", T0.plus(Duration.ofMinutes(16))));
        throttle.succeeded("acc");
        assertEquals(0, throttle.failures("acc", T0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void keysAreIndependentAndTheLongestWaitOfSeveralKeysCounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ip:1.2.3.4", T0);
        }
        assertEquals(Duration.ZERO, throttle.waitFor("user:an", T0));
        assertEquals(Duration.ofSeconds(2), throttle.waitFor(T0, "user:an", "ip:1.2.3.4"));
    }

    @Test
    void aFloodOfDistinctKeysIsBoundedByDroppingTheOldest() {
        for (int i = 0; i < 500; i++) {
            throttle.failed("k" + i, T0.plusMillis(i));
        }
        assertEquals(100, throttle.size());
        assertEquals(0, throttle.failures("k0", T0.plusSeconds(1)));
        assertEquals(1, throttle.failures("k499", T0.plusSeconds(1)));
    }
}
