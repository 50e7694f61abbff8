package vn.motcua.core.catalog;

import java.util.Locale;

/** Every import error text, Vietnamese for staff and English for logs, in one place. */
final class ImportMessages {

    private ImportMessages() {
    }

    static ImportError fileTooLarge(long size, long max) {
        return new ImportError(0, null,
                "Tệp quá lớn: " + megabytes(size) + " MB (tối đa " + megabytes(max) + " MB)",
                "File too large: " + megabytes(size) + " MB (limit " + megabytes(max) + " MB)");
    }

    static ImportError notUtf8(long line) {
        return new ImportError(line, null,
                "Tệp không phải UTF-8 (hãy lưu lại tệp với mã hóa UTF-8)",
                "File is not UTF-8 (save it again with UTF-8 encoding)");
    }

    static ImportError unreadable(String detail) {
        return new ImportError(0, null, "Không đọc được tệp: " + detail, "Cannot read file: " + detail);
    }

    static ImportError empty() {
        return new ImportError(0, null, "Tệp không có thủ tục nào", "File contains no procedure");
    }

    static ImportError invalidJson(long line, String detail) {
        return new ImportError(line, null, "JSON không hợp lệ (" + detail + ")", "Invalid JSON (" + detail + ")");
    }

    static ImportError notXlsx(String detail) {
        return new ImportError(0, null, "Tệp không phải Excel .xlsx hợp lệ (" + detail + ")",
                "Not a valid .xlsx workbook (" + detail + ")");
    }

    static ImportError expandsTooMuch(long max) {
        return new ImportError(0, null,
                "Tệp .xlsx bị từ chối: nội dung giải nén vượt quá " + megabytes(max) + " MB (nghi là tệp nén độc hại \"zip bomb\")",
                "Workbook refused: it expands to more than " + megabytes(max) + " MB (suspected zip bomb)");
    }

    static ImportError compressedTooMuch(String part, long ratio) {
        String shown = part.length() > 60 ? part.substring(0, 60) + "…" : part;
        return new ImportError(0, null,
                "Tệp .xlsx bị từ chối: phần " + shown + " có tỷ lệ nén hơn " + ratio
                        + " lần, bất thường với bảng tính (nghi là tệp nén độc hại \"zip bomb\")",
                "Workbook refused: part " + shown + " is compressed more than " + ratio + " times (suspected zip bomb)");
    }

    static ImportError malformedCsv(long line, String detail) {
        return new ImportError(line, null, "CSV hỏng (" + detail + ")", "Malformed CSV (" + detail + ")");
    }

    static ImportError missingColumn(String column) {
        return new ImportError(1, column, "Thiếu cột bắt buộc: " + column, "Missing required column: " + column);
    }

    static ImportError duplicateColumn(String column) {
        return new ImportError(1, column, "Cột " + column + " xuất hiện hai lần", "Column " + column + " appears twice");
    }

    static ImportError missingValue(long line, String column) {
        return new ImportError(line, column, column + " trống", column + " is empty");
    }

    static ImportError invalidCode(long line, String column, String code) {
        return new ImportError(line, column,
                "mã TTHC không hợp lệ: " + code + " (dạng 1.001234 hoặc 1.001234.000.00.00.H56)",
                "invalid procedure code: " + code + " (expected 1.001234 or 1.001234.000.00.00.H56)");
    }

    static ImportError duplicateCode(long line, String column, String code, long firstLine) {
        return new ImportError(line, column,
                "mã TTHC " + code + " trùng với dòng " + firstLine,
                "procedure code " + code + " duplicates line " + firstLine);
    }

    static ImportError deadlineOutOfRange(long line, String column, LegalDeadline deadline) {
        return new ImportError(line, column,
                "thời hạn giải quyết " + deadline.value() + " " + deadline.unit().label() + " không hợp lệ (phải từ 0 đến " + LegalDeadline.MAX_DAYS + " ngày)",
                "legal deadline " + deadline.value() + " " + deadline.unit() + " out of range (0 to "
                        + LegalDeadline.MAX_DAYS + " days)");
    }

    static ImportError deadlineNotUnderstood(long line, String column, String value, String unit) {
        String shown = unit == null ? value : value + " " + unit;
        return new ImportError(line, column,
                "không hiểu thời hạn giải quyết: \"" + shown + "\" (ví dụ: 5 + Ngày làm việc, hoặc \"Trong ngày\")",
                "legal deadline not understood: \"" + shown + "\"");
    }

    static ImportError invalidValue(long line, String column, String value, String expected) {
        return new ImportError(line, column,
                column + " không hợp lệ: \"" + value + "\" (chấp nhận: " + expected + ")",
                column + " has an invalid value: \"" + value + "\"");
    }

    static ImportError replacementCharacter(long line) {
        return new ImportError(line, null,
                "Tệp không phải UTF-8: có ký tự lỗi \uFFFD (tệp đã bị chuyển mã sai trước đó)",
                "File is not UTF-8: contains replacement characters (it was mis-converted before)");
    }

    static ImportError tooManyErrors(int max) {
        return new ImportError(0, null,
                "Đã dừng kiểm tra sau " + max + " lỗi; hãy sửa các lỗi trên rồi nhập lại",
                "Stopped after " + max + " errors");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
