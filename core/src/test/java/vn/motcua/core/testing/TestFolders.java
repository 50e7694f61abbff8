package vn.motcua.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders of a test run (embedded database, S3 store), removed when the JVM ends so runs leave no gigabytes behind. */
public final class TestFolders {
    private TestFolders() {
    }

    /** A new temporary folder; {@code beforeDelete} runs first at exit (e.g. stopping the server that writes in it). */
    public static Path create(String prefix, AutoCloseable beforeDelete) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (beforeDelete != null) {
                        beforeDelete.close();
                    }
                } catch (Exception ignored) {
                    // the JVM is going away anyway; delete what can be deleted
                }
                delete(folder);
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a folder already gone or half-deleted is fine at exit
        }
    }
}
