package vn.motcua.ui.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Business time has one owner ({@code vn.motcua.core.context.BusinessTime}): no other production class reads the
 * system clock or names the time zone, so moving the application clock moves every figure, tab and colour alike.
 */
class BusinessTimeOwnershipTest {
    private static final Pattern SYSTEM_CLOCK = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year|YearMonth)\\.now\\(|"
                    + "System\\.currentTimeMillis\\(|Clock\\.system(UTC|DefaultZone)?\\(|new Date\\(\\)");
    private static final Pattern ZONE_NAME = Pattern.compile("\"Asia/(Ho_Chi_Minh|Saigon)\"|ZoneId\\.systemDefault\\(");
    private static final String OWNER = "core/src/main/java/vn/motcua/core/context/BusinessTime.java";

    @Test
    void onlyTheBusinessTimeBeanReadsTheSystemClockOrNamesTheZone() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> offences = new ArrayList<>();
        int files = 0;
        for (String module : List.of("core", "tenants", "ui")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (relative.equals(OWNER)) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (SYSTEM_CLOCK.matcher(line).find() || ZONE_NAME.matcher(line).find()) {
                            offences.add(relative + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertTrue(files > 200, "the scan found the sources (" + files + " files under " + root + ")");
        assertEquals(List.of(), offences, "read the time from the CallContext or BusinessTime instead");
    }

    @Test
    void theCheckRecognisesWhatItForbids() {
        assertTrue(SYSTEM_CLOCK.matcher("Instant now = Instant.now();").find());
        assertTrue(SYSTEM_CLOCK.matcher("LocalDate.now(zone)").find());
        assertTrue(SYSTEM_CLOCK.matcher("long t = System.currentTimeMillis();").find());
        assertTrue(ZONE_NAME.matcher("ZoneId.of(\"Asia/Ho_Chi_Minh\")").find());
        assertTrue(!SYSTEM_CLOCK.matcher("ctx.now()").find() && !SYSTEM_CLOCK.matcher("time.now()").find());
    }
}
