package vn.motcua.ui.views;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words of the pages live in {@code i18n/ui_vi.properties}, not in code: every key a page asks for is there, every
 * key there is asked for, and no view spells Vietnamese in a string literal.
 */
class TextsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path VIEWS = SOURCES.resolve("vn/motcua/ui/views");
    private static final String BUNDLE = "/i18n/ui_vi.properties";
    /** {@code Texts.t("key"} — a {@code +} right after the literal makes it a prefix completed at run time. */
    private static final Pattern KEY_USE = Pattern.compile("Texts\\.t\\(\\s*\"([^\"]*)\"\\s*(\\+)?");
    /** Vietnamese letters: Latin-1 and Latin Extended letters (ă â đ ê ô ơ ư, tones), combining marks, Latin Extended Additional. */
    private static final Pattern VIETNAMESE = Pattern.compile("[\\u00C0-\\u024F\\u0300-\\u036F\\u1EA0-\\u1EF9]");
    /**
     * View files (relative to the views package) allowed to keep a Vietnamese literal, with the reason. Empty: domain
     * labels (statuses, roles, channels, audit codes' owners) come from core enums, demo data lives outside the views.
     */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void everyKeyThePagesAskForIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Use use : uses()) {
            boolean found = use.prefix()
                    ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(use.key()))
                    : bundle.containsKey(use.key());
            if (!found) {
                missing.add(use.file() + ": " + use.key() + (use.prefix() ? "*" : ""));
            }
        }
        assertEquals(List.of(), missing, "add these keys to " + BUNDLE);
    }

    @Test
    void everyKeyInTheBundleIsUsedByAPage() throws IOException {
        List<Use> uses = uses();
        assertTrue(uses.size() > 300, "the scan found the uses (" + uses.size() + ")");
        Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
        unused.removeIf(key -> uses.stream().anyMatch(u -> u.prefix() ? key.startsWith(u.key()) : key.equals(u.key())));
        assertEquals(Set.of(), unused, "remove these keys from " + BUNDLE + " or use them");
    }

    @Test
    void theBundleNamesEachKeyOnce() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : bundleLines()) {
            String key = line.split("=", 2)[0].strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void noViewSpellsVietnameseInAStringLiteral() throws IOException {
        List<String> offences = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(VIEWS)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String relative = VIEWS.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.containsKey(relative)) {
                    continue;
                }
                for (String literal : literals(Files.readString(file))) {
                    if (VIETNAMESE.matcher(literal).find()) {
                        offences.add(relative + ": " + literal);
                    }
                }
            }
        }
        assertTrue(files > 40, "the scan found the views (" + files + " files under " + VIEWS.toAbsolutePath() + ")");
        assertEquals(List.of(), offences, "move these texts to " + BUNDLE + " and read them with Texts.t");
    }

    @Test
    void theLiteralScanSeesStringsAndSkipsCommentsAndCharacters() {
        String source = """
                /** Tiếp nhận hồ sơ */
                // Hủy
                char c = '"';
                String a = "Hồ sơ \\"mới\\"", b = "ok";
                """;
        assertEquals(List.of("Hồ sơ \\\"mới\\\"", "ok"), literals(source));
        assertTrue(VIETNAMESE.matcher("Hủy").find());
        assertTrue(VIETNAMESE.matcher("Đóng").find());
        assertTrue(VIETNAMESE.matcher("e\u0301").find(), "a combining accent counts");
        assertTrue(!VIETNAMESE.matcher("MotCua — 1 / 2 → …").find(), "punctuation is not Vietnamese");
    }

    @Test
    void everyTextWithPlaceholdersIsAValidPatternWithDoubledApostrophes() throws IOException {
        Properties bundle = bundle();
        List<String> bad = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String value = bundle.getProperty(key);
            if (!value.contains("{")) {
                continue;
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                bad.add(key + ": " + e.getMessage());
            }
            if (value.replace("''", "").contains("'")) {
                bad.add(key + ": write an apostrophe as ''");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void aTextWithArgumentsShowsThemAsWrittenWithoutGroupingDigits() {
        assertEquals("Tổng số: 1490 trung tâm", Texts.t("centers.total", 1490));
        assertEquals("Xin chào, Nguyễn Văn An", Texts.t("home.greeting", "Nguyễn Văn An"));
        assertEquals("Chuyển sang bước 2: Thẩm định", Texts.t("dossier.actions.handOver.title", 2, "Thẩm định"));
    }

    @Test
    void aTextWithoutArgumentsIsShownExactlyAsWritten() {
        assertEquals("HH:mm 'ngày' dd/MM/yyyy", Texts.t("intake.dateTimePattern"));
        assertEquals("Không tìm thấy", Texts.t("notFound.heading"));
    }

    @Test
    void anUnknownKeyShowsAsItselfRatherThanFailingThePage() {
        assertEquals("no.such.key", Texts.t("no.such.key"));
    }

    private record Use(String file, String key, boolean prefix) {
    }

    private static List<Use> uses() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    uses.add(new Use(SOURCES.relativize(file).toString(), m.group(1), m.group(2) != null));
                }
            }
        }
        return uses;
    }

    private static Properties bundle() throws IOException {
        try (InputStream in = TextsTest.class.getResourceAsStream(BUNDLE)) {
            assertNotNull(in, BUNDLE + " is on the classpath");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<String> bundleLines() throws IOException {
        try (InputStream in = TextsTest.class.getResourceAsStream(BUNDLE)) {
            assertNotNull(in, BUNDLE + " is on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("!")).toList();
        }
    }

    /** The contents of the string literals (and text blocks) of a Java source, comments and char literals skipped. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int j = src.indexOf('\n', i);
                i = j < 0 ? n : j;
            } else if (src.startsWith("/*", i)) {
                int j = src.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int j = src.indexOf("\"\"\"", i + 3);
                out.add(src.substring(i + 3, j));
                i = j + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(src.substring(i + 1, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
