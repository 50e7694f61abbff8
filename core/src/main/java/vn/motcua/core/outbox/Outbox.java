package vn.motcua.core.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantContext;
import vn.motcua.core.tenancy.TenantId;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a dossier's events to the outbox (table {@code outbox_event}) inside the transaction that changes the
 * dossier, so the event exists exactly when the change does: the same commit, or neither.
 *
 * <p><b>Why a table of its own and not the control sheet ({@code dossier_event}) read with a cursor.</b> A cursor
 * "every row after id N" skips rows: identity values are taken when a row is inserted, not when it commits, so a
 * slow transaction can commit id 41 after id 42 was read and the cursor moved past it — lost, and at-least-once
 * broken. The control sheet also lacks two events the receivers need (the rating lives in {@code dossier_rating};
 * a change of appointment is only a line's note) and carries none of the portal's fields as they were at that
 * moment. So each event is its own row, with the payload frozen at the change, a sequence number per dossier
 * ({@code seq}, taken under the dossier row's lock, so it follows the commit order of that dossier's changes) and a
 * {@code fanned_out} flag: the delivery worker ({@link OutboxDelivery}) picks every row not yet fanned out,
 * whatever its id, so a late commit is picked up on the next run instead of being skipped.
 */
@Singleton
public class Outbox {
    private final JdbcOperations jdbc;

    public Outbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What a payload is built from: the event's identity for the receiver's idempotency, and its place. */
    public record Envelope(UUID eventId, OutboxEventType type, int sequence, Instant occurredAt) {
    }

    /**
     * Appends one event of {@code dossierId} in the running transaction of {@code tenant} (refused outside one: an
     * event written in a transaction of its own could outlive a change that rolled back, or be lost after one that
     * committed). {@code payload} turns the envelope into the JSON sent to the subscribers.
     */
    public Envelope append(TenantId tenant, long dossierId, OutboxEventType type, Instant occurredAt,
                           Function<Envelope, String> payload) {
        if (!TenantContext.current().map(tenant::equals).orElse(false)) {
            throw new IllegalStateException("an outbox event is written in the transaction of its center's change");
        }
        // the dossier row's lock orders this dossier's events: a second change waits for the first to commit
        jdbc.prepareStatement("SELECT 1 FROM dossier WHERE tenant_id = ? AND id = ? FOR UPDATE", ps -> {
            ps.setLong(1, tenant.value());
            ps.setLong(2, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no dossier " + dossierId + " in center " + tenant);
                }
            }
            return null;
        });
        int seq = jdbc.prepareStatement("SELECT coalesce(max(seq), 0) + 1 FROM outbox_event WHERE tenant_id = ? AND dossier_id = ?",
                ps -> {
                    ps.setLong(1, tenant.value());
                    ps.setLong(2, dossierId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
        Envelope envelope = new Envelope(UUID.randomUUID(), type, seq, occurredAt);
        String body = payload.apply(envelope);
        jdbc.prepareStatement("""
                INSERT INTO outbox_event (tenant_id, event_uid, dossier_id, seq, type, occurred_at, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setLong(1, tenant.value());
            ps.setObject(2, envelope.eventId());
            ps.setLong(3, dossierId);
            ps.setInt(4, seq);
            ps.setString(5, type.name());
            ps.setTimestamp(6, Timestamp.from(occurredAt));
            ps.setString(7, body);
            return ps.executeUpdate();
        });
        return envelope;
    }
}
