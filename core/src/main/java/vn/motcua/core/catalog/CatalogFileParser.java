package vn.motcua.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every catalog file format shares: the size limit checked before reading, files or uploads as
 * input, and an unreadable file reported like any other refusal. Subclasses read one format.
 */
public abstract class CatalogFileParser {
    protected final ImportOptions options;

    protected CatalogFileParser(ImportOptions options) {
        this.options = options;
    }

    public final ImportResult parse(Path file) {
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return ImportCollector.rejectFile(ImportMessages.fileTooLarge(size, options.maxBytes()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, size);
            }
        } catch (IOException e) {
            return ImportCollector.rejectFile(ImportMessages.unreadable(e.getMessage()));
        }
    }

    /** @param sizeBytes the upload's size, or -1 if unknown; the limit is enforced while reading anyway */
    public final ImportResult parse(InputStream in, long sizeBytes) {
        if (sizeBytes > options.maxBytes()) {
            return ImportCollector.rejectFile(ImportMessages.fileTooLarge(sizeBytes, options.maxBytes()));
        }
        return read(in, sizeBytes);
    }

    /** Reads a stream already known not to be announced as too large. */
    protected abstract ImportResult read(InputStream in, long sizeBytes);
}
