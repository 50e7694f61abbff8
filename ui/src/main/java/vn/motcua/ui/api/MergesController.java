package vn.motcua.ui.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import vn.motcua.tenants.onboarding.Onboarded;
import vn.motcua.tenants.onboarding.OnboardingForm;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.ui.views.admin.OnboardCenterView;
import vn.motcua.ui.security.CallContexts;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Base64;
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

    /** A merge into a center not yet on MotCua: its unit on the official list and its first staff, as onboarding asks. */
    @Serdeable
    public record NewCenterMergeCall(OnboardingForm newCenter, List<Long> centerIds, LocalDate effectiveOn) {
    }

    @Serdeable
    public record NewCenterPreviewCall(String unitCode, List<Long> centerIds) {
    }

    /**
     * The new center and what happened to the merge: {@code handoverSheetPdf} (base64) is the only copy of its
     * accounts' one-time passwords, as on the page; {@code problem} is set when the merge failed after the center was
     * opened (409: the center stays, open and empty with its accounts; the sources are unchanged).
     */
    @Serdeable
    public record NewCenterMerged(long centerId, String centerCode, String centerName, @Nullable Long jobId,
                                  @Nullable String phase, String handoverSheetPdf, @Nullable ApiError problem) {
    }

    @Post("/into-new-center/preview")
    public MergePreviewSummary previewIntoNewCenter(Authentication auth, @Body NewCenterPreviewCall call) {
        MergePreview preview = merges.previewIntoNewCenter(calls.of(ApiPrincipal.of(auth)), call.unitCode(), call.centerIds());
        return new MergePreviewSummary(preview.targetName(), preview.sources().stream().map(MergePreview.Source::name).toList(),
                preview.sources().stream().mapToLong(MergePreview.Source::open).sum(), preview.blocked());
    }

    /**
     * Onboards the unit of {@code newCenter} and merges the sources into it ({@link MergeJobs#runIntoNewCenter}): 201
     * when both are done; 409 when the center was opened but the merge failed; 400 with nothing changed when the
     * unit or the sources are refused.
     */
    @Post("/into-new-center")
    public HttpResponse<NewCenterMerged> runIntoNewCenter(Authentication auth, @Body NewCenterMergeCall call) {
        CallContext ctx = calls.of(ApiPrincipal.of(auth));
        if (call.newCenter() == null) {
            throw new InvalidInputException(List.of(new Problem("newCenter",
                    "Nhập trung tâm mới: xã, phường trong danh sách chính thức, mã định danh và giám đốc đầu tiên",
                    "newCenter is missing")));
        }
        MergeRequest request = new MergeRequest(0L, call.centerIds(), call.effectiveOn(), null, null);
        try {
            MergeJobs.IntoNewCenter done = merges.runIntoNewCenter(ctx, call.newCenter(), request, MergeProgress.NONE);
            return HttpResponse.created(merged(ctx, done.onboarded(), done.job(), null));
        } catch (MergeJobs.MergeIntoNewCenterFailedException e) {
            ApiError problem = new ApiError(409, e.vietnamese(), e.getMessage(), e.problems());
            return HttpResponse.<NewCenterMerged>status(HttpStatus.CONFLICT).body(merged(ctx, e.onboarded(), e.job(), problem));
        }
    }

    private static NewCenterMerged merged(CallContext ctx, Onboarded onboarded, @Nullable MergeJobs.Job job, @Nullable ApiError problem) {
        byte[] pdf = onboarded.sheet(OnboardCenterView.loginUrl(), BusinessTime.local(ctx.now()), ctx.fullName()).pdf();
        return new NewCenterMerged(onboarded.center().id(), onboarded.center().code(), onboarded.center().displayName(),
                job == null ? null : job.id(), job == null ? null : job.phase(), Base64.getEncoder().encodeToString(pdf), problem);
    }
}
