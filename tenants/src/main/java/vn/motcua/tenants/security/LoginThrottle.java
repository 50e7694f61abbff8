package vn.motcua.tenants.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.motcua.core.throttle.AttemptThrottle;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing without ever locking the real user out. Three {@link AttemptThrottle}s count failures:
 * <ul>
 *   <li><b>pair</b> (account, address): one client guessing one account — few free failures, then doubling waits;</li>
 *   <li><b>address</b>: one client trying many accounts (generous: a commune office shares one address);</li>
 *   <li><b>account</b>: many clients on one account (a botnet).</li>
 * </ul>
 * The account-wide wait applies only to addresses <em>without a recent success</em> on that account: an address the
 * person signed in from during the last {@code knownFor} (30 days) is only held by its own pair key. So failures from
 * elsewhere never delay the real user at their usual desk (the CAPTCHA-free path), an attacker on another address
 * cannot lock them out, and a new address waits at most {@code accountMax}. A success clears only the pair key:
 * neither the address key (a valid account must not reset a guessing client's count) nor the account key (the real
 * user signing in must not hand a botnet fresh free guesses; it is forgotten an hour after the last failure).
 * Unknown names are keyed exactly like real accounts, so waits reveal nothing. State is in memory per node, bounded.
 * The caller asks {@link #waitFor} <em>before</em> hashing.
 */
@Singleton
public class LoginThrottle {
    private final AttemptThrottle pairs;
    private final AttemptThrottle addresses;
    private final AttemptThrottle accounts;
    private final Duration knownFor;
    private final Map<String, Instant> recentSuccesses;

    public LoginThrottle(@Value("${motcua.security.login.pair-free-failures:5}") int pairFree,
                         @Value("${motcua.security.login.address-free-failures:20}") int addressFree,
                         @Value("${motcua.security.login.account-free-failures:10}") int accountFree,
                         @Value("${motcua.security.login.max-delay:5m}") Duration maxDelay,
                         @Value("${motcua.security.login.account-max-delay:15m}") Duration accountMaxDelay,
                         @Value("${motcua.security.login.known-address-days:30}") int knownDays,
                         @Value("${motcua.security.login.max-keys:100000}") int maxKeys) {
        Duration forget = Duration.ofHours(1);
        this.pairs = new AttemptThrottle(new AttemptThrottle.Policy(pairFree, Duration.ofSeconds(2), maxDelay, forget, maxKeys));
        this.addresses = new AttemptThrottle(new AttemptThrottle.Policy(addressFree, Duration.ofSeconds(1), maxDelay, forget, maxKeys));
        this.accounts = new AttemptThrottle(new AttemptThrottle.Policy(accountFree, Duration.ofSeconds(1),
                accountMaxDelay, forget.plus(accountMaxDelay), maxKeys));
        this.knownFor = Duration.ofDays(knownDays);
        this.recentSuccesses = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How long this attempt must wait; zero when it may be checked now. */
    public Duration waitFor(String account, String address, Instant now) {
        Duration pair = pairs.waitFor(pair(account, address), now);
        if (signedInRecently(account, address, now)) {
            return pair;
        }
        return longest(pair, longest(addresses.waitFor(address, now), accounts.waitFor(account, now)));
    }

    public void failed(String account, String address, Instant now) {
        pairs.failed(pair(account, address), now);
        addresses.failed(address, now);
        accounts.failed(account, now);
    }

    public void succeeded(String account, String address, Instant now) {
        pairs.succeeded(pair(account, address));
        synchronized (recentSuccesses) {
            recentSuccesses.put(pair(account, address), now);
        }
    }

    private boolean signedInRecently(String account, String address, Instant now) {
        Instant last;
        synchronized (recentSuccesses) {
            last = recentSuccesses.get(pair(account, address));
        }
        return last != null && last.plus(knownFor).isAfter(now);
    }

    private static String pair(String account, String address) {
        return account + "\n" + address;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
