package vn.motcua.core.slip;

import java.util.Objects;

/**
 * One paper of the dossier (thành phần hồ sơ) with how many originals and copies were handed in.
 */
public record DocumentLine(String name, int originals, int copies) {
    public DocumentLine {
        Objects.requireNonNull(name, "name");
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + name);
        }
    }
}
