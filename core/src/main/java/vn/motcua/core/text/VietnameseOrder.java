package vn.motcua.core.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order for names sorted in memory: a ă â b c d đ e ê … with the tones after the letter
 * (ngang, huyền, hỏi, ngã, sắc, nặng, as dictionaries and ICU order them), so "Bản Nguyên" comes before "Bình Xuyên" and "Đào Xá" after "Dân Chủ".
 * The database sorts the same names with the ICU collation {@code vi} (migration 012) on their columns; this is
 * the one comparator for lists sorted in Java (the JDK's collation rules for {@code vi-VN}).
 */
public final class VietnameseOrder {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Names in Vietnamese order; null last. Thread-safe (each comparison uses its own collator copy). */
    public static final Comparator<String> NAMES = Comparator.nullsLast((a, b) -> collator().compare(a, b));

    private static final Collator PROTOTYPE = createCollator();

    private VietnameseOrder() {
    }

    /** Things in the Vietnamese order of their names. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    private static Collator collator() {
        return (Collator) PROTOTYPE.clone();
    }

    private static Collator createCollator() {
        Collator c = Collator.getInstance(VIETNAMESE);
        c.setStrength(Collator.TERTIARY);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return c;
    }
}
