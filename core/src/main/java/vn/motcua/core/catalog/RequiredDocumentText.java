package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exchange format's "Thành phần hồ sơ" cell: one document a line,
 * "Tờ khai đăng ký khai sinh [1 bản chính, 1 bản sao] [bắt buộc] [mẫu: TK01.docx]" (the kind only when stated by
 * provincial IT, see {@link RequiredDocument#declaredKind()}). Brackets, because names
 * already use parentheses for "(nếu có)" and form numbers.
 */
final class RequiredDocumentText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // greedy up to the final "]": portal form file names contain brackets ("CAAV [0]2011.pdf")
    private static final Pattern TEMPLATE = Pattern.compile("\\s*\\[\\s*mẫu\\s*:\\s*(.+)\\]\\s*$", FLAGS);
    private static final Pattern COUNTS = Pattern.compile("\\s*\\[([^\\]]*bản[^\\]]*)\\]\\s*$", FLAGS);
    private static final Pattern KIND = Pattern.compile(
            "\\s*\\[\\s*(bắt buộc|tùy trường hợp|một trong các giấy tờ|ghi chú)\\s*\\]\\s*$", FLAGS);
    private static final Pattern ORIGINALS = Pattern.compile("(\\d+)\\s*bản\\s+chính", FLAGS);
    private static final Pattern COPIES = Pattern.compile("(\\d+)\\s*bản\\s+sao", FLAGS);

    private RequiredDocumentText() {
    }

    static List<RequiredDocument> parseList(String text) {
        List<RequiredDocument> documents = new ArrayList<>();
        if (text == null) {
            return documents;
        }
        for (String line : text.split("\\R")) {
            RequiredDocument doc = parseOne(line);
            if (doc != null) {
                documents.add(doc);
            }
        }
        return documents;
    }

    static RequiredDocument parseOne(String line) {
        String rest = CatalogText.value(line);
        if (rest == null) {
            return null;
        }
        String template = null;
        int templateStart = rest.toLowerCase(java.util.Locale.ROOT).lastIndexOf("[mẫu:");
        Matcher t = TEMPLATE.matcher(rest);
        if (templateStart >= 0 ? t.find(templateStart) : t.find()) {
            template = t.group(1);
            rest = rest.substring(0, t.start());
        }
        RequiredDocument.Kind kind = null;
        Matcher k = KIND.matcher(rest);
        if (k.find()) {
            kind = kindOf(k.group(1));
            rest = rest.substring(0, k.start());
        }
        Integer originals = null;
        Integer copies = null;
        Matcher c = COUNTS.matcher(rest);
        if (c.find()) {
            originals = count(ORIGINALS, c.group(1));
            copies = count(COPIES, c.group(1));
            rest = rest.substring(0, c.start());
        }
        return new RequiredDocument(rest, originals, copies, template, kind);
    }

    /** The tag a stated kind is written with: "[bắt buộc]", "[tùy trường hợp]", "[một trong các giấy tờ]", "[ghi chú]". */
    static String tag(RequiredDocument.Kind kind) {
        return switch (kind) {
            case REQUIRED -> "bắt buộc";
            case CONDITIONAL -> "tùy trường hợp";
            case ALTERNATIVE -> "một trong các giấy tờ";
            case NOTE -> "ghi chú";
        };
    }

    private static RequiredDocument.Kind kindOf(String tag) {
        for (RequiredDocument.Kind kind : RequiredDocument.Kind.values()) {
            if (tag(kind).equalsIgnoreCase(tag.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException(tag);
    }

    static String format(RequiredDocument doc) {
        StringBuilder out = new StringBuilder(doc.name() == null ? "" : doc.name());
        List<String> counts = new ArrayList<>();
        if (doc.originalCount() != null) {
            counts.add(doc.originalCount() + " bản chính");
        }
        if (doc.copyCount() != null) {
            counts.add(doc.copyCount() + " bản sao");
        }
        if (!counts.isEmpty()) {
            out.append(" [").append(String.join(", ", counts)).append(']');
        }
        if (doc.declaredKind() != null) {
            out.append(" [").append(tag(doc.declaredKind())).append(']');
        }
        if (doc.formTemplate() != null) {
            out.append(" [mẫu: ").append(doc.formTemplate()).append(']');
        }
        return out.toString();
    }

    private static Integer count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
