package vn.motcua.tenants.merge;

/** Told each phase as the job reaches it (the page's progress bar). Runs on the job's thread, inside its work. */
@FunctionalInterface
public interface MergeProgress {
    MergeProgress NONE = phase -> { };

    void reached(MergePhase phase);
}
