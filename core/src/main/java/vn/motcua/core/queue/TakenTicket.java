package vn.motcua.core.queue;

import java.util.List;

/**
 * What the kiosk prints: the ticket, the counters that serve its field (the counter group), how many are ahead and
 * the estimated wait in minutes.
 */
public record TakenTicket(Ticket ticket, List<Integer> counters, int waitingAhead, int estimatedMinutes) {
}
