package vn.motcua.tenants.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A merge as provincial IT confirms it: the chosen centers (two or more, the target one of them), the day it takes
 * effect, and the choices of the preview — per source account what becomes of it (missing: {@link AccountChoice#KEEP}),
 * per procedure whose workflows differ the center whose workflow applies at the target afterwards (missing: the
 * target's own), and per source split in part between the target and other successors, where its open dossiers go.
 */
public record MergeRequest(long targetId, List<Long> centerIds, LocalDate effectiveOn,
                           Map<Long, AccountChoice> accounts, Map<String, Long> workflowFrom, Map<Long, Split> splits) {
    /**
     * A source split in part (sáp nhập một phần): {@code successors} are the centers besides the target that take a
     * part of it (already on MotCua, not among the chosen centers); {@code main} is the successor that takes its staff,
     * accounts, counters, equipment and closed dossiers (null: the successor holding the larger part, see
     * {@link MergePreview.Split#largerPart()}); {@code dossiers} names per open dossier its destination, the target or one
     * of the successors (missing: the successor holding the larger part).
     */
    public record Split(List<Long> successors, Long main, Map<Long, Long> dossiers) {
        public Split {
            successors = successors == null ? List.of() : List.copyOf(successors);
            dossiers = dossiers == null ? Map.of() : Map.copyOf(dossiers);
        }
    }

    public MergeRequest {
        centerIds = centerIds == null ? List.of() : List.copyOf(centerIds);
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        workflowFrom = workflowFrom == null ? Map.of() : Map.copyOf(workflowFrom);
        splits = splits == null ? Map.of() : Map.copyOf(splits);
    }

    /** A merge where every source goes whole into the target. */
    public MergeRequest(long targetId, List<Long> centerIds, LocalDate effectiveOn, Map<Long, AccountChoice> accounts,
                        Map<String, Long> workflowFrom) {
        this(targetId, centerIds, effectiveOn, accounts, workflowFrom, Map.of());
    }

    /** The centers merged into the target (the chosen ones but the target). */
    public List<Long> sourceIds() {
        return centerIds.stream().filter(id -> id != targetId).distinct().toList();
    }

    /** Per split source, the successors besides the target, as the preview takes them. */
    public Map<Long, List<Long>> splitWith() {
        Map<Long, List<Long>> out = new java.util.LinkedHashMap<>();
        splits.forEach((source, split) -> out.put(source, split.successors()));
        return out;
    }
}
