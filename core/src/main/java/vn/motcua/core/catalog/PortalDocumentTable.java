package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's "thành phần hồ sơ" tables, flattened: a group heading, then
 * "Tên giấy tờMẫu đơn, tờ khaiSố lượng" and per document its name, the form file name glued on, and
 * "1 bản chính,1 bản sao". Text before a table header is a heading ("Bao gồm", "Trường hợp…") and is
 * not a document; a procedure without a table has no parsable documents.
 */
final class PortalDocumentTable {

    private static final String HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+) bản chính(?:\\s*,\\s*(\\d+) bản sao)?|(\\d+) bản sao");
    private static final Pattern GLUED_FORM = Pattern.compile("\\p{Ll}((?:Mẫu|Mau|mẫu|mau)[\\s_-])");
    private static final Pattern FORM_FILE = Pattern.compile("\\.(?:docx?|pdf|xlsx?|odt|rtf)$", Pattern.CASE_INSENSITIVE);

    private PortalDocumentTable() {
    }

    static List<RequiredDocument> parse(String text) {
        List<RequiredDocument> documents = new ArrayList<>();
        if (text == null) {
            return documents;
        }
        String[] tables = text.split(Pattern.quote(HEADER), -1);
        for (int i = 1; i < tables.length; i++) {
            parseTable(tables[i], documents);
        }
        return documents;
    }

    private static void parseTable(String table, List<RequiredDocument> out) {
        Matcher count = COUNT.matcher(table);
        int cellStart = 0;
        while (count.find()) {
            // the count is glued to the cell before it: "…Mẫu 031 bản chính", "…năm 20251 bản chính" mean 1
            int firstCount = count.group(1) != null ? 1 : 3;
            int countStart = count.start() + countDigitsStart(count.group(firstCount));
            String cell = table.substring(cellStart, countStart).strip();
            cellStart = count.end();
            Integer originals = count.group(1) != null ? countOf(count.group(1)) : null;
            Integer copies = count.group(2) != null ? countOf(count.group(2))
                    : count.group(3) != null ? countOf(count.group(3)) : null;
            RequiredDocument doc = document(cell, originals, copies);
            if (doc.name() != null) {
                out.add(doc);
            }
        }
    }

    /**
     * Where the count begins in a run of digits glued to the cell's text: the portal never asks ten or more
     * papers of a kind, so a count is one digit, or two when the first is a zero ("01", "02") and the run is
     * only those two.
     */
    private static int countDigitsStart(String digits) {
        return digits.length() == 2 && digits.charAt(0) == '0' ? 0 : digits.length() - 1;
    }

    private static Integer countOf(String digits) {
        return Integer.valueOf(digits.substring(countDigitsStart(digits)));
    }

    private static RequiredDocument document(String cell, Integer originals, Integer copies) {
        if (!FORM_FILE.matcher(cell).find()) {
            return new RequiredDocument(cell, originals, copies, null);
        }
        int split = formFileStart(cell);
        if (split <= 0) {
            return new RequiredDocument(cell, originals, copies, null);
        }
        return new RequiredDocument(cell.substring(0, split), originals, copies, cell.substring(split));
    }

    /**
     * Where the glued form file name begins. First choice: a "Mẫu"/"Mau" glued to a lower-case letter
     * ("…khoáng sảnMau 35 - Phu luc II_36.2025.TT-BNNMT.docx"). Otherwise just after the last ".", ";"
     * or ")" that ends the document name, i.e. one directly followed by a letter or digit
     * ("…(NA20).Mau NA20-BCA.docx", "…Bộ Công an)Mẫu DC02.doc"); a dot after a digit is part of a
     * number or a file name ("II_36.2025.TT"), and the extension's own dot does not count.
     */
    private static int formFileStart(String cell) {
        Matcher glued = GLUED_FORM.matcher(cell);
        int gluedStart = -1;
        while (glued.find()) {
            gluedStart = glued.start(1);
        }
        if (gluedStart > 0) {
            return gluedStart;
        }
        int stemEnd = cell.lastIndexOf('.');
        for (int i = stemEnd - 1; i > 0; i--) {
            char c = cell.charAt(i);
            if (c != '.' && c != ';' && c != ')') {
                continue;
            }
            boolean followedByWord = Character.isLetterOrDigit(cell.charAt(i + 1));
            boolean afterDigit = c == '.' && Character.isDigit(cell.charAt(i - 1));
            if (followedByWord && !afterDigit) {
                return i + 1;
            }
        }
        return -1;
    }
}
