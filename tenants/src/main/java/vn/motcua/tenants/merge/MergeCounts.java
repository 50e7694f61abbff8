package vn.motcua.tenants.merge;

import java.util.List;

/**
 * Rows per table of the sources and of the target before and after the move, with what was expected after, and
 * the stored objects under the sources' keys: the proof that nothing was lost. A line that is not {@link Line#ok()}
 * fails the merge (rolled back).
 */
public record MergeCounts(List<Line> lines) {
    public record Line(String table, long sourcesBefore, long targetBefore, long sourcesAfter, long targetAfter,
                       long expectedSourcesAfter, long expectedTargetAfter, boolean atLeast) {
        public boolean ok() {
            return atLeast
                    ? sourcesAfter >= expectedSourcesAfter && targetAfter >= expectedTargetAfter
                    : sourcesAfter == expectedSourcesAfter && targetAfter == expectedTargetAfter;
        }
    }

    public boolean ok() {
        return lines.stream().allMatch(Line::ok);
    }

    public List<Line> differences() {
        return lines.stream().filter(l -> !l.ok()).toList();
    }

    /** The table as printed in the job's log and by the benchmark. */
    public String printed() {
        StringBuilder out = new StringBuilder(String.format("%-24s %14s %14s %14s %14s %s%n", "bảng / table",
                "nguồn trước", "đích trước", "nguồn sau", "đích sau", "khớp"));
        for (Line l : lines) {
            out.append(String.format("%-24s %14d %14d %14d %14d %s%n", l.table(), l.sourcesBefore(), l.targetBefore(),
                    l.sourcesAfter(), l.targetAfter(), l.ok() ? "đúng" : "SAI (mong đợi " + l.expectedSourcesAfter()
                            + " / " + l.expectedTargetAfter() + ")"));
        }
        return out.toString();
    }
}
