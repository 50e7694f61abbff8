package vn.motcua.core.queue;

/**
 * A device just paired: the credential its browser keeps (in an HttpOnly cookie; shown nowhere else, stored only
 * hashed) and its session.
 */
public record PairedDevice(String credential, DeviceSession session) {
}
