package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.counter.PriorityGroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** One ticket (phiếu số thứ tự) of the day: its number, field, priority, where it is and the times it passed. */
public record Ticket(long id, long tenantId, LocalDate day, String number, String field, @Nullable Long procedureId,
                     @Nullable PriorityGroup priorityGroup, @Nullable Long appointmentId, @Nullable Instant dueAt,
                     TicketStatus status, @Nullable Long targetCounterId, @Nullable Long counterId,
                     @Nullable Long staffUserId, int calls, Instant takenAt, @Nullable Instant calledAt,
                     @Nullable Instant servingAt, @Nullable Instant finishedAt, @Nullable Integer waitSeconds,
                     @Nullable Integer serviceSeconds, @Nullable String transferNote, @Nullable Long dossierId,
                     String publicToken) {

    static final String COLUMNS = "id, tenant_id, day, number, field, procedure_id, priority_group, appointment_id, due_at, "
            + "status, target_counter_id, counter_id, staff_user_id, calls, taken_at, called_at, serving_at, finished_at, "
            + "wait_seconds, service_seconds, transfer_note, dossier_id, public_token";

    /** The columns prefixed with a table alias. */
    static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    public boolean priority() {
        return priorityGroup != null;
    }

    /** The token of the public follow page: the center and the ticket's random token, nothing personal. */
    public String followToken() {
        return tenantId + "." + publicToken;
    }

    static Ticket read(ResultSet rs) throws SQLException {
        String group = rs.getString("priority_group");
        return new Ticket(rs.getLong("id"), rs.getLong("tenant_id"), rs.getObject("day", LocalDate.class),
                rs.getString("number"), rs.getString("field"), (Long) rs.getObject("procedure_id"),
                group == null ? null : PriorityGroup.valueOf(group), (Long) rs.getObject("appointment_id"),
                instant(rs.getTimestamp("due_at")), TicketStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("target_counter_id"), (Long) rs.getObject("counter_id"),
                (Long) rs.getObject("staff_user_id"), rs.getInt("calls"), instant(rs.getTimestamp("taken_at")),
                instant(rs.getTimestamp("called_at")), instant(rs.getTimestamp("serving_at")),
                instant(rs.getTimestamp("finished_at")), (Integer) rs.getObject("wait_seconds"),
                (Integer) rs.getObject("service_seconds"), rs.getString("transfer_note"), (Long) rs.getObject("dossier_id"),
                rs.getString("public_token"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
