package vn.motcua.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Java twin of the database's {@code motcua_search_key}: lower case without diacritics, so what a
 * user types ("dao xa", "Đào Xá") matches the stored key either way.
 */
public final class SearchKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** NUL and the other control characters that are not white space: PostgreSQL refuses NUL in text (a 500). */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\s]]");
    /** What separates two indexed words: anything but an unaccented letter or digit (as motcua_dossier_words). */
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(printable(text).replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /** What a person typed without NUL and the other invisible control characters, safe to store or log. */
    public static String printable(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }

    public static String[] words(String query) {
        String key = of(query);
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    /**
     * The words of a query as the database indexes them ({@code motcua_dossier_words}): letters and digits without
     * diacritics, split at anything else, so "000.01.H56-261129-0042" is five words and "Nguyễn Văn An" three.
     */
    public static List<String> indexWords(String query) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(of(query))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * LIKE patterns, one per word, joined by '|' for {@code search_key LIKE ALL (string_to_array(p, '|'))}:
     * every word must appear, in any order. An empty query matches everything.
     */
    public static String likeAll(String query) {
        String[] words = words(query);
        if (words.length == 0) {
            return "%";
        }
        StringBuilder patterns = new StringBuilder();
        for (String word : words) {
            String escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("|", "");
            if (!escaped.isEmpty()) {
                patterns.append(patterns.length() == 0 ? "" : "|").append('%').append(escaped).append('%');
            }
        }
        return patterns.length() == 0 ? "%" : patterns.toString();
    }
}
