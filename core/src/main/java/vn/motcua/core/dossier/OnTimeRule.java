package vn.motcua.core.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The on-time indicator of a finished dossier (DOMAIN.md "Rules in force" and "A dossier's life"): the end time
 * (resolved, returned, or stopped/refused, whichever first) against the due date.
 * <ul>
 * <li>{@link Result#EARLY} (trước hạn): ended on an earlier calendar day (Vietnam time) than the due date;</li>
 * <li>{@link Result#ON_TIME} (đúng hạn): ended on the due day, not after the due time;</li>
 * <li>late otherwise, and also whenever a second supplement was requested (DOMAIN.md: "a second supplement
 * request counts as late"); late dossiers are split by whether an apology letter was issued <em>before</em> the
 * due date. The apology's new date does not make a dossier on time (DOMAIN.md: "the new date of an accepted
 * apology is still counted late for the indicators").</li>
 * </ul>
 * The split between EARLY and ON_TIME by calendar day is our reading; we did not find the indicator
 * definitions of Nghị định 118/2025/NĐ-CP or Thông tư 03/2025/TT-VPCP in our search corpus.
 */
public final class OnTimeRule {
    static final ZoneId ZONE = vn.motcua.core.context.BusinessTime.ZONE;

    public enum Result {
        EARLY("Trước hạn", true),
        ON_TIME("Đúng hạn", true),
        LATE_WITH_APOLOGY("Trễ hạn (có văn bản xin lỗi)", false),
        LATE_WITHOUT_APOLOGY("Trễ hạn (không có văn bản xin lỗi)", false);

        private final String label;
        private final boolean onTime;

        Result(String label, boolean onTime) {
            this.label = label;
            this.onTime = onTime;
        }

        public String label() {
            return label;
        }

        /** Counts in the on-time rate (đúng hạn + trước hạn). */
        public boolean onTime() {
            return onTime;
        }
    }

    private OnTimeRule() {
    }

    /**
     * @param due        the due date in force (after pauses), not the apology's new date
     * @param apology    the apology letter, if one was issued
     * @param end        {@link #endTime}
     * @param countedLate a second supplement was requested
     */
    public static Result decide(Instant due, Optional<Apology> apology, Instant end, boolean countedLate) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(end, "end");
        boolean late = countedLate || end.isAfter(due);
        if (late) {
            boolean apologised = apology.filter(a -> a.issuedAt().isBefore(due)).isPresent();
            return apologised ? Result.LATE_WITH_APOLOGY : Result.LATE_WITHOUT_APOLOGY;
        }
        return end.atZone(ZONE).toLocalDate().isBefore(due.atZone(ZONE).toLocalDate()) ? Result.EARLY : Result.ON_TIME;
    }

    /** The first of the times the dossier was resolved, returned, or stopped/refused; empty if none yet. */
    public static Optional<Instant> endTime(Instant resolvedAt, Instant returnedAt, Instant stoppedAt) {
        return Stream.of(resolvedAt, returnedAt, stoppedAt).filter(Objects::nonNull).min(Instant::compareTo);
    }
}
