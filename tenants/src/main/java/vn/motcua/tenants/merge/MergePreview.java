package vn.motcua.tenants.merge;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.context.Role;
import vn.motcua.core.validation.Problem;

import java.util.List;
import java.util.Map;

/** What a merge would do, per source, before anything changes; {@code blockers} empty = it may run. */
public record MergePreview(long targetId, String targetName, List<Source> sources, List<Problem> blockers) {

    public boolean blocked() {
        return !blockers.isEmpty();
    }

    /** {@code split}: null when the source goes whole into the target. */
    public record Source(long centerId, String name, List<Account> accounts, Map<String, Long> openByStatus,
                         Map<Integer, Long> openByStep, long open, long closed, long documents, long documentBytes,
                         List<String> proceduresAdded, List<WorkflowDifference> workflows,
                         List<String> receiptCollisions, List<String> codeCollisions, List<String> usernameCollisions,
                         int counters, int equipment, @Nullable Split split) {
    }

    /** An account of a source and the choice proposed for it. */
    public record Account(long userId, String username, String fullName, Role role, boolean active,
                          AccountChoice proposed) {
    }

    /** A procedure whose latest workflow at the source differs from the target's (null version: the province's default). */
    public record WorkflowDifference(String procedureCode, long sourceId, Integer sourceVersion, Integer targetVersion) {
    }

    /**
     * A source split in part between the target and other successors: the successors (the target first), the one
     * proposed as holding the larger part with why, and the open dossiers, each proposed to go there.
     *
     * <p>"The larger part": the official data of the 2025 reform ({@code merges-2025.json}) says only whether an old
     * unit went whole or in part, without areas or populations. Where a unit was split, the reform named the successor
     * that took its seat after it (old Phường Ngọc Hà 00016, split, went mostly to the new Phường Ngọc Hà 00008): so
     * the successor bearing the source's name (type and name) holds the larger part; otherwise the target, the center
     * provincial IT chose to carry the merge. Provincial IT can change it and every dossier's destination.
     */
    public record Split(List<Successor> successors, long largerPart, String largerPartReason, List<OpenDossier> dossiers) {
    }

    public record Successor(long centerId, String name) {
    }

    /** An open dossier of a split source: code, applicant's name, status (Vietnamese), received day. */
    public record OpenDossier(long id, String code, String applicant, String status, java.time.Instant receivedAt) {
    }
}
