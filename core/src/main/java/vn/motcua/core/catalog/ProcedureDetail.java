package vn.motcua.core.catalog;

/** A procedure with the full content of its current version. */
public record ProcedureDetail(Procedure procedure, ProcedureVersion current) {
    public ProcedureDraft draft() {
        return current.draft();
    }
}
