package vn.motcua.core.catalog;

import java.util.Objects;

/**
 * @param maxBytes   files above this are refused before parsing (default 50 MB: the whole national catalog,
 *                   2,642 procedures with their step texts, is ~21 MB; a province's sheet is far smaller)
 * @param maxErrors  the report stops collecting after this many, so a wrong file does not produce a
 *                   million-line report
 * @param progress   progress callback
 */
public record ImportOptions(long maxBytes, int maxErrors, ImportProgressListener progress) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_ERRORS = 1000;

    public ImportOptions {
        if (maxBytes <= 0 || maxErrors <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        progress = Objects.requireNonNullElse(progress, ImportProgressListener.NONE);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_ERRORS, ImportProgressListener.NONE);
    }

    public ImportOptions withMaxBytes(long bytes) {
        return new ImportOptions(bytes, maxErrors, progress);
    }

    public ImportOptions withProgress(ImportProgressListener listener) {
        return new ImportOptions(maxBytes, maxErrors, listener);
    }
}
