package vn.motcua.tenants.legacy;

import vn.motcua.core.validation.Problem;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An import archive on disk, read entry by entry (the zip's central directory, then one entry's bytes at a time:
 * the archive is never held in memory). Guards, as {@code XlsxExpansionCheck} does for a workbook: the sizes a zip
 * declares are not trusted, bytes are counted as they inflate; an entry that inflates beyond {@link #MAX_FILE_BYTES}
 * (the manifest beyond {@link #MAX_MANIFEST_BYTES}), more than {@link #MAX_RATIO} times its compressed size above
 * {@link #RATIO_GRACE_BYTES}, or all reads together beyond {@link #MAX_TOTAL_BYTES} is refused, naming the entry. An
 * entry whose name could climb out of a folder (absolute, {@code ..}, a backslash, a drive letter, a control
 * character) refuses the archive: nothing is ever written to disk from it, but such a name is a forged archive.
 */
final class LegacyArchive implements Closeable {
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_MANIFEST_BYTES = 50L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 100L * 1024;

    /** An entry that cannot be read safely; nothing of it is used. */
    static final class Refused extends Exception {
        final Problem problem;

        Refused(Problem problem) {
            super(problem.detail());
            this.problem = problem;
        }
    }

    /** A file of the archive, read: its bytes (only when asked), size, SHA-256 and the media type its content shows. */
    record Content(byte[] bytes, long size, String sha256, Optional<String> mediaType) {
    }

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private long inflatedTotal;

    private LegacyArchive(ZipFile zip) {
        this.zip = zip;
    }

    /** Opens the archive and checks every entry's name; refused when it is no zip or a name is unsafe. */
    static LegacyArchive open(Path file) throws Refused {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new Refused(new Problem("archive", "Tệp tải lên không phải tệp zip hợp lệ hoặc đã bị hỏng",
                    "not a readable zip: " + e.getMessage()));
        } catch (IOException e) {
            throw new Refused(new Problem("archive", "Không đọc được tệp tải lên", "cannot read the archive: " + e.getMessage()));
        }
        LegacyArchive archive = new LegacyArchive(zip);
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                String name = e.getName();
                if (!safe(name)) {
                    throw new Refused(new Problem("archive", "Tệp zip có mục «" + printable(name)
                            + "» với đường dẫn không an toàn (tuyệt đối, có «..», «\\» hoặc ký tự điều khiển); tệp bị từ chối",
                            "unsafe entry name: " + printable(name)));
                }
                if (!e.isDirectory() && archive.entries.put(name, e) != null) {
                    throw new Refused(new Problem("archive", "Tệp zip có hai mục cùng tên «" + name + "»; tệp bị từ chối",
                            "duplicate entry " + name));
                }
            }
        } catch (Refused | RuntimeException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The manifest's bytes, or refused when it is missing or inflates too much. */
    byte[] manifest() throws Refused {
        if (!has(LegacyManifest.FILE)) {
            throw new Refused(new Problem("archive", "Tệp zip không có «" + LegacyManifest.FILE
                    + "» ở thư mục gốc (danh sách hồ sơ, xem định dạng)", "no " + LegacyManifest.FILE + " at the root"));
        }
        return read(LegacyManifest.FILE, MAX_MANIFEST_BYTES, true).bytes();
    }

    /** Reads a file of the archive, inflating it once; {@code keep} whether its bytes are returned or only hashed. */
    Content read(String name, boolean keep) throws Refused {
        return read(name, MAX_FILE_BYTES, keep);
    }

    private Content read(String name, long max, boolean keep) throws Refused {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new Refused(new Problem("archive", "Không có tệp «" + name + "» trong tệp zip", "no entry " + name));
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        MessageDigest sha = sha256();
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        byte[] head = new byte[8];
        int headLength = 0;
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                inflated += n;
                inflatedTotal += n;
                if (inflated > max) {
                    throw new Refused(new Problem("archive", "Tệp «" + name + "» lớn hơn " + (max / 1024 / 1024)
                            + " MB khi giải nén; tệp zip bị từ chối", "entry " + name + " inflates beyond " + max + " bytes"));
                }
                if (inflated > RATIO_GRACE_BYTES && inflated / compressed > MAX_RATIO) {
                    throw new Refused(new Problem("archive", "Tệp «" + name + "» nén hơn " + MAX_RATIO
                            + " lần (dấu hiệu tệp zip độc hại); tệp zip bị từ chối",
                            "entry " + name + " is compressed more than " + MAX_RATIO + " times"));
                }
                if (inflatedTotal > MAX_TOTAL_BYTES) {
                    throw new Refused(new Problem("archive", "Tệp zip giải nén ra hơn " + (MAX_TOTAL_BYTES >> 30)
                            + " GB; hãy chia thành nhiều tệp", "archive inflates beyond " + MAX_TOTAL_BYTES + " bytes"));
                }
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                sha.update(buffer, 0, n);
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
        } catch (ZipException e) {
            throw new Refused(new Problem("archive", "Tệp «" + name + "» trong tệp zip bị hỏng, không giải nén được",
                    "entry " + name + " is corrupt: " + e.getMessage()));
        } catch (IOException e) {
            throw new Refused(new Problem("archive", "Không đọc được tệp «" + name + "» trong tệp zip",
                    "entry " + name + " unreadable: " + e.getMessage()));
        }
        return new Content(kept == null ? null : kept.toByteArray(), inflated, HexFormat.of().formatHex(sha.digest()),
                mediaType(head, headLength));
    }

    /** PDF, JPEG or PNG by the first bytes, as intake accepts scans. */
    static Optional<String> mediaType(byte[] head, int length) {
        if (length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return Optional.of("application/pdf");
        }
        if (length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String name) {
        StringBuilder s = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> s.append(c < 0x20 || c == 0x7f ? '?' : Character.toString(c)));
        return s.toString();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
