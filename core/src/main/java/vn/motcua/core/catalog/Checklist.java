package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A procedure's checklist as the counter uses it: each catalog line classified as required, conditional,
 * alternative (one of a group) or a note, and the rule that says when a dossier is complete.
 *
 * <p>Classification of one line, in this order (the portal's wording, checked on the 588 commune-level
 * procedures):
 * <ol>
 * <li>a note: "0 bản chính" with no copies, a heading ending in ":" or starting "Lưu ý"/"Ghi chú";</li>
 * <li>conditional: starts with "Trường hợp", "Nếu", "Đối với", "Khi", or says "trong trường hợp",
 *     "(nếu", "nếu có", ", nếu người";</li>
 * <li>alternative: "hoặc", "A/B" between names, or "; trường hợp không có A thì …";</li>
 * <li>otherwise required.</li>
 * </ol>
 * A line starting with "hoặc" belongs to the group of the line before it. A kind stated by provincial IT
 * ({@link RequiredDocument#declaredKind()}) replaces the wording's; consecutive lines declared one-of are one group.
 */
public final class Checklist {

    /** One line and its group: lines of one alternative group share the index of its first line. */
    public record Line(int index, RequiredDocument document, RequiredDocument.Kind kind, int group) {

        public String name() {
            return document.name();
        }
    }

    private static final Pattern BULLET = Pattern.compile("^[-+*•–\\s]+");
    private static final Pattern CONDITION_START = Pattern.compile("^(trường hợp|nếu|đối với|khi)\\b");
    private static final Pattern CONDITION = Pattern.compile(
            "trong trường hợp|\\(\\s*nếu|\\(\\s*trường hợp|\\(\\s*đối với|nếu có|,\\s*nếu người");
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "\\bhoặc\\b|\\p{L}\\s*/\\s*\\p{Lu}|trường hợp không có");

    private Checklist() {
    }

    static RequiredDocument.Kind kindOf(RequiredDocument d) {
        if (d.declaredKind() != null) {
            return d.declaredKind();
        }
        String text = d.name() == null ? "" : BULLET.matcher(d.name()).replaceFirst("");
        String lower = text.toLowerCase(Locale.ROOT);
        boolean noCount = d.originalCount() == null && d.copyCount() == null;
        boolean zero = (d.originalCount() == null || d.originalCount() == 0) && (d.copyCount() == null || d.copyCount() == 0);
        if (lower.isEmpty() || zero && !noCount || lower.endsWith(":") || lower.startsWith("lưu ý") || lower.startsWith("ghi chú")) {
            return RequiredDocument.Kind.NOTE;
        }
        if (CONDITION_START.matcher(lower).find() || CONDITION.matcher(lower).find()) {
            return RequiredDocument.Kind.CONDITIONAL;
        }
        if (ALTERNATIVE.matcher(text).find() || ALTERNATIVE.matcher(lower).find()) {
            return RequiredDocument.Kind.ALTERNATIVE;
        }
        return RequiredDocument.Kind.REQUIRED;
    }

    /** The lines classified and grouped, in catalog order. */
    public static List<Line> of(List<RequiredDocument> documents) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument d = documents.get(i);
            RequiredDocument.Kind kind = d.kind();
            String lower = d.name() == null ? "" : BULLET.matcher(d.name()).replaceFirst("").toLowerCase(Locale.ROOT);
            if (i > 0 && d.declaredKind() == RequiredDocument.Kind.ALTERNATIVE
                    && documents.get(i - 1).declaredKind() == RequiredDocument.Kind.ALTERNATIVE) {
                // lines declared one-of one after another form one group
                lines.add(new Line(i, d, kind, lines.get(i - 1).group()));
                continue;
            }
            if (i > 0 && d.declaredKind() == null && lower.startsWith("hoặc") && kind != RequiredDocument.Kind.NOTE) {
                Line previous = lines.get(i - 1);
                if (previous.kind() != RequiredDocument.Kind.NOTE) {
                    lines.set(i - 1, new Line(previous.index(), previous.document(), RequiredDocument.Kind.ALTERNATIVE, previous.group()));
                    lines.add(new Line(i, d, RequiredDocument.Kind.ALTERNATIVE, previous.group()));
                    continue;
                }
            }
            lines.add(new Line(i, d, kind, i));
        }
        return lines;
    }

    /**
     * What keeps the dossier from being complete, one entry per unmet requirement: a required line neither
     * scanned nor reused; a conditional line neither answered nor marked not applicable; an alternative group
     * none of whose lines is answered (every line of the group, so the message can name them all).
     *
     * @param answered      names of lines scanned or answered by a reused paper
     * @param notApplicable names of conditional lines the clerk marked not applicable
     */
    public static List<List<Line>> unmet(List<Line> lines, Collection<String> answered, Collection<String> notApplicable) {
        List<List<Line>> unmet = new ArrayList<>();
        for (Line line : lines) {
            switch (line.kind()) {
                case REQUIRED -> {
                    if (!answered.contains(line.name())) {
                        unmet.add(List.of(line));
                    }
                }
                case CONDITIONAL -> {
                    if (!answered.contains(line.name()) && !notApplicable.contains(line.name())) {
                        unmet.add(List.of(line));
                    }
                }
                case ALTERNATIVE -> {
                    if (line.group() == line.index()) {
                        List<Line> group = lines.stream().filter(l -> l.group() == line.group()).toList();
                        if (group.stream().noneMatch(l -> answered.contains(l.name()))) {
                            unmet.add(group);
                        }
                    }
                }
                case NOTE -> { }
            }
        }
        return unmet;
    }
}
