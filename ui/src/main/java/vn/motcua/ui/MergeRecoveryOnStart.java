package vn.motcua.ui;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import vn.motcua.tenants.merge.MergeJobs;

/**
 * At start, a merge job the previous process left unfinished is finished: rolled back if its sources were not yet
 * frozen, moved again otherwise ({@link MergeJobs#recoverUnfinished}). Before the first page is served.
 */
@Singleton
public class MergeRecoveryOnStart {
    private final MergeJobs merges;

    public MergeRecoveryOnStart(MergeJobs merges) {
        this.merges = merges;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        merges.recoverUnfinished();
    }
}
