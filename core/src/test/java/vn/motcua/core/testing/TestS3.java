package vn.motcua.core.testing;

import vn.motcua.devservices.EmbeddedS3;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An S3-compatible store for tests: MOTCUA_TEST_S3_ENDPOINT (+ _ACCESS_KEY/_SECRET_KEY) from the
 * environment, else the embedded S3Proxy on a temporary folder. Each test class gets its own bucket.
 */
public final class TestS3 {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedS3 embedded;
    private static Path storage;

    private TestS3() {
    }

    public static synchronized Map<String, String> properties(String prefix) {
        Map<String, String> props = new HashMap<>();
        String bucket = (prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet()).toLowerCase();
        props.put("motcua.s3.bucket", bucket.replaceAll("[^a-z0-9-]", "-"));
        String endpoint = System.getenv("MOTCUA_TEST_S3_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            props.put("motcua.s3.endpoint", endpoint);
            props.put("motcua.s3.access-key", System.getenv("MOTCUA_TEST_S3_ACCESS_KEY"));
            props.put("motcua.s3.secret-key", System.getenv("MOTCUA_TEST_S3_SECRET_KEY"));
            return props;
        }
        if (embedded == null) {
            try {
                storage = TestFolders.create("motcua-test-s3", () -> {
                    if (embedded != null) {
                        embedded.close();
                    }
                });
                embedded = EmbeddedS3.start(storage, 0);
            } catch (Exception e) {
                throw new IllegalStateException("no S3 store for tests: " + e.getMessage(), e);
            }
        }
        props.put("motcua.s3.endpoint", embedded.endpoint().toString());
        props.put("motcua.s3.access-key", embedded.accessKey());
        props.put("motcua.s3.secret-key", embedded.secretKey());
        return props;
    }

    /** Where the embedded store keeps its objects (null with an external store): lets tests corrupt one. */
    public static Path storageFolder() {
        return storage;
    }
}
