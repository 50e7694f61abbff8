package vn.motcua.core.queue;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the display board shows: each open or busy counter with the number it serves, the last numbers called (most
 * recent first), how many wait per field, and whether calls are spoken.
 */
public record BoardView(String centerName, List<CounterLine> counters, List<Call> lastCalls, List<FieldWaiting> waiting,
                        boolean voiceOn) {
    public record CounterLine(int number, String name, @Nullable String serving) {
    }

    public record Call(String number, int counter) {
    }

    public record FieldWaiting(String field, int waiting) {
    }
}
