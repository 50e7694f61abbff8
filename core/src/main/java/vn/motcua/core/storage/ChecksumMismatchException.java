package vn.motcua.core.storage;

public class ChecksumMismatchException extends RuntimeException {
    public ChecksumMismatchException(String key, String expected, String actual) {
        super("Tài liệu " + key + " đã bị thay đổi hoặc hỏng (SHA-256 " + actual + " khác " + expected
                + ") / document was changed or corrupted");
    }
}
