package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.storage.StoredObject;
import vn.motcua.core.workflow.WorkflowVersion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A dossier carried in from a province's previous one-stop system, checked and mapped by the import
 * ({@code tenants.legacy.LegacyImportService}), ready for {@link DossierImports#insert}. It keeps its original code;
 * {@code workflow} is the one the center runs for the procedure today, which an open dossier continues in from its
 * first step. {@code pausedSince} is when a dossier waiting for the applicant started waiting.
 */
public record ImportedDossier(long tenantId, String code, String procedureCode, @Nullable Integer procedureVersion,
                              String procedureName, WorkflowVersion workflow, Dossier.Channel channel, Applicant applicant,
                              DossierStatus status, Instant receivedAt, Instant dueAt, @Nullable Instant resolvedAt,
                              @Nullable Instant returnedAt, @Nullable Instant endedAt, @Nullable Instant pausedSince,
                              String provinceCode, List<Line> lines, List<Document> documents, Provenance provenance) {

    public ImportedDossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        lines = List.copyOf(lines);
        documents = List.copyOf(documents);
    }

    /** One line of the previous system's control sheet: its own words for the action, its people's names. */
    public record Line(String action, @Nullable DossierStatus fromStatus, DossierStatus toStatus, String actor, Instant at,
                       @Nullable String note) {
    }

    /** A scanned paper of the archive, already stored. */
    public record Document(String name, String fileName, StoredObject stored) {
    }

    /**
     * Where it came from: the archive's SHA-256, the fingerprint of its manifest entry and files, the status as the
     * previous system named it, who imported it and when (the call's instant).
     */
    public record Provenance(String archiveSha256, String entrySha256, String sourceStatus, String importedBy,
                             Instant importedAt, String note) {
    }
}
