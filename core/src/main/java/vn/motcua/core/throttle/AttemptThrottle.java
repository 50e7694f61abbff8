package vn.motcua.core.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing without locking anyone out: failed attempts are counted per key (an account, an address,
 * a dossier, or a pair of them) and, after {@code freeFailures}, each further attempt on that key must wait a delay
 * that doubles with every failure up to {@code maxDelay}. Counts are forgotten {@code forgetAfter} after the last
 * failure. Keys are held in memory per node, bounded by {@code maxKeys} (the oldest entries are dropped first),
 * so a flood of distinct keys costs memory, never correctness for the keys that matter.
 *
 * <p>Callers ask {@link #waitFor} <em>before</em> doing the expensive or revealing work (hashing a password,
 * looking a dossier up) and report the outcome with {@link #failed} or {@link #succeeded}. Times come from the
 * caller ({@code CallContext.now()} / {@code BusinessTime}), so tests move them.
 */
public final class AttemptThrottle {
    /** How a throttle behaves: named so that its settings read as sentences where it is built. */
    public record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, int maxKeys) {
        public Policy {
            if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0
                    || forgetAfter.isNegative() || maxKeys < 1) {
                throw new IllegalArgumentException("invalid throttle policy " + this);
            }
        }
    }

    private record Entry(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    private final Policy policy;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public AttemptThrottle(Policy policy) {
        this.policy = policy;
    }

    /** How long the caller must still wait before an attempt on {@code key} is accepted; zero when it may go ahead. */
    public Duration waitFor(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null || forgotten(e, now) || !e.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, e.blockedUntil());
    }

    /** The largest wait over several keys (e.g. the account and the address of one login). */
    public Duration waitFor(Instant now, String... keys) {
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Duration d = waitFor(key, now);
            if (d.compareTo(longest) > 0) {
                longest = d;
            }
        }
        return longest;
    }

    /** Counts a failure on {@code key}; returns the number of failures now remembered for it. */
    public int failed(String key, Instant now) {
        Entry updated = entries.compute(key, (k, e) -> {
            int failures = (e == null || forgotten(e, now) ? 0 : e.failures()) + 1;
            return new Entry(failures, now, now.plus(delayAfter(failures)));
        });
        if (entries.size() > policy.maxKeys()) {
            prune(now);
        }
        return updated.failures();
    }

    /** The number of failures remembered for {@code key} (0 when none or forgotten). */
    public int failures(String key, Instant now) {
        Entry e = entries.get(key);
        return e == null || forgotten(e, now) ? 0 : e.failures();
    }

    /** A success clears the key: the real user is never kept waiting by failures that came before. */
    public void succeeded(String key) {
        entries.remove(key);
    }

    Duration delayAfter(int failures) {
        int beyond = failures - policy.freeFailures();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration delay = policy.firstDelay();
        for (int i = 1; i < beyond && delay.compareTo(policy.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay;
    }

    int size() {
        return entries.size();
    }

    private boolean forgotten(Entry e, Instant now) {
        return !e.lastFailure().plus(policy.forgetAfter()).isAfter(now);
    }

    private synchronized void prune(Instant now) {
        entries.values().removeIf(e -> forgotten(e, now));
        if (entries.size() > policy.maxKeys()) {
            // still too many live keys: drop the oldest failures first
            entries.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue((a, b) -> a.lastFailure().compareTo(b.lastFailure())))
                    .limit(entries.size() - policy.maxKeys())
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(entries::remove);
        }
    }
}
