package vn.motcua.core.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application clock, set and moved by a test (which turns it on with
 * {@code @Property(name = "motcua.test.movable-clock", value = "true")}); real time until set, or from the start
 * {@code motcua.test.clock-start} names (an ISO instant) when a test needs a fixed day before any bean starts.
 */
@Singleton
@Replaces(bean = Clock.class, factory = BusinessTime.SystemClock.class)
@Requires(property = "motcua.test.movable-clock", value = "true")
public class MovableClock extends Clock {
    private volatile Instant now;

    public MovableClock(@Value("${motcua.test.clock-start:}") String start) {
        now = start.isBlank() ? null : Instant.parse(start);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration by) {
        now = instant().plus(by);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed != null ? fixed : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, read in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
