package vn.motcua.core.catalog;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.province.ProvincialScope;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a catalog file (national portal JSONL, the provinces' CSV or .xlsx) into the central catalog,
 * all or nothing: the whole file is parsed and checked first (a refused file writes nothing to the
 * catalog), then every procedure is applied in one transaction: a new code becomes version 1, an
 * unchanged fingerprint is left alone, a changed one publishes the next version. Re-importing the same
 * file therefore changes no procedure; it is still logged in {@code catalog_import} and the audit log.
 * Role checks are the caller's (provincial IT only).
 */
@Singleton
public class CatalogImportService {
    private static final int PROGRESS_EVERY = 100;

    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final CatalogImportRepository imports;
    private final ProvincialScope province;
    private final AuditLog audit;

    public CatalogImportService(ProcedureRepository procedures, ProcedureVersionRepository versions,
                                CatalogImportRepository imports, ProvincialScope province, AuditLog audit) {
        this.procedures = procedures;
        this.versions = versions;
        this.imports = imports;
        this.province = province;
        this.audit = audit;
    }

    /**
     * @param auditTenant the center whose audit log records the import (the provincial center)
     * @param fileName    decides the format by its extension: .jsonl/.json, .csv, .xlsx
     * @param sizeBytes   the file size, or -1 when unknown
     * @param progress    overall progress as bytesRead/totalBytes: reading fills the first half, writing
     *                    the second (when the size is unknown, only lines are reported)
     */
    public CatalogImportOutcome importFile(CallContext ctx, String fileName, InputStream in,
                                           long sizeBytes, ImportProgressListener progress) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        long start = System.nanoTime();
        ImportProgressListener listener = progress == null ? ImportProgressListener.NONE : progress;
        ImportOptions options = ImportOptions.defaults().withProgress((lines, read, total) ->
                listener.onProgress(lines, total > 0 ? read / 2 : read, total));
        ImportResult result = parse(fileName, in, sizeBytes, options);
        List<ProcedureDraft> drafts = result instanceof ImportResult.Imported imported ? imported.drafts() : List.of();
        ImportReport report = result.isImported() ? sameCodeTwice(drafts) : result.report();
        if (report.hasErrors()) {
            CatalogImportOutcome refused = CatalogImportOutcome.refused(report, millis(start));
            audit.record(auditTenant, actor, AuditAction.CATALOG_IMPORT_REFUSED, "catalog_import", null,
                    fileName + ": " + report.errors().size() + " lỗi");
            return refused;
        }
        // the catalog is shared: written on the provincial path, the tenant role only reads it
        return province.sharedWrite(() -> apply(actor, auditTenant, fileName, sizeBytes, drafts, listener, start));
    }

    private CatalogImportOutcome apply(Actor actor, TenantId auditTenant, String fileName, long sizeBytes,
                                       List<ProcedureDraft> drafts, ImportProgressListener listener, long start) {
        Map<String, Procedure> existing = procedures.findAll().stream()
                .collect(Collectors.toMap(Procedure::nationalCode, Function.identity()));
        int created = 0;
        int newVersions = 0;
        int unchanged = 0;
        String source = source(fileName);
        // batches of new procedures: one round trip per table and chunk instead of two per procedure
        List<ProcedureDraft> fresh = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ProcedureDraft draft = drafts.get(i);
            String fingerprint = draft.fingerprint();
            Procedure current = existing.get(draft.nationalCode());
            if (current == null) {
                fresh.add(draft);
                created++;
            } else if (fingerprint.equals(current.fingerprint())) {
                unchanged++;
            } else {
                int next = current.currentVersion() + 1;
                versions.save(ProcedureVersion.of(current.id(), next, draft, fingerprint, source, actor.username()));
                procedures.update(current.published(draft, fingerprint, next));
                newVersions++;
            }
            if (fresh.size() == PROGRESS_EVERY || i + 1 == drafts.size()) {
                insert(fresh, source, actor);
                fresh.clear();
            }
            if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == drafts.size()) {
                long total = sizeBytes > 0 ? sizeBytes : -1;
                long done = total > 0 ? total / 2 + (total - total / 2) * (i + 1) / drafts.size() : i + 1;
                listener.onProgress(i + 1, done, total);
            }
        }
        long duration = millis(start);
        CatalogImportRecord record = imports.save(new CatalogImportRecord(null, source, Math.max(sizeBytes, 0),
                drafts.size(), created, newVersions, unchanged, duration, actor.username(), null));
        CatalogImportOutcome outcome = new CatalogImportOutcome(true, drafts.size(), created, newVersions, unchanged,
                new ImportReport(List.of()), duration);
        audit.record(auditTenant, actor, AuditAction.CATALOG_IMPORTED, "catalog_import", record.id(),
                source + ": " + outcome.summaryVi());
        return outcome;
    }

    private void insert(List<ProcedureDraft> fresh, String source, Actor actor) {
        if (fresh.isEmpty()) {
            return;
        }
        List<String> fingerprints = fresh.stream().map(ProcedureDraft::fingerprint).toList();
        List<Procedure> saved = new ArrayList<>();
        procedures.saveAll(java.util.stream.IntStream.range(0, fresh.size())
                .mapToObj(i -> Procedure.of(fresh.get(i), fingerprints.get(i))).toList()).forEach(saved::add);
        versions.saveAll(java.util.stream.IntStream.range(0, fresh.size())
                .mapToObj(i -> ProcedureVersion.of(saved.get(i).id(), 1, fresh.get(i), fingerprints.get(i), source,
                        actor.username())).toList());
    }

    private static ImportResult parse(String fileName, InputStream in, long sizeBytes, ImportOptions options) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            return new NationalPortalJsonlParser(options).parse(in, sizeBytes);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CatalogCsvParser(options).parse(in, sizeBytes);
        }
        if (name.endsWith(".xlsx")) {
            return new CatalogXlsxParser(options).parse(in, sizeBytes);
        }
        return new ImportResult.Rejected(new ImportReport(List.of(new ImportError(0, null,
                "Định dạng tệp không được hỗ trợ: " + fileName + " (chấp nhận .jsonl, .csv, .xlsx)",
                "Unsupported file type: " + fileName + " (.jsonl, .csv, .xlsx accepted)"))));
    }

    /** The catalog is keyed by national code: the same code with two province suffixes is one procedure twice. */
    private static ImportReport sameCodeTwice(List<ProcedureDraft> drafts) {
        Map<String, ProcedureDraft> seen = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (ProcedureDraft d : drafts) {
            ProcedureDraft first = seen.putIfAbsent(d.nationalCode(), d);
            if (first != null) {
                errors.add(new ImportError(0, "Mã TTHC", "mã TTHC " + d.nationalCode() + " xuất hiện hai lần ("
                        + first.fullCode() + " và " + d.fullCode() + ")",
                        "procedure code " + d.nationalCode() + " appears twice"));
            }
        }
        return new ImportReport(errors);
    }

    private static String source(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "(không tên)" : fileName.trim();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
