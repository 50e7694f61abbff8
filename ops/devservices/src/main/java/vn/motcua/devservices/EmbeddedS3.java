package vn.motcua.devservices;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An S3-compatible server (S3Proxy) in this JVM on 127.0.0.1, storing objects under a local folder. Its keys are
 * the caller's (the product keeps them in {@link Secrets}); nothing is hard-coded.
 */
public final class EmbeddedS3 implements AutoCloseable {
    private final S3Proxy proxy;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3(S3Proxy proxy, URI endpoint, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** A throw-away store (tests, benchmarks) with random keys: see {@link #accessKey()}, {@link #secretKey()}. */
    public static EmbeddedS3 start(Path storageDir, int port) throws Exception {
        return start(storageDir, port, Secrets.random(), Secrets.random());
    }

    public static EmbeddedS3 start(Path storageDir, int port, String accessKey, String secretKey) throws Exception {
        if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("the embedded S3 store needs an access key and a secret key");
        }
        Files.createDirectories(storageDir);
        int chosen = port > 0 ? port : freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + chosen);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(storageDir.toAbsolutePath().toString()))
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(20);
        }
        return new EmbeddedS3(proxy, endpoint, accessKey, secretKey);
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
