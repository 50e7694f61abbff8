package vn.motcua.core.dossier;

import vn.motcua.core.calendar.Pause;

import java.time.Instant;
import java.util.List;

/**
 * The dossier's due date given its receipt time and the pauses so far. The life cycle knows no calendar; the
 * caller wires {@code (receivedAt, pauses) -> deadlineService.due(province, receivedAt, legalDeadline, pauses).toInstant()}
 * ({@link vn.motcua.core.calendar.DeadlineService}).
 */
@FunctionalInterface
public interface DueDateFunction {
    Instant dueAt(Instant receivedAt, List<Pause> pauses);
}
