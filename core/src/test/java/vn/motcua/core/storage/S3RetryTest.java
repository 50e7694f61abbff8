package vn.motcua.core.storage;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A pooled connection the store closed while idle fails the next call once; the call is simply made again. */
class S3RetryTest {
    @Test
    void aCallWhoseConnectionDroppedIsMadeAgain() {
        AtomicInteger calls = new AtomicInteger();
        String result = S3DocumentStore.retrying(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new UncheckedIOException(new SocketException("Unexpected end of file from server"));
            }
            return "ok";
        });
        assertEquals("ok", result);
        assertEquals(2, calls.get());
    }

    @Test
    void aConnectionThatKeepsDroppingFailsAfterThreeAttempts() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(UncheckedIOException.class, () -> S3DocumentStore.retrying(() -> {
            calls.incrementAndGet();
            throw new UncheckedIOException(new SocketException("Connection reset"));
        }));
        assertEquals(S3DocumentStore.ATTEMPTS, calls.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> S3DocumentStore.retrying(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("access denied");
        }));
        assertEquals(1, calls.get());
    }
}
