package vn.motcua.tenants.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Argon2id (Password4j) with OWASP's minimum parameters: 19 MiB, 2 iterations, 1 lane. Counts the Argon2 runs it
 * does ({@link #argon2Runs}): what an unauthenticated caller can make the server spend, and what the login throttle
 * must keep small.
 */
@Singleton
public class PasswordHasher {
    private final AtomicLong runs = new AtomicLong();

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    // Checked when a username does not exist, so a wrong name costs the same time as a wrong password.
    private static final String DUMMY = ARGON2.hash("dummy-password-for-timing").getResult();

    public String hash(String password) {
        runs.incrementAndGet();
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        runs.incrementAndGet();
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    public void burnTime(String password) {
        matches(password == null ? "" : password, DUMMY);
    }

    /** How many Argon2 hashes this node has computed since it started. */
    public long argon2Runs() {
        return runs.get();
    }
}
