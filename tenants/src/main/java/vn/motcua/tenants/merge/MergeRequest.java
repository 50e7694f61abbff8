package vn.motcua.tenants.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A merge as provincial IT confirms it: the chosen centers (two or more, the target one of them), the day it takes
 * effect, and the choices of the preview — per source account what becomes of it (missing: {@link AccountChoice#KEEP}),
 * per procedure whose workflows differ the center whose workflow applies at the target afterwards (missing: the
 * target's own).
 */
public record MergeRequest(long targetId, List<Long> centerIds, LocalDate effectiveOn,
                           Map<Long, AccountChoice> accounts, Map<String, Long> workflowFrom) {
    public MergeRequest {
        centerIds = centerIds == null ? List.of() : List.copyOf(centerIds);
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        workflowFrom = workflowFrom == null ? Map.of() : Map.copyOf(workflowFrom);
    }

    /** The centers merged into the target (the chosen ones but the target). */
    public List<Long> sourceIds() {
        return centerIds.stream().filter(id -> id != targetId).distinct().toList();
    }
}
