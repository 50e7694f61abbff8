package vn.motcua.core.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Cấp thực hiện. Ministry and other bodies are OTHER: a commune or provincial center does not run them. */
public enum Level {
    COMMUNE("Cấp xã"),
    PROVINCE("Cấp tỉnh"),
    OTHER("Cơ quan khác");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Parses "Cấp bộ, Cấp tỉnh, Cấp xã" and the like. A procedure can be run at several levels, so the
     * result is a set; wards and special zones count as communes since the 2025 reorganisation.
     */
    public static Set<Level> parseAll(String text) {
        EnumSet<Level> levels = EnumSet.noneOf(Level.class);
        if (CatalogText.isBlank(text)) {
            return Collections.unmodifiableSet(levels);
        }
        for (String part : text.split("[,;\\n]")) {
            String key = CatalogText.key(part);
            if (key.isEmpty()) {
                continue;
            }
            levels.add(of(key));
        }
        return Collections.unmodifiableSet(levels);
    }

    private static Level of(String key) {
        String bare = key.startsWith("cấp ") ? key.substring(4) : key;
        return switch (bare) {
            case "xã", "phường", "đặc khu", "xã, phường", "commune" -> COMMUNE;
            case "tỉnh", "province" -> PROVINCE;
            default -> OTHER;
        };
    }
}
