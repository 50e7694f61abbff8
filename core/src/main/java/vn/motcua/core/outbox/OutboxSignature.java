package vn.motcua.core.outbox;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The signature header of every delivery: {@code X-MotCua-Signature: t=<unix seconds>,v1=<hex>} where
 * {@code v1 = HMAC-SHA256(secret, t + "." + body)} over the exact bytes of the body (UTF-8 JSON). The receiver
 * recomputes it with the subscription's secret, compares in constant time, and refuses a {@code t} too far from its
 * clock (a replayed old request). {@code X-MotCua-Event-Id} (also {@code eventId} in the body) is the idempotency key:
 * a delivery can arrive more than once (at least once), never with another id.
 */
public final class OutboxSignature {
    public static final String HEADER = "X-MotCua-Signature";
    public static final String EVENT_ID_HEADER = "X-MotCua-Event-Id";
    public static final String EVENT_TYPE_HEADER = "X-MotCua-Event-Type";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutboxSignature() {
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters). */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The header's value for {@code body} sent at {@code epochSeconds}. */
    public static String sign(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, epochSeconds + "." + body));
    }

    /** Whether {@code header} is the signature of {@code body} under {@code secret} (the receiver's check). */
    public static boolean verify(String secret, String header, String body) {
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=")) {
                t = p.substring(2);
            } else if (p.startsWith("v1=")) {
                v1 = p.substring(3);
            }
        }
        if (t == null || v1 == null || !t.chars().allMatch(Character::isDigit) || t.isEmpty() || t.length() > 12) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(v1);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
