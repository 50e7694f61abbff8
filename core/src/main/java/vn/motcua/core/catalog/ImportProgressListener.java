package vn.motcua.core.catalog;

/** Called every few hundred lines during a long import so the UI can show a progress bar. */
@FunctionalInterface
public interface ImportProgressListener {

    ImportProgressListener NONE = (lines, bytesRead, totalBytes) -> { };

    /**
     * @param linesProcessed lines or rows read so far
     * @param bytesRead      bytes consumed from the file so far (read-ahead buffering makes it approximate)
     * @param totalBytes     file size, or -1 when the caller does not know it
     */
    void onProgress(long linesProcessed, long bytesRead, long totalBytes);
}
