package vn.motcua.core.queue;

import java.time.Instant;

/** One bookable slot: its start, how many it takes and how many are booked. */
public record Slot(Instant start, int capacity, int booked) {
    public boolean full() {
        return booked >= capacity;
    }
}
