package vn.motcua.core.storage;

import java.time.Instant;

/** An object as the store lists it: its key, size and when it was written (the store's clock). */
public record ListedObject(String key, long size, Instant lastModified) {
}
