package vn.motcua.core.context;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one owner of business time: the zone every deadline, code and date on a slip is read in, the clock (so
 * tests move time instead of waiting), and the rule for "due soon". Nothing else reads the system clock or names
 * the zone (an architecture test enforces it).
 */
@Singleton
public class BusinessTime {
    /** Vietnam's time (DOMAIN.md: the business calendar is Asia/Ho_Chi_Minh). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A dossier due within this much time is "sắp đến hạn". */
    public static final Duration DUE_SOON = Duration.ofHours(24);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

    /** How near a due date is: what the inbox tabs count and the colours show, decided in one place. */
    public enum Urgency {
        OVERDUE, DUE_SOON, ON_TRACK
    }

    private final Clock clock;

    public BusinessTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZonedDateTime zonedNow() {
        return now().atZone(ZONE);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /**
     * How near {@code dueAt} is at {@code now}, by the same comparisons the inbox tabs count with (overdue: due
     * before now; due soon: due before {@link #dueSoonLimit}); a dossier without a due date is on track.
     */
    public static Urgency urgency(Instant dueAt, Instant now) {
        if (dueAt == null) {
            return Urgency.ON_TRACK;
        }
        if (dueAt.isBefore(now)) {
            return Urgency.OVERDUE;
        }
        return dueAt.isBefore(dueSoonLimit(now)) ? Urgency.DUE_SOON : Urgency.ON_TRACK;
    }

    /** Due dates before this instant are due soon (or overdue) at {@code now}. */
    public static Instant dueSoonLimit(Instant now) {
        return now.plus(DUE_SOON);
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** dd/MM/yyyy HH:mm in Vietnam's time, "" for none. */
    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** dd/MM/yyyy in Vietnam's time, "" for none. */
    public static String formatDate(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** The system clock, the only place it is read; tests replace this bean with a clock they move. */
    @Factory
    public static class SystemClock {
        @Singleton
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
