package vn.motcua.core.queue;

import java.time.Instant;

/** A one-time pairing code the director reads out to a device, valid until {@code expiresAt}. */
public record PairingCode(String code, long equipmentId, Instant expiresAt) {
}
