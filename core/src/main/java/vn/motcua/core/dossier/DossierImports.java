package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.workflow.WorkflowStep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rows of an imported dossier: the dossier with its original code and a fresh {@link LookupSecret}, its papers,
 * the previous system's control-sheet lines followed by one line recording the import, and the
 * {@code dossier_import} row that makes importing the same archive again a no-op. Runs inside the caller's
 * transaction (the import writes a whole archive in one, on the provincial path), never opens one.
 *
 * <p>The life cycle is stored as a state the processing restores ({@code state_json}): an open dossier stands at
 * the first step of the center's current workflow with the status it had (a waiting one paused since it began
 * waiting) and the previous system's due date; {@code deadline_unit} stays empty, so the due date is the imported
 * one and is not recomputed from the catalog (a pause after the import does not move it by itself; the clerk records
 * an apology with a new date when needed). A resolved or returned dossier stands at the last step.
 */
@Singleton
public class DossierImports {
    private final DossierRepository dossiers;
    private final DossierDocumentRepository documents;
    private final DossierEventRepository events;
    private final ApplicantJson applicants;
    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public DossierImports(DossierRepository dossiers, DossierDocumentRepository documents, DossierEventRepository events,
                          ApplicantJson applicants, JdbcOperations jdbc, ObjectMapper json) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.events = events;
        this.applicants = applicants;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A dossier of the center with this code, and the fingerprint it was imported with (null if it was not imported). */
    public record Existing(Dossier dossier, String entrySha256) {
        public boolean imported() {
            return entrySha256 != null;
        }
    }

