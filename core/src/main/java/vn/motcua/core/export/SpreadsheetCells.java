package vn.motcua.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Every cell an export writes for a spreadsheet passes through here (CSV/formula injection, OWASP): a value
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read by
 * Excel or LibreOffice as a formula ({@code =HYPERLINK(…)} as an organisation's name becomes a live link),
 * so it gets a leading single quote and is shown as the text it is. Importers that read our own exports
 * back undo it with {@link #restore(String)}.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The value as a spreadsheet will show it as text; {@code null} becomes the empty cell. */
    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return startsLikeFormula(text, 0) ? "'" + text : text;
    }

    public static List<String> neutralise(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(neutralise(value));
        }
        return cells;
    }

    /** The inverse of {@link #neutralise(Object)}: a quote we put before a formula character is taken away. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeFormula(cell, 1)) {
            return cell.substring(1);
        }
        return cell;
    }

    public static List<String> restore(List<String> cells) {
        List<String> restored = new ArrayList<>(cells.size());
        for (String cell : cells) {
            restored.add(restore(cell));
        }
        return restored;
    }

    private static boolean startsLikeFormula(String text, int at) {
        if (text.length() <= at) {
            return false;
        }
        char c = text.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
