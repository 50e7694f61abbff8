package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads phí/lệ phí from text: "Lệ phí: 10.000 Đồng", "Phí : 0 Đồng" (free), "Miễn phí", "Không".
 * The forms {@link #format} writes are matched first and exactly, so an exported catalog re-imports
 * unchanged; the looser rules after them are for sheets typed by hand.
 * One fee per line; a line is split on ";" only when every part states its own amount, because
 * descriptions quoting circulars contain semicolons too.
 */
public final class FeeTextParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String AMOUNT = "(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s*(?:việt\\s+nam\\s+)?(?:đồng|vnđ|vnd|đ)";

    /** The form {@link #format} writes: "description: 10.000 đồng" or just "10.000 đồng". */
    private static final Pattern TRAILING_AMOUNT = Pattern.compile("^(?:(.*?)\\s*:\\s*)?" + AMOUNT + "\\.?$", FLAGS);
    private static final Pattern TRAILING_FREE = Pattern.compile("^(?:(.*?)\\s*:\\s*)?(?:miễn phí|không thu(?: phí| lệ phí)?)\\.?$", FLAGS);
    /** Written after a fee that has wording but no amount in đồng (a USD fee, "theo biểu phí…"). */
    static final String NO_AMOUNT_MARK = "chưa nêu mức thu";
    private static final Pattern TRAILING_NO_AMOUNT = Pattern.compile("^(.*?)\\s*:\\s*" + NO_AMOUNT_MARK + "$", FLAGS);
    private static final Pattern SAYS_FREE = Pattern.compile("không thu|miễn phí|miễn lệ phí|miễn thu", FLAGS);
    private static final Pattern ANY_AMOUNT = Pattern.compile("(?<![\\d.,])" + AMOUNT + "(?![\\p{L}])", FLAGS);
    private static final Pattern FREE_START = Pattern.compile("^(?:miễn phí|miễn|không thu|không có phí|không)(?![\\p{L}])", FLAGS);

    private FeeTextParser() {
    }

    /** Every fee in a cell; empty when the cell is blank or says there is no information. */
    public static List<Fee> parseList(String text) {
        List<Fee> fees = new ArrayList<>();
        if (text == null) {
            return fees;
        }
        for (String line : text.split("\\R")) {
            for (String part : splitIndependentAmounts(line)) {
                Fee fee = parseOne(part);
                if (fee != null) {
                    fees.add(fee);
                }
            }
        }
        return fees;
    }

    /** One fee, or null when the text states none ("", "Không có thông tin"). */
    public static Fee parseOne(String text) {
        String line = CatalogText.value(text);
        if (line == null) {
            return null;
        }
        Matcher trailing = TRAILING_AMOUNT.matcher(line);
        if (trailing.matches()) {
            return Fee.amount(blankToNull(trailing.group(1)), amountOf(trailing.group(2)));
        }
        Matcher noAmount = TRAILING_NO_AMOUNT.matcher(line);
        if (noAmount.matches()) {
            return new Fee(noAmount.group(1), null, false);
        }
        Matcher free = TRAILING_FREE.matcher(line);
        if (free.matches()) {
            return Fee.free(blankToNull(free.group(1)));
        }
        if (FREE_START.matcher(line).find()) {
            return Fee.free(line.toLowerCase(Locale.ROOT).matches("không|miễn phí|không thu") ? null : line);
        }
        Matcher any = ANY_AMOUNT.matcher(line);
        if (any.find()) {
            return Fee.amount(line, amountOf(any.group(1)));
        }
        // "Phí : Đồng Không thu lệ phí": no number, but the words say free
        return new Fee(line, null, SAYS_FREE.matcher(line).find());
    }

    /** Inverse of {@link #parseOne} for the exchange format. */
    public static String format(Fee fee) {
        String prefix = fee.description() == null ? "" : fee.description() + ": ";
        if (fee.free()) {
            return prefix + "Miễn phí";
        }
        if (fee.amountVnd() == null) {
            return fee.description() == null ? "" : fee.description() + ": " + NO_AMOUNT_MARK;
        }
        return prefix + String.format(Locale.ROOT, "%,d", fee.amountVnd()).replace(',', '.') + " đồng";
    }

    static long amountOf(String digits) {
        String plain = digits.replace(".", "").replace(",", "");
        // beyond a trillion đồng it is a typing error, not a fee; keep it representable for the report
        return plain.length() > 15 ? Long.MAX_VALUE : Long.parseLong(plain);
    }

    private static List<String> splitIndependentAmounts(String line) {
        String[] parts = line.split(";");
        if (parts.length > 1) {
            boolean allStated = true;
            for (String part : parts) {
                String p = CatalogText.clean(part);
                allStated &= p != null && (TRAILING_AMOUNT.matcher(p).matches() || TRAILING_FREE.matcher(p).matches());
            }
            if (allStated) {
                return List.of(parts);
            }
        }
        return List.of(line);
    }

    private static String blankToNull(String text) {
        return CatalogText.clean(text);
    }
}
