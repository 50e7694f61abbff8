package vn.motcua.core.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a legal deadline out of Vietnamese text. Rules, in this order:
 * <ol>
 * <li>blank, "Không có thông tin", "Không quy định" → unknown;</li>
 * <li>the earliest phrase in the text wins, because later phrases are usually exceptions
 *     ("Trong ngày; trường hợp phức tạp không quá 03 ngày làm việc");</li>
 * <li>"trong ngày" / "trong ngày làm việc" → 8 working hours (same-day procedures are counted in hours);</li>
 * <li>N "ngày làm việc" → working days; N "ngày" alone → calendar days (that is what the law means by it);
 *     N "giờ" / "giờ làm việc" / "tiếng" → working hours;</li>
 * <li>fractions ("1,5 ngày làm việc") become working hours; fractional calendar days round up;</li>
 * <li>N "tháng" / "năm" → unknown: months are not a fixed number of days and we do not guess.</li>
 * </ol>
 */
public final class DeadlineTextParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern SAME_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])trong\\s+(?:cùng\\s+|một\\s+)?ngày(?:\\s+làm\\s+việc)?(?![\\p{L}\\d])(?!\\s*\\d)", FLAGS);

    // "05 (năm) ngày làm việc": number, optional number-in-words, unit
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(-?\\d+(?:[.,]\\d+)?)\\s*(?:\\([^)\\d]{1,30}\\)\\s*)?"
                    + "(ngày\\s+làm\\s+việc|giờ\\s+làm\\s+việc|ngày|giờ|tiếng|tháng|năm)(?![\\p{L}])", FLAGS);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private DeadlineTextParser() {
    }

    /** Free text such as "Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ". */
    public static LegalDeadline parse(String text) {
        String cleaned = CatalogText.value(text);
        if (cleaned == null) {
            return LegalDeadline.UNKNOWN;
        }
        Matcher sameDay = SAME_DAY.matcher(cleaned);
        Matcher amount = AMOUNT.matcher(cleaned);
        boolean hasSameDay = sameDay.find();
        boolean hasAmount = amount.find();
        if (hasSameDay && (!hasAmount || sameDay.start() < amount.start())) {
            return LegalDeadline.of(LegalDeadline.HOURS_PER_WORKING_DAY, DeadlineUnit.WORKING_HOURS);
        }
        if (!hasAmount) {
            return LegalDeadline.UNKNOWN;
        }
        return unitOf(amount.group(2))
                .map(unit -> toDeadline(number(amount.group(1)), unit))
                .orElse(LegalDeadline.UNKNOWN);
    }

    /** Every deadline phrase in the text, in order; used to recover the unit of a bare number. */
    static java.util.List<LegalDeadline> findAll(String text) {
        java.util.List<LegalDeadline> found = new java.util.ArrayList<>();
        String cleaned = CatalogText.clean(text);
        if (cleaned == null) {
            return found;
        }
        Matcher amount = AMOUNT.matcher(cleaned);
        while (amount.find()) {
            unitOf(amount.group(2)).ifPresent(unit -> found.add(toDeadline(number(amount.group(1)), unit)));
        }
        return found;
    }

    /**
     * The exchange format's two columns: "5" + "Ngày làm việc", or free text with the unit column
     * left empty. Empty Optional means the cells are filled but not understood (an import error).
     */
    public static Optional<LegalDeadline> parseColumns(String valueText, String unitText) {
        String value = CatalogText.clean(valueText);
        String unit = CatalogText.clean(unitText);
        if (value == null && unit == null) {
            return Optional.of(LegalDeadline.UNKNOWN);
        }
        if (unit == null) {
            LegalDeadline parsed = parse(value);
            return parsed.isKnown() ? Optional.of(parsed) : Optional.empty();
        }
        if (value == null || !NUMBER.matcher(value).matches()) {
            return Optional.empty();
        }
        return parseUnit(unit).map(u -> toDeadline(number(value), u));
    }

    /** "Ngày làm việc", "Giờ", "Ngày (theo lịch)"… as a unit; empty when not one we count in. */
    public static Optional<DeadlineUnit> parseUnit(String text) {
        String key = CatalogText.key(text).replaceAll("\\(.*\\)", "").trim();
        return switch (key) {
            case "ngày làm việc", "working days", "working_days" -> Optional.of(DeadlineUnit.WORKING_DAYS);
            case "giờ", "giờ làm việc", "tiếng", "working hours", "working_hours" -> Optional.of(DeadlineUnit.WORKING_HOURS);
            case "ngày", "ngày lịch", "ngày theo lịch", "calendar days", "calendar_days" -> Optional.of(DeadlineUnit.CALENDAR_DAYS);
            default -> Optional.empty();
        };
    }

    private static Optional<DeadlineUnit> unitOf(String unitWord) {
        String key = CatalogText.key(unitWord);
        if (key.equals("tháng") || key.equals("năm")) {
            return Optional.empty();
        }
        return parseUnit(key);
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    private static LegalDeadline toDeadline(BigDecimal raw, DeadlineUnit unit) {
        // keep absurd values absurd but representable, so validation can report them instead of overflowing
        BigDecimal value = raw.max(BigDecimal.valueOf(-1_000_000)).min(BigDecimal.valueOf(1_000_000));
        if (value.stripTrailingZeros().scale() <= 0) {
            return LegalDeadline.of(value.intValueExact(), unit);
        }
        if (unit == DeadlineUnit.WORKING_DAYS) {
            BigDecimal hours = value.multiply(BigDecimal.valueOf(LegalDeadline.HOURS_PER_WORKING_DAY));
            return LegalDeadline.of(hours.setScale(0, RoundingMode.CEILING).intValueExact(), DeadlineUnit.WORKING_HOURS);
        }
        return LegalDeadline.of(value.setScale(0, RoundingMode.CEILING).intValueExact(), unit);
    }
}
