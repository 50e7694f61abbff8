package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;

/**
 * The counter tablet: its counter, the clerk on duty (serving now, or staffing it today), the ticket at the counter,
 * and the just-finished ticket the citizen may rate (none once rated or after {@link QueueBoard#RATING_WINDOW}).
 */
public record TabletView(int counterNumber, String counterName, @Nullable String clerkName, @Nullable String currentNumber,
                         @Nullable Long toRateTicketId, @Nullable String toRateNumber) {
}