    /** The dossier of {@code tenantId} bearing {@code code}, if any; inside the caller's transaction. */
    public Optional<Existing> find(long tenantId, String code) {
        return dossiers.findByTenantIdAndCode(tenantId, code).map(d -> new Existing(d, jdbc.prepareStatement(
                "SELECT entry_sha256 FROM dossier_import WHERE tenant_id = ? AND dossier_id = ?", ps -> {
                    ps.setLong(1, tenantId);
                    ps.setLong(2, d.id());
                    try (var rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                })));
    }

    /** How many dossiers of the center came from an import. */
    public long countImported(long tenantId) {
        return jdbc.prepareStatement("SELECT count(*) FROM dossier_import WHERE tenant_id = ?", ps -> {
            ps.setLong(1, tenantId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * The line of the old system's control sheet by which a withdrawn dossier was withdrawn (the last one entering
     * {@link DossierStatus#WITHDRAWN}), or null: the dossier is not withdrawn, or its sheet does not say when.
     */
    public static ImportedDossier.Line withdrawal(DossierStatus status, List<ImportedDossier.Line> lines) {
        if (status != DossierStatus.WITHDRAWN) {
            return null;
        }
        ImportedDossier.Line found = null;
        for (ImportedDossier.Line line : lines) {
            if (line.toStatus() == DossierStatus.WITHDRAWN && line.fromStatus() != DossierStatus.WITHDRAWN) {
                found = line;
            }
        }
        return found;
    }

    /** Writes the dossier and everything of it, inside the caller's transaction. */
    public Dossier insert(ImportedDossier d) {
        DossierCode code = DossierCode.parse(d.code());
        List<WorkflowStep> steps = d.workflow().steps();
        int last = steps.size() - 1;
        DossierStatus status = d.status();
        Integer step = switch (status) {
            case RECEIVED, IN_PROGRESS, WAITING_SUPPLEMENT, WAITING_FINANCIAL_OBLIGATION -> 0;
            case RESOLVED, RETURNED -> last;
            default -> null;
        };
        int entries = d.lines().size() + 1;
        Instant importedAt = d.provenance().importedAt();
        DossierLifecycle.State state = new DossierLifecycle.State(status, step, Duration.ZERO, d.receivedAt(), d.dueAt(),
                status.isPaused() ? d.pausedSince() : null, List.of(), null, 0, false, d.resolvedAt(), d.returnedAt(),
                status == DossierStatus.STOPPED ? d.endedAt() : null, null, null, entries, importedAt);
        Applicant a = d.applicant();
        String applicantName = a instanceof Applicant.Individual i ? i.fullName() : ((Applicant.Organisation) a).name();
        String applicantId = a instanceof Applicant.Individual i ? blank(i.citizenId()) : blank(((Applicant.Organisation) a).taxCode());
        String phone = a instanceof Applicant.Individual i ? blank(i.phone()) : blank(((Applicant.Organisation) a).phone());
        Dossier saved = dossiers.save(new Dossier(null, d.tenantId(), code.format(), d.procedureCode(), d.procedureVersion(),
                d.procedureName(), d.workflow().version(), write(steps), d.channel(), applicantName, applicantId, phone,
                applicants.write(a), status, step, d.receivedAt(), d.dueAt(), null, d.provinceCode(), null, null,
                write(StoredLifecycle.of(state)), null, step == null || status.isFinal() ? null : steps.get(step).role(),
                null, d.endedAt(), false, null, null, null, LookupSecret.generate()));
        for (ImportedDossier.Document doc : d.documents()) {
            documents.save(new DossierDocument(null, d.tenantId(), saved.id(), doc.name(), doc.fileName(), doc.stored().key(),
                    doc.stored().size(), doc.stored().sha256(), doc.stored().contentType(), DossierDocument.Kind.INPUT, null,
                    null));
        }
        int number = 0;
        ImportedDossier.Line withdrawal = withdrawal(d.status(), d.lines());
        for (ImportedDossier.Line line : d.lines()) {
            number++;
            String note = "«" + line.action() + "»" + (line.note() == null || line.note().isBlank() ? "" : ": " + line.note());
            // the withdrawal is one, as a withdrawal on MotCua is: the indicators count it on its day
            ControlSheetEntry.Action action = line == withdrawal ? ControlSheetEntry.Action.WITHDRAW : ControlSheetEntry.Action.LEGACY;
            events.save(new DossierEvent(null, d.tenantId(), saved.id(), number, action.name(),
                    line.fromStatus() == null ? null : line.fromStatus().name(), line.toStatus().name(), null, null,
                    cut(line.actor(), 64), line.at(), null, null, note));
        }
        events.save(new DossierEvent(null, d.tenantId(), saved.id(), number + 1, ControlSheetEntry.Action.IMPORTED.name(),
                status.name(), status.name(), null, step, cut(d.provenance().importedBy(), 64), importedAt, null, null,
                d.provenance().note()));
        jdbc.prepareStatement("""
                INSERT INTO dossier_import (tenant_id, dossier_id, archive_sha256, entry_sha256, source_status, imported_by, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setLong(1, d.tenantId());
            ps.setLong(2, saved.id());
            ps.setString(3, d.provenance().archiveSha256());
            ps.setString(4, d.provenance().entrySha256());
            ps.setString(5, cut(d.provenance().sourceStatus(), 100));
            ps.setString(6, cut(d.provenance().importedBy(), 64));
            ps.setObject(7, java.sql.Timestamp.from(importedAt));
            return ps.executeUpdate();
        });
        keepDailyNumberingAbove(d.tenantId(), code);
        return saved;
    }

    /**
     * A code in the center's own numbering (its agency code's or its provisional prefix) must not be issued again by
     * intake: the center's counter of that day moves past it. Done for every imported code, since the counter is per
     * center and day whatever the prefix: for an old commune's prefix it costs at most a few skipped numbers.
     */
    private void keepDailyNumberingAbove(long tenantId, DossierCode code) {
        LocalDate day = code.receivedOn();
        jdbc.prepareStatement("""
                INSERT INTO dossier_day_sequence (tenant_id, day, last_value) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id, day) DO UPDATE SET last_value = GREATEST(dossier_day_sequence.last_value, EXCLUDED.last_value)""",
                ps -> {
                    ps.setLong(1, tenantId);
                    ps.setObject(2, day);
                    ps.setInt(3, code.sequence());
                    return ps.executeUpdate();
                });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
