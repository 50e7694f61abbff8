package vn.motcua.core.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A level set as stored in one column: "COMMUNE,PROVINCE" (enum order), "" for none. */
final class Levels {
    private Levels() {
    }

    static String format(Set<Level> levels) {
        return levels.stream().sorted().map(Level::name).collect(Collectors.joining(","));
    }

    static Set<Level> parse(String text) {
        EnumSet<Level> set = EnumSet.noneOf(Level.class);
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    set.add(Level.valueOf(part.trim()));
                }
            }
        }
        return Collections.unmodifiableSet(set);
    }

    static String label(Set<Level> levels) {
        return levels.stream().sorted().map(Level::label).collect(Collectors.joining(", "));
    }
}
