package vn.motcua.core.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Core's feature packages depend on each other one way only (audit and tenancy used to import each other). */
class PackageCyclesTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?vn\\.motcua\\.core\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bvn\\.motcua\\.core\\.(\\w+)\\.[A-Z]");

    @Test
    void corePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = dependencies(Path.of("src/main/java/vn/motcua/core"));
        assertTrue(uses.size() >= 10, "the scan found core's packages: " + uses.keySet());
        assertEquals(List.of(), cycles(uses), "package cycles in core: " + uses);
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(1, cycles(uses).size());
    }

    static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> packages = Files.list(root)) {
            for (Path pkg : packages.filter(Files::isDirectory).toList()) {
                String name = pkg.getFileName().toString();
                Set<String> targets = new TreeSet<>();
                try (Stream<Path> files = Files.walk(pkg)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String text = Files.readString(file);
                        for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                            Matcher m = p.matcher(text);
                            while (m.find()) {
                                targets.add(m.group(1));
                            }
                        }
                    }
                }
                targets.remove(name);
                uses.put(name, targets);
            }
        }
        return uses;
    }

    /** Each cycle once, as the list of packages on it (depth-first search for back edges). */
    static List<List<String>> cycles(Map<String, Set<String>> uses) {
        List<List<String>> found = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : new TreeSet<>(uses.keySet())) {
            visit(start, uses, new ArrayDeque<>(), new HashSet<>(), done, found);
        }
        return found;
    }

    private static void visit(String node, Map<String, Set<String>> uses, Deque<String> path, Set<String> onPath,
                              Set<String> done, List<List<String>> found) {
        if (done.contains(node)) {
            return;
        }
        path.addLast(node);
        onPath.add(node);
        for (String next : uses.getOrDefault(node, Set.of())) {
            if (onPath.contains(next)) {
                List<String> cycle = new ArrayList<>(path);
                found.add(cycle.subList(cycle.indexOf(next), cycle.size()));
            } else {
                visit(next, uses, path, onPath, done, found);
            }
        }
        onPath.remove(node);
        path.removeLast();
        done.add(node);
    }
}
