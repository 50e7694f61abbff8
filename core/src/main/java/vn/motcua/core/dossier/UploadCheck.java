package vn.motcua.core.dossier;

import vn.motcua.core.validation.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static vn.motcua.core.dossier.DossierProblems.problem;

/**
 * Checks a scan or result file before it is stored: only PDF, JPEG and PNG, recognised by their first bytes
 * (magic numbers), never by the file name; no empty file; not above the size limit; and an explicit refusal
 * of programs (Windows "MZ", Linux "ELF") whatever their name says. Give it at least the first
 * {@value #HEAD_BYTES} bytes of the file and its full size (the caller streams to S3 and keeps the head).
 */
public final class UploadCheck {
    public static final int HEAD_BYTES = 8;
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] MZ = {'M', 'Z'};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F'};

    public enum Kind {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The content type to store and serve the file with, from its content. */
        public String mediaType() {
            return mediaType;
        }
    }

    /** The file's kind when accepted; otherwise the problems (kind empty). */
    public record Verdict(Optional<Kind> kind, List<Problem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final long maxBytes;

    public UploadCheck(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("Size limit must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public static UploadCheck withDefaultLimit() {
        return new UploadCheck(DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Verdict check(String fileName, byte[] content) {
        return check(fileName, content == null ? 0 : content.length, content == null ? new byte[0] : content);
    }

    /** {@code head}: the file's first bytes (at least {@value #HEAD_BYTES} unless the file is shorter). */
    public Verdict check(String fileName, long size, byte[] head) {
        String name = fileName == null || fileName.isBlank() ? "(không tên)" : fileName.strip();
        List<Problem> problems = new ArrayList<>();
        if (size <= 0 || head == null || head.length == 0) {
            problems.add(problem("file", "Tệp «" + name + "» rỗng (0 byte), vui lòng quét hoặc chọn lại tệp",
                    "File '" + name + "' is empty"));
            return new Verdict(Optional.empty(), problems);
        }
        if (size > maxBytes) {
            problems.add(problem("file", "Tệp «" + name + "» có dung lượng " + megabytes(size)
                            + ", vượt quá giới hạn " + megabytes(maxBytes),
                    "File '" + name + "' is " + size + " bytes, over the limit of " + maxBytes));
        }
        if (startsWith(head, MZ) || startsWith(head, ELF)) {
            problems.add(problem("file", "Tệp «" + name + "» là tệp chương trình chạy được, không phải tài liệu; "
                            + "hệ thống chỉ nhận PDF, JPEG hoặc PNG",
                    "File '" + name + "' is an executable (" + (startsWith(head, MZ) ? "MZ" : "ELF") + " header), not a document"));
            return new Verdict(Optional.empty(), problems);
        }
        Optional<Kind> kind = detect(head);
        if (kind.isEmpty()) {
            problems.add(problem("file", "Tệp «" + name + "» không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, "
                    + "không theo tên tệp)", "File '" + name + "' is not PDF, JPEG or PNG by content"));
        }
        return problems.isEmpty() ? new Verdict(kind, List.of()) : new Verdict(Optional.empty(), problems);
    }

    /** The kind the content starts like, whatever the name. */
    public static Optional<Kind> detect(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (startsWith(head, PDF)) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(Kind.PNG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.format(java.util.Locale.ROOT, "%.0f", mb) : String.format(java.util.Locale.ROOT, "%.1f", mb).replace('.', ',')) + " MB";
    }
}
