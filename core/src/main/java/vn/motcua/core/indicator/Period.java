package vn.motcua.core.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** The days a report covers: {@code from} inclusive to {@code until} exclusive, Vietnam calendar days. */
public record Period(Kind kind, LocalDate from, LocalDate until) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public enum Kind {
        MONTH("Tháng"), QUARTER("Quý"), YEAR("Năm"), CUSTOM("Tùy chọn");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + until);
        }
        if (from.plusYears(5).isBefore(until)) {
            throw new IllegalArgumentException("A period is at most five years long");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quarter 1–4: " + quarter);
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, start, start.plusMonths(3));
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** From {@code first} to {@code last}, both included. */
    public static Period custom(LocalDate first, LocalDate last) {
        return new Period(Kind.CUSTOM, first, last.plusDays(1));
    }

    /** The period of the same kind containing {@code day}. */
    public static Period containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
            case CUSTOM -> custom(day, day);
        };
    }

    /** The period just before, of the same length (the previous month, quarter or year). */
    public Period previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> new Period(kind, from.minusMonths(3), from);
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> new Period(kind, from.minusDays(days()), from);
        };
    }

    public long days() {
        return until.toEpochDay() - from.toEpochDay();
    }

    public LocalDate last() {
        return until.minusDays(1);
    }

    /** "Tháng 11/2026", "Quý 4/2026", "Năm 2026", "01/11/2026 – 15/11/2026". */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + from.getMonthValue() + "/" + from.getYear();
            case QUARTER -> "Quý " + ((from.getMonthValue() - 1) / 3 + 1) + "/" + from.getYear();
            case YEAR -> "Năm " + from.getYear();
            case CUSTOM -> DAY.format(from) + " – " + DAY.format(last());
        };
    }
}
