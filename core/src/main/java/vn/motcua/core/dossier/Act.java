package vn.motcua.core.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who does something to a dossier, when, and how much working time the dossier spent at its current step
 * since the last entry of the control sheet. The working time comes from the caller
 * ({@code DeadlineService.workingTimeBetween(province, lastEntryAt, at, pauses)}): the life cycle knows no
 * calendar.
 */
public record Act(String by, Instant at, Duration workingTimeUsed) {
    public Act {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(workingTimeUsed, "workingTimeUsed");
        if (by.isBlank()) {
            throw DossierProblems.refused("by", "Chưa ghi người thực hiện", "The acting person is missing");
        }
        if (workingTimeUsed.isNegative()) {
            throw new IllegalArgumentException("Working time used is negative: " + workingTimeUsed);
        }
    }

    public static Act of(String by, Instant at, Duration workingTimeUsed) {
        return new Act(by, at, workingTimeUsed);
    }

    /** An act where no working time is attributed (intake, an online submission). */
    public static Act of(String by, Instant at) {
        return new Act(by, at, Duration.ZERO);
    }
}
