package vn.motcua.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Zip-bomb guard for an .xlsx (a zip of XML parts) before the reader expands it: every entry is inflated once, the
 * bytes counted as they come (the sizes a zip declares are not trusted), and the workbook is refused when all parts
 * together inflate to more than {@link #MAX_EXPANDED_BYTES} or one part above {@link #RATIO_GRACE_BYTES} inflates
 * more than {@link #MAX_RATIO} times its compressed size. The limits on the uploaded size only count compressed bytes.
 */
final class XlsxExpansionCheck {
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    /** Small parts (styles, an empty sheet) compress very well and are harmless, as in Apache POI's check. */
    static final long RATIO_GRACE_BYTES = 100L * 1024;

    private XlsxExpansionCheck() {
    }

    /** The import error when the workbook expands too much; empty when it may be read. */
    static Optional<ImportError> check(byte[] workbook) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    if (in == null) {
                        continue;
                    }
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > MAX_EXPANDED_BYTES) {
                            return Optional.of(ImportMessages.expandsTooMuch(MAX_EXPANDED_BYTES));
                        }
                        if (inflated > RATIO_GRACE_BYTES && inflated / compressed > MAX_RATIO) {
                            return Optional.of(ImportMessages.compressedTooMuch(entry.getName(), MAX_RATIO));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
