package vn.motcua.core.catalog;

import java.util.Optional;

/** Mức độ dịch vụ công trực tuyến. UNKNOWN is a legitimate value: the national file does not carry it. */
public enum OnlineLevel {
    FULL("Toàn trình"),
    PARTIAL("Một phần"),
    NONE("Không"),
    UNKNOWN("");

    private final String label;

    OnlineLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Accepts the current wording and the pre-2021 "mức độ 1–4" scale still found in provincial sheets
     * (level 4 was full online, level 3 partial). Empty means unknown; unrecognised text is empty Optional.
     */
    public static Optional<OnlineLevel> parse(String text) {
        String key = CatalogText.key(text);
        if (key.isEmpty()) {
            return Optional.of(UNKNOWN);
        }
        key = key.replaceFirst("^(dvc trực tuyến|dịch vụ công trực tuyến)\\s*", "").replaceFirst("^mức( độ)?\\s*", "");
        return switch (key) {
            case "toàn trình", "4", "full" -> Optional.of(FULL);
            case "một phần", "3", "partial" -> Optional.of(PARTIAL);
            case "không", "1", "2", "none", "cung cấp thông tin" -> Optional.of(NONE);
            default -> Optional.empty();
        };
    }
}
