package vn.motcua.core.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How much of what communes serve a machine can use as is, counted with {@link CatalogGap#of}: of the
 * {@code procedures} served by communes, how many have a countable deadline (or none fixed by law), usable fees,
 * a counted checklist, their forms, and how many are complete; {@code deadlineUnitAssumed} counts deadlines whose
 * unit the national export lost and the parser assumed (provincial IT should check them).
 */
public record CatalogCoverage(int procedures, int complete, int deadline, int deadlineUnitAssumed, int fee,
                              int checklist, int forms) {

    static CatalogCoverage of(Collection<Set<CatalogGap>> gapsPerProcedure) {
        int procedures = gapsPerProcedure.size();
        int complete = 0;
        int deadline = 0;
        int assumed = 0;
        int fee = 0;
        int checklist = 0;
        int forms = 0;
        for (Set<CatalogGap> gaps : gapsPerProcedure) {
            complete += gaps.isEmpty() ? 1 : 0;
            deadline += gaps.contains(CatalogGap.DEADLINE) ? 0 : 1;
            assumed += gaps.contains(CatalogGap.DEADLINE_UNIT_ASSUMED) ? 1 : 0;
            fee += gaps.contains(CatalogGap.FEE) ? 0 : 1;
            checklist += gaps.contains(CatalogGap.CHECKLIST) ? 0 : 1;
            forms += gaps.contains(CatalogGap.FORMS) ? 0 : 1;
        }
        return new CatalogCoverage(procedures, complete, deadline, assumed, fee, checklist, forms);
    }

    /** How many procedures lack {@code gap} (for {@link CatalogGap#DEADLINE_UNIT_ASSUMED}: how many are flagged). */
    public int missing(CatalogGap gap) {
        return switch (gap) {
            case DEADLINE -> procedures - deadline;
            case DEADLINE_UNIT_ASSUMED -> deadlineUnitAssumed;
            case FEE -> procedures - fee;
            case CHECKLIST -> procedures - checklist;
            case FORMS -> procedures - forms;
        };
    }

    /** "catalog.coverage.deadline: 570/588" and the like, one a line, for the benchmark's output. */
    public List<String> lines() {
        return List.of(
                "catalog.coverage.deadline: " + deadline + "/" + procedures,
                "catalog.coverage.deadline.unitAssumed: " + deadlineUnitAssumed + "/" + procedures
                        + " (unit lost by the export, taken as working days)",
                "catalog.coverage.fee: " + fee + "/" + procedures,
                "catalog.coverage.checklist: " + checklist + "/" + procedures,
                "catalog.coverage.forms: " + forms + "/" + procedures,
                "catalog.coverage.complete: " + complete + "/" + procedures);
    }
}
