package vn.motcua.core.dossier;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.dossier.OnTimeRule.Result.EARLY;
import static vn.motcua.core.dossier.OnTimeRule.Result.LATE_WITHOUT_APOLOGY;
import static vn.motcua.core.dossier.OnTimeRule.Result.LATE_WITH_APOLOGY;
import static vn.motcua.core.dossier.OnTimeRule.Result.ON_TIME;

class OnTimeRuleTest {
    /** Thursday 17 July 2025, 16:00 in Hà Nội. */
    static final Instant DUE = Instant.parse("2025-07-17T09:00:00Z");
    static final Apology APOLOGY_IN_TIME = new Apology(Instant.parse("2025-07-16T03:00:00Z"),
            Instant.parse("2025-07-22T09:00:00Z"), "Chờ ý kiến phối hợp");

    @Test
    void endingOnTheDueDayBeforeTheDueTimeIsOnTime() {
        assertEquals(ON_TIME, OnTimeRule.decide(DUE, Optional.empty(), Instant.parse("2025-07-17T02:00:00Z"), false));
        assertEquals(ON_TIME, OnTimeRule.decide(DUE, Optional.empty(), DUE, false));
    }

    @Test
    void endingOnAnEarlierDayIsEarlyAndCountsAsOnTime() {
        OnTimeRule.Result r = OnTimeRule.decide(DUE, Optional.empty(), Instant.parse("2025-07-16T09:59:00Z"), false);
        assertEquals(EARLY, r);
        assertTrue(r.onTime());
    }

    @Test
    void theDayIsReadInVietnamTimeNotUtc() {
        // 16 July 23:30 UTC is already 17 July 06:30 in Hà Nội: the due day, so on time, not early
        assertEquals(ON_TIME, OnTimeRule.decide(DUE, Optional.empty(), Instant.parse("2025-07-16T23:30:00Z"), false));
    }

    @Test
    void oneMinuteAfterTheDueTimeIsLate() {
        OnTimeRule.Result r = OnTimeRule.decide(DUE, Optional.empty(), DUE.plusSeconds(60), false);
        assertEquals(LATE_WITHOUT_APOLOGY, r);
        assertFalse(r.onTime());
    }

    @Test
    void meetingTheApologysNewDateIsStillLateButWithApology() {
        assertEquals(LATE_WITH_APOLOGY, OnTimeRule.decide(DUE, Optional.of(APOLOGY_IN_TIME),
                Instant.parse("2025-07-21T03:00:00Z"), false));
    }

    @Test
    void anApologyIssuedAfterTheDueDateDoesNotCount() {
        Apology tooLate = new Apology(DUE.plusSeconds(3600), Instant.parse("2025-07-22T09:00:00Z"), "Chậm");
        assertEquals(LATE_WITHOUT_APOLOGY, OnTimeRule.decide(DUE, Optional.of(tooLate), Instant.parse("2025-07-21T03:00:00Z"), false));
    }

    @Test
    void anApologyMakesNoDifferenceToADossierFinishedInTime() {
        assertEquals(EARLY, OnTimeRule.decide(DUE, Optional.of(APOLOGY_IN_TIME), Instant.parse("2025-07-16T08:00:00Z"), false));
    }

    @Test
    void aSecondSupplementRequestMakesAnEarlyDossierLate() {
        assertEquals(LATE_WITHOUT_APOLOGY, OnTimeRule.decide(DUE, Optional.empty(), Instant.parse("2025-07-15T02:00:00Z"), true));
        assertEquals(LATE_WITH_APOLOGY, OnTimeRule.decide(DUE, Optional.of(APOLOGY_IN_TIME), Instant.parse("2025-07-16T08:00:00Z"), true));
    }

    @Test
    void theEndIsTheFirstOfResolvedReturnedAndStopped() {
        Instant resolved = Instant.parse("2025-07-16T08:00:00Z");
        Instant returned = Instant.parse("2025-07-18T08:00:00Z");
        assertEquals(resolved, OnTimeRule.endTime(resolved, returned, null).orElseThrow());
        assertEquals(returned, OnTimeRule.endTime(null, returned, null).orElseThrow());
        assertTrue(OnTimeRule.endTime(null, null, null).isEmpty());
    }
}
