package vn.motcua.core.storage;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The S3 adapter of {@link DocumentStore}: path-style with an endpoint override, so MinIO, Ceph and local stores work. */
@Singleton
public class S3DocumentStore implements DocumentStore {
    static final int ATTEMPTS = 3;

    private final S3Client s3;
    private final String bucket;

    public S3DocumentStore(S3Settings settings) {
        this.bucket = settings.bucket();
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(settings.endpoint()))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(settings.pathStyle() == null || settings.pathStyle())
                        .checksumValidationEnabled(false)
                        .build())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        ensureBucket();
    }

    private void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public StoredObject put(String key, byte[] content, String contentType) {
        String sha256 = Sha256.hex(content);
        retrying(() -> s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType)
                .metadata(java.util.Map.of("sha256", sha256)), RequestBody.fromBytes(content)));
        return new StoredObject(key, content.length, sha256, contentType);
    }

    @Override
    public byte[] get(String key, String expectedSha256) {
        byte[] content = retrying(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        String actual = Sha256.hex(content);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new ChecksumMismatchException(key, expectedSha256, actual);
        }
        return content;
    }

    @Override
    public boolean exists(String key) {
        try {
            retrying(() -> s3.headObject(b -> b.bucket(bucket).key(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        retrying(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public Stream<ListedObject> list(String prefix) {
        return retrying(() -> s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(o -> new ListedObject(o.key(), o.size() == null ? 0 : o.size(), o.lastModified())).toList()).stream();
    }

    /**
     * Runs an idempotent S3 call again when the connection dropped under it (a pooled keep-alive connection the store
     * closed while idle answers "Unexpected end of file"), at most {@link #ATTEMPTS} times. Every call here is
     * idempotent: a put writes the same bytes under the same key.
     */
    static <T> T retrying(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !droppedConnection(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean droppedConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}
