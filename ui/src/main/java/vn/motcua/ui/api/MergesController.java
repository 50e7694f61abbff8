package vn.motcua.ui.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.tenants.merge.MergeJobs;
import vn.motcua.tenants.merge.MergePreview;
import vn.motcua.tenants.merge.MergeProgress;
import vn.motcua.tenants.merge.MergeRequest;
import vn.motcua.ui.security.CallContexts;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges over the API: preview and run, for provincial IT at the province only (the service checks
 * {@code MERGE_CENTERS}; a director's or clerk's request is a 403 whatever it carries).
 */
@Controller("/api/merges")
@ProvincialApiErrors
@Secured(ApiRoles.PEOPLE_1) // provincial IT only: people of a center and API clients get 403 here
public class MergesController {
    private final MergeJobs merges;
    private final CallContexts calls;

    public MergesController(MergeJobs merges, CallContexts calls) {
        this.merges = merges;
        this.calls = calls;
    }

    /**
     * A source split in part: the successors besides the target, the one taking its staff and closed dossiers (absent:
     * the one holding the larger part), and per open dossier id its destination (absent: the larger part).
     */
    @Serdeable
    public record SplitCall(List<Long> successors, @Nullable Long main, @Nullable Map<String, Long> dossiers) {
        MergeRequest.Split request() {
            Map<Long, Long> to = new LinkedHashMap<>();
            if (dossiers != null) {
                dossiers.forEach((id, center) -> to.put(Long.valueOf(id), center));
            }
            return new MergeRequest.Split(successors, main, to);
        }
    }

    /** {@code splits}: per source id (as text) split in part, its successors and choices; absent: every source whole. */
    @Serdeable
    public record MergeCall(long targetId, List<Long> centerIds, LocalDate effectiveOn, @Nullable Map<String, SplitCall> splits) {
        Map<Long, MergeRequest.Split> splitRequests() {
            Map<Long, MergeRequest.Split> out = new LinkedHashMap<>();
            if (splits != null) {
                splits.forEach((source, split) -> out.put(Long.valueOf(source), split.request()));
            }
            return out;
        }
    }

    @Serdeable
    public record MergeDone(long jobId, String phase) {
    }

    @Post("/preview")
    public MergePreviewSummary preview(Authentication auth, @Body MergeCall call) {
        Map<Long, List<Long>> splitWith = new LinkedHashMap<>();
        call.splitRequests().forEach((source, split) -> splitWith.put(source, split.successors()));
        MergePreview preview = merges.preview(calls.of(ApiPrincipal.of(auth)), call.targetId(), call.centerIds(), splitWith);
        return new MergePreviewSummary(preview.targetName(), preview.sources().stream().map(MergePreview.Source::name).toList(),
                preview.sources().stream().mapToLong(MergePreview.Source::open).sum(), preview.blocked());
    }

    @Serdeable
    public record MergePreviewSummary(String target, List<String> sources, long openDossiers, boolean blocked) {
    }

    @Post
    public MergeDone run(Authentication auth, @Body MergeCall call) {
        MergeJobs.Job job = merges.run(calls.of(ApiPrincipal.of(auth)), new MergeRequest(call.targetId(), call.centerIds(),
                call.effectiveOn(), null, null, call.splitRequests()), MergeProgress.NONE);
        return new MergeDone(job.id(), job.phase());
    }
}
