package vn.motcua.devservices;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** An S3-compatible server (S3Proxy) in this JVM, storing objects under a local folder. */
public final class EmbeddedS3 implements AutoCloseable {
    public static final String ACCESS_KEY = "motcua-local";
    public static final String SECRET_KEY = "motcua-local-secret";

    private final S3Proxy proxy;
    private final URI endpoint;

    private EmbeddedS3(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    public static EmbeddedS3 start(Path storageDir, int port) throws Exception {
        Files.createDirectories(storageDir);
        int chosen = port > 0 ? port : freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + chosen);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(storageDir.toAbsolutePath().toString()))
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(20);
        }
        return new EmbeddedS3(proxy, endpoint);
    }

    public URI endpoint() {
        return endpoint;
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
