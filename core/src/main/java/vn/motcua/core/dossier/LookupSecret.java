package vn.motcua.core.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Mã tra cứu: the dossier's unguessable public secret, printed on the receipt (form 01) and encoded in its QR code.
 * 13 characters of Crockford base32 from {@link SecureRandom} (65 bits): far beyond guessing even without the
 * throttle. Stored as is on the dossier row (see migration 014 for why not hashed). The receipt prints it in groups
 * ({@code ABCD-EFGH-JKMNP}, {@code ReceiptSlip.printed}); what a citizen types back is read leniently: case, spaces and dashes do not matter,
 * and the letters people confuse with digits (O, I, L) are read as 0 and 1, as Crockford's alphabet intends.
 */
public final class LookupSecret {
    /** Crockford's base32: no I, L, O, U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 13;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LookupSecret() {
    }

    /** A new secret, 13 characters of Crockford base32 (65 random bits). */
    public static String generate() {
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return s.toString();
    }

    /**
     * What someone typed or a link carried, in the stored form, or empty when it cannot be a secret (wrong length or a
     * character outside the alphabet).
     */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\t') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || s.length() == LENGTH) {
                return Optional.empty();
            }
            s.append(read);
        }
        return s.length() == LENGTH ? Optional.of(s.toString()) : Optional.empty();
    }

    /** Whether {@code given} (already {@link #read}) is the stored secret, compared in constant time. */
    static boolean matches(String stored, String given) {
        return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
