package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;

/** The public follow page of one ticket (no personal data): its number, where it is, who is ahead, the estimate. */
public record FollowView(String centerName, String number, String field, TicketStatus status, @Nullable Integer counter,
                         int waitingAhead, int estimatedMinutes, boolean priority) {
}
