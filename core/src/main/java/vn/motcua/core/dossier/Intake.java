package vn.motcua.core.dossier;

import java.time.Instant;
import java.util.List;

/** A received dossier, as the receipt needs it. */
public record Intake(Dossier dossier, List<DossierDocument> documents, List<DossierEvent> controlSheet) {
    public String code() {
        return dossier.code();
    }

    public Instant dueAt() {
        return dossier.dueAt();
    }
}
