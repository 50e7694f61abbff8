package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gathers drafts and errors for one file and decides at the end: all drafts, or the report.
 * Validation shared by every format lives here so JSONL, CSV and XLSX reject the same things.
 */
final class ImportCollector {

    private static final Pattern NATIONAL_CODE = Pattern.compile("\\d\\.\\d{6}");
    private static final int PROGRESS_EVERY_LINES = 250;

    private final ImportOptions options;
    private final long totalBytes;
    private final String codeColumn;
    private final String nameColumn;
    private final String deadlineColumn;
    private final List<ProcedureDraft> drafts = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Long> firstLineByCode = new HashMap<>();
    private boolean truncated;

    ImportCollector(ImportOptions options, long totalBytes, String codeColumn, String nameColumn, String deadlineColumn) {
        this.options = options;
        this.totalBytes = totalBytes;
        this.codeColumn = codeColumn;
        this.nameColumn = nameColumn;
        this.deadlineColumn = deadlineColumn;
    }

    void error(ImportError error) {
        if (errors.size() < options.maxErrors()) {
            errors.add(error);
        } else {
            truncated = true;
        }
    }

    /** True once the report is full: the caller stops reading, more errors would not be shown. */
    boolean full() {
        return truncated || errors.size() >= options.maxErrors();
    }

    /** A mapped line with the errors the mapper already found; adds the shared checks. */
    void accept(long line, ProcedureDraft draft, List<ImportError> lineErrors) {
        lineErrors.forEach(this::error);
        int before = errors.size();
        validate(line, draft);
        if (lineErrors.isEmpty() && errors.size() == before) {
            drafts.add(draft);
        }
    }

    void progress(long lines, long bytesRead) {
        if (lines % PROGRESS_EVERY_LINES == 0) {
            options.progress().onProgress(lines, bytesRead, totalBytes);
        }
    }

    ImportResult finish(long lines, long bytesRead) {
        options.progress().onProgress(lines, bytesRead, totalBytes);
        if (errors.isEmpty() && drafts.isEmpty()) {
            errors.add(ImportMessages.empty());
        }
        if (errors.isEmpty()) {
            return new ImportResult.Imported(drafts);
        }
        List<ImportError> all = new ArrayList<>(errors);
        if (truncated) {
            all.add(ImportMessages.tooManyErrors(options.maxErrors()));
        }
        return new ImportResult.Rejected(new ImportReport(all));
    }

    /** Stops at a fatal file-level problem (size, encoding): nothing else is worth reporting. */
    static ImportResult rejectFile(ImportError error) {
        return new ImportResult.Rejected(new ImportReport(List.of(error)));
    }

    private void validate(long line, ProcedureDraft draft) {
        if (ProcedureFingerprint.canonical(draft).indexOf('\uFFFD') >= 0) {
            error(ImportMessages.replacementCharacter(line));
        }
        String code = draft.nationalCode();
        if (code == null) {
            error(ImportMessages.missingValue(line, codeColumn));
        } else if (!NATIONAL_CODE.matcher(code).matches()) {
            error(ImportMessages.invalidCode(line, codeColumn, draft.fullCode()));
        } else {
            Long first = firstLineByCode.putIfAbsent(draft.fullCode(), line);
            if (first != null) {
                error(ImportMessages.duplicateCode(line, codeColumn, draft.fullCode(), first));
            }
        }
        if (draft.name() == null) {
            error(ImportMessages.missingValue(line, nameColumn));
        }
        if (draft.legalDeadline().isOutOfRange()) {
            error(ImportMessages.deadlineOutOfRange(line, deadlineColumn, draft.legalDeadline()));
        }
    }
}
