package vn.motcua.core.slip;

import java.util.Objects;

/** The checks every slip about one dossier makes on the fields they all carry. */
final class SlipFields {
    private SlipFields() {
    }

    /** Who issues it, which dossier, whose, and for what procedure. */
    static void requireDossier(SlipHeader header, String dossierCode, Applicant applicant, String procedureName) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
    }

    /** A written reason; {@code missing} says what it is for. */
    static void requireReason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(missing);
        }
    }
}
