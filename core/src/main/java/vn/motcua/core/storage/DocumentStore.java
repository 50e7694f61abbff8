package vn.motcua.core.storage;

import java.util.stream.Stream;

/**
 * Where scanned inputs and digitized results live (S3 protocol). Every object is checked against the
 * SHA-256 recorded when it was stored, so a corrupted or swapped object is never handed out silently.
 */
public interface DocumentStore {
    StoredObject put(String key, byte[] content, String contentType);

    /** The object's bytes, verified against {@code expectedSha256}; {@link ChecksumMismatchException} otherwise. */
    byte[] get(String key, String expectedSha256);

    boolean exists(String key);

    void delete(String key);

    /**
     * Every object whose key starts with {@code prefix}, in key order, fetched page by page as the stream is read
     * (close it when done). For the sweeper, which needs each object's age.
     */
    Stream<ListedObject> list(String prefix);
}
