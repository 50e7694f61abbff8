package vn.motcua.tenants.merge;

import vn.motcua.core.context.Role;
import vn.motcua.core.validation.Problem;

import java.util.List;
import java.util.Map;

/** What a merge would do, per source, before anything changes; {@code blockers} empty = it may run. */
public record MergePreview(long targetId, String targetName, List<Source> sources, List<Problem> blockers) {

    public boolean blocked() {
        return !blockers.isEmpty();
    }

    public record Source(long centerId, String name, List<Account> accounts, Map<String, Long> openByStatus,
                         Map<Integer, Long> openByStep, long open, long closed, long documents, long documentBytes,
                         List<String> proceduresAdded, List<WorkflowDifference> workflows,
                         List<String> receiptCollisions, List<String> codeCollisions, List<String> usernameCollisions,
                         int counters, int equipment) {
    }

    /** An account of a source and the choice proposed for it. */
    public record Account(long userId, String username, String fullName, Role role, boolean active,
                          AccountChoice proposed) {
    }

    /** A procedure whose latest workflow at the source differs from the target's (null version: the province's default). */
    public record WorkflowDifference(String procedureCode, long sourceId, Integer sourceVersion, Integer targetVersion) {
    }
}
