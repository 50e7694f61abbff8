package vn.motcua.core.catalog;

/**
 * One problem in an import file.
 *
 * @param line      1-based line (JSONL) or sheet row (CSV/XLSX, header = 1); 0 for the file as a whole
 * @param column    the column or key concerned, null when the whole line or file is
 * @param messageVi shown to provincial staff
 * @param messageEn for logs and support
 */
public record ImportError(long line, String column, String messageVi, String messageEn) {

    /** "Dòng 17: mã TTHC 1.001234 trùng với dòng 5", or just the message for file-level problems. */
    public String displayVi() {
        return line > 0 ? "Dòng " + line + ": " + messageVi : messageVi;
    }

    public String displayEn() {
        return line > 0 ? "Line " + line + ": " + messageEn : messageEn;
    }
}
