package vn.motcua.core.storage;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a real S3-protocol server (the embedded S3Proxy, or MOTCUA_TEST_S3_ENDPOINT). */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3DocumentStoreTest implements IntegrationTestProperties {
    @Inject
    DocumentStore store;
    @Inject
    S3Settings settings;

    @Test
    void aScanRoundTripsByteForByteWithItsChecksum() {
        byte[] scan = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(scan);
        StoredObject stored = store.put("1001/ho-so/giay-to-1.pdf", scan, "application/pdf");
        assertEquals(scan.length, stored.size());
        assertEquals(Sha256.hex(scan), stored.sha256());
        assertTrue(store.exists(stored.key()));
        assertArrayEquals(scan, store.get(stored.key(), stored.sha256()));
    }

    @Test
    void aCorruptedObjectIsDetectedOnDownload() {
        StoredObject stored = store.put("1001/ho-so/ket-qua.pdf", "bản gốc".getBytes(StandardCharsets.UTF_8), "application/pdf");
        try (S3Client raw = S3Client.builder().endpointOverride(URI.create(settings.endpoint()))
                .region(Region.of(settings.region())).forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .build()) {
            // someone (or a failing disk) changes the object behind our back
            raw.putObject(b -> b.bucket(settings.bucket()).key(stored.key()), RequestBody.fromString("bản bị sửa"));
        }
        assertThrows(ChecksumMismatchException.class, () -> store.get(stored.key(), stored.sha256()));
    }

    @Test
    void aDeletedObjectIsGone() {
        StoredObject stored = store.put("1001/tam/xoa.png", new byte[]{1, 2, 3}, "image/png");
        store.delete(stored.key());
        assertFalse(store.exists(stored.key()));
    }

    @Test
    void listingPagesThroughEveryObjectUnderAPrefixInKeyOrderWithSizeAndAge() {
        Instant before = Instant.now().minusSeconds(5);
        int count = 1_003; // more than one page of 1,000
        IntStream.range(0, count).parallel().forEach(i ->
                store.put(String.format("2002/dossiers/2026/11/%04d", i), new byte[i % 7 + 1], "application/pdf"));
        store.put("20020/dossiers/khac", new byte[1], "application/pdf");
        List<ListedObject> listed;
        try (Stream<ListedObject> all = store.list("2002/")) {
            listed = all.toList();
        }
        assertEquals(count, listed.size());
        assertEquals(String.format("2002/dossiers/2026/11/%04d", 1_002), listed.get(count - 1).key());
        assertEquals(listed.stream().map(ListedObject::key).sorted().toList(), listed.stream().map(ListedObject::key).toList());
        assertEquals(3, listed.get(2).size());
        assertTrue(listed.stream().allMatch(o -> o.lastModified().isAfter(before)
                && o.lastModified().isBefore(Instant.now().plusSeconds(5))));
    }
}
