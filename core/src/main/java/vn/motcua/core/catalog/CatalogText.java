package vn.motcua.core.catalog;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text clean-up shared by every catalog source. */
final class CatalogText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    /** Placeholder the national portal prints where a value is absent. */
    static final String NO_INFORMATION = "Không có thông tin";

    private CatalogText() {
    }

    /**
     * NFC plus collapsed whitespace, blank as null. Vietnamese text arrives both precomposed and
     * decomposed (macOS, some portals); without NFC the same name would hash differently and look
     * like a new version of the procedure.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** Like {@link #clean} but also treats the portal's "no information" placeholder as absent. */
    static String value(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.equalsIgnoreCase(NO_INFORMATION) ? null : cleaned;
    }

    /**
     * A procedure's name as files spell it, without the stray punctuation some portal records start with
     * (". Đăng ký thuế đối với…"): the name is what people search and sort by.
     */
    static String name(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : clean(LEADING_PUNCTUATION.matcher(cleaned).replaceFirst(""));
    }

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:·•\\-–—]+");

    static boolean isBlank(String text) {
        return clean(text) == null;
    }

    /** Lower-case NFC key used to compare headers and enumerated cell values. */
    static String key(String text) {
        String cleaned = clean(text);
        return cleaned == null ? "" : cleaned.toLowerCase(java.util.Locale.ROOT);
    }

    static boolean hasReplacementCharacter(String text) {
        return text != null && text.indexOf('\uFFFD') >= 0;
    }
}
