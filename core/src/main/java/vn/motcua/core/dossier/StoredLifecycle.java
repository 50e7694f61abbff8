package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.calendar.Pause;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@link DossierLifecycle.State} as the JSON kept in {@code dossier.state_json}: plain values only, so the stored
 * form does not change when a domain type gains a method.
 */
@Serdeable
record StoredLifecycle(DossierStatus status, @Nullable Integer step, long stepSecondsUsed, @Nullable Instant receivedAt,
                       @Nullable Instant dueAt, @Nullable Instant pausedSince, List<Span> pauses,
                       @Nullable Instant apologyIssuedAt, @Nullable Instant apologyNewDate, @Nullable String apologyReason,
                       int supplementRequests, boolean countedLate, @Nullable Instant resolvedAt,
                       @Nullable Instant returnedAt, @Nullable Instant stoppedAt, @Nullable String resultKey,
                       @Nullable String resultSha256, @Nullable String returnKind, @Nullable String returnDetail,
                       int entries, @Nullable Instant lastEntryAt) {

    @Serdeable
    record Span(Instant from, Instant to) {
    }

    static StoredLifecycle of(DossierLifecycle.State s) {
        String kind = null;
        String detail = null;
        if (s.returnMethod() instanceof ReturnMethod.InPerson p) {
            kind = "IN_PERSON";
            detail = p.receiver();
        } else if (s.returnMethod() instanceof ReturnMethod.Post p) {
            kind = "POST";
            detail = p.trackingNumber();
        } else if (s.returnMethod() instanceof ReturnMethod.Online) {
            kind = "ONLINE";
        }
        return new StoredLifecycle(s.status(), s.step(), s.stepTimeUsed().toSeconds(), s.receivedAt(), s.dueAt(),
                s.pausedSince(), s.pauses().stream().map(p -> new Span(p.from(), p.to())).toList(),
                s.apology() == null ? null : s.apology().issuedAt(), s.apology() == null ? null : s.apology().newDate(),
                s.apology() == null ? null : s.apology().reason(), s.supplementRequests(), s.countedLate(),
                s.resolvedAt(), s.returnedAt(), s.stoppedAt(), s.result() == null ? null : s.result().storageKey(),
                s.result() == null ? null : s.result().sha256(), kind, detail, s.entries(), s.lastEntryAt());
    }

    DossierLifecycle.State toState() {
        ReturnMethod method = returnKind == null ? null : switch (returnKind) {
            case "IN_PERSON" -> new ReturnMethod.InPerson(returnDetail);
            case "POST" -> new ReturnMethod.Post(returnDetail);
            case "ONLINE" -> new ReturnMethod.Online();
            default -> throw new IllegalStateException("Unknown stored return method " + returnKind);
        };
        return new DossierLifecycle.State(status, step, Duration.ofSeconds(stepSecondsUsed), receivedAt, dueAt, pausedSince,
                pauses == null ? List.of() : pauses.stream().map(p -> new Pause(p.from(), p.to())).toList(),
                apologyNewDate == null ? null : new Apology(apologyIssuedAt, apologyNewDate, apologyReason),
                supplementRequests, countedLate, resolvedAt, returnedAt, stoppedAt,
                resultKey == null ? null : new ResultDocument(resultKey, resultSha256), method, entries, lastEntryAt);
    }
}
