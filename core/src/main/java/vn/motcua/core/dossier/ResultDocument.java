package vn.motcua.core.dossier;

import java.util.Objects;
import java.util.regex.Pattern;

/** The digitized result (output digitization): the stored file's key and its SHA-256. */
public record ResultDocument(String storageKey, String sha256) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public ResultDocument {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sha256, "sha256");
        if (storageKey.isBlank() || !HEX64.matcher(sha256).matches()) {
            throw DossierProblems.refused("resultDocument", "Văn bản kết quả chưa được tải lên đầy đủ",
                    "Result document needs a storage key and a lower-case hex SHA-256");
        }
    }
}
