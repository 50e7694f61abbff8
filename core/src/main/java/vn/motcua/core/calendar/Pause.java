package vn.motcua.core.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An interval when the deadline clock stops: waiting for the applicant to supplement the dossier or to
 * pay a financial obligation. Closed: for a pause still running, pass "now" as {@code to} to get the due
 * date if the applicant answered now.
 */
public record Pause(Instant from, Instant to) {
    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new CalendarException("Thời gian tạm dừng không hợp lệ: kết thúc (" + to + ") trước khi bắt đầu (" + from + ")");
        }
    }

    public static Pause between(ZonedDateTime from, ZonedDateTime to) {
        return new Pause(from.toInstant(), to.toInstant());
    }
}
