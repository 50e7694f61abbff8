package vn.motcua.devservices;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The secrets of the embedded services, generated on the first run into {@code <data dir>/secrets.properties}
 * (readable by its owner only) and read back on later runs, so nothing the embedded mode uses is published.
 */
public final class Secrets {
    public static final String FILE_NAME = "secrets.properties";
    public static final String POSTGRES_PASSWORD = "postgres.password";
    public static final String APP_PASSWORD = "db.app-password";
    public static final String PROVINCE_PASSWORD = "db.province-password";
    public static final String S3_ACCESS_KEY = "s3.access-key";
    public static final String S3_SECRET_KEY = "s3.secret-key";
    /** The key that signs API clients' bearer tokens (HS256), when MOTCUA_API_TOKEN_SECRET does not give one. */
    public static final String API_TOKEN_SECRET = "api.token-secret";
    private static final Set<String> NAMES = Set.of(POSTGRES_PASSWORD, APP_PASSWORD, PROVINCE_PASSWORD, S3_ACCESS_KEY,
            S3_SECRET_KEY, API_TOKEN_SECRET);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties values;
    private final Path file;

    private Secrets(Properties values, Path file) {
        this.values = values;
        this.file = file;
    }

    /** 24 random bytes, URL-safe Base64 (32 characters): fine in a JDBC property, an S3 key and a shell. */
    public static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Reads the secrets of {@code dataDir}, generating (and saving) the missing ones. */
    public static Secrets load(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        Properties values = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            }
        }
        boolean changed = false;
        for (String name : NAMES) {
            String value = values.getProperty(name);
            if (value == null || value.isBlank()) {
                values.setProperty(name, name.equals(API_TOKEN_SECRET) ? random() + random() : random());
                changed = true;
            }
        }
        if (changed) {
            Path tmp = Files.createTempFile(dataDir, FILE_NAME, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "MotCua embedded services: generated on first run, keep private");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return new Secrets(values, file);
    }

    public String get(String name) {
        return values.getProperty(name);
    }

    public Path file() {
        return file;
    }
}
