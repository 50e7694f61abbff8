package vn.motcua.core.queue;

import java.time.Instant;

/** A booked time slot (lịch hẹn): its code, the procedure and field, the slot's start, and the center. */
public record Appointment(long id, String code, long procedureId, String procedureName, String field, Instant slotStart,
                          String centerName, String status) {
}
