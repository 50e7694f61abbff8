package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One line of the queue's daily figures: per field (waiting p50/p90), per counter and per clerk (serving time), per
 * hour (tickets taken); no-shows and appointments kept everywhere they apply. Stored in {@code queue_daily_stats}.
 */
public record StatRow(LocalDate day, Dimension dimension, String key, int tickets, int served, int noShows,
                      @Nullable Integer waitP50Seconds, @Nullable Integer waitP90Seconds,
                      @Nullable Integer serviceAvgSeconds, int appointments, int appointmentsKept) {
    public enum Dimension {
        FIELD, COUNTER, CLERK, HOUR
    }
}
