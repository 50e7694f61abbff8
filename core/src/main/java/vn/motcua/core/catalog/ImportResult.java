package vn.motcua.core.catalog;

import java.util.List;

/** All drafts of a file or the report of why none were taken: an import never half-applies. */
public sealed interface ImportResult {

    record Imported(List<ProcedureDraft> drafts) implements ImportResult {
        public Imported {
            drafts = List.copyOf(drafts);
        }
    }

    record Rejected(ImportReport report) implements ImportResult {
    }

    default boolean isImported() {
        return this instanceof Imported;
    }

    /** The drafts; throws with the report's text when the file was rejected. */
    default List<ProcedureDraft> draftsOrThrow() {
        if (this instanceof Imported imported) {
            return imported.drafts();
        }
        throw new IllegalStateException("import rejected:\n" + ((Rejected) this).report());
    }

    /** The report; empty for an imported file. */
    default ImportReport report() {
        return this instanceof Rejected rejected ? rejected.report() : new ImportReport(List.of());
    }
}
