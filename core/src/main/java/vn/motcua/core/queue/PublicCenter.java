package vn.motcua.core.queue;

/** A center a citizen can book at: its tenant id and name (public). */
public record PublicCenter(long tenantId, String name) {
}
