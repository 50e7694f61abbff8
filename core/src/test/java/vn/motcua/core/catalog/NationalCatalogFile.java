package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Locates the real national-portal export shared outside the repository; tests skip when it is absent. */
final class NationalCatalogFile {

    static final String PROPERTY = "motcua.catalog.nationalPortalJsonl";
    private static final String RELATIVE = "shared/data/procedures/national-portal-2642.jsonl";

    private NationalCatalogFile() {
    }

    static Path require() {
        String configured = System.getProperty(PROPERTY);
        Path found = Stream.of(configured == null ? null : Path.of(configured),
                        Path.of("..", "..", RELATIVE), // from the module directory (surefire's working dir)
                        Path.of("..", RELATIVE)) // from the repository root
                .filter(p -> p != null && Files.isRegularFile(p))
                .findFirst()
                .orElse(null);
        assumeTrue(found != null, "national-portal-2642.jsonl not found; set -D" + PROPERTY);
        return found;
    }
}
