package vn.motcua.core.storage;

/** What PostgreSQL keeps about a stored document: enough to find it and to prove it is unchanged. */
public record StoredObject(String key, long size, String sha256, String contentType) {
}
