package vn.motcua.core.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fact a counter needs that a procedure's catalog version lacks. {@link #of} is the one definition of
 * completeness: the completeness page, its counts and the catalog benchmark's coverage lines all use it.
 */
public enum CatalogGap {
    /** No deadline a due date can be counted from, and provincial IT has not stated that the law fixes none. */
    DEADLINE,
    /** The deadline's unit was not in the source: the parser took the portal column's default (working days). */
    DEADLINE_UNIT_ASSUMED,
    /** No fee line, or a fee neither free nor a number of đồng. */
    FEE,
    /** No paper to hand in, or a paper whose originals and copies are not counted. */
    CHECKLIST,
    /** A paper to be filled in on a form ("Tờ khai…", "Đơn…", "… theo mẫu") with no form attached. */
    FORMS;

    private static final Pattern BULLET = Pattern.compile("^[-+*•–\\s]+");
    private static final Pattern FORM_PAPER = Pattern.compile("^(tờ khai|đơn|phiếu)(?![\\p{L}])|theo mẫu|mẫu số");

    /** What {@code draft} lacks; empty when a counter can use it as it is. */
    public static Set<CatalogGap> of(ProcedureDraft draft) {
        Set<CatalogGap> gaps = EnumSet.noneOf(CatalogGap.class);
        if (!draft.legalDeadline().isCountable() && !draft.noFixedDeadline()) {
            gaps.add(DEADLINE);
        }
        if (draft.deadlineUnitAssumed()) {
            gaps.add(DEADLINE_UNIT_ASSUMED);
        }
        if (!feeUsable(draft.fees())) {
            gaps.add(FEE);
        }
        List<RequiredDocument> papers = draft.documents().stream()
                .filter(d -> d.kind() != RequiredDocument.Kind.NOTE).toList();
        if (papers.isEmpty() || papers.stream().anyMatch(d -> d.originalCount() == null && d.copyCount() == null)) {
            gaps.add(CHECKLIST);
        }
        if (papers.stream().anyMatch(d -> d.formTemplate() == null && isFormToFill(d.name()))) {
            gaps.add(FORMS);
        }
        return gaps;
    }

    static boolean feeUsable(List<Fee> fees) {
        return !fees.isEmpty() && fees.stream().allMatch(f -> f.free() || f.amountVnd() != null);
    }

    /** Whether a checklist line names a paper filled in on a form ("Tờ khai…", "Đơn…", "… theo mẫu"). */
    public static boolean isFormToFill(String name) {
        String lower = name == null ? "" : BULLET.matcher(name).replaceFirst("").toLowerCase(Locale.ROOT);
        return FORM_PAPER.matcher(lower).find();
    }
}
