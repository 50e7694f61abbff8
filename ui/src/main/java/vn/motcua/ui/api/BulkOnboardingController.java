package vn.motcua.ui.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.tenants.onboarding.BulkOnboarding;
import vn.motcua.tenants.onboarding.BulkOutcome;
import vn.motcua.tenants.onboarding.BulkPreview;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.admin.OnboardCenterView;

import java.io.ByteArrayInputStream;

/**
 * Bulk onboarding for provincial IT's scripts: the uploaded list (CSV body) previewed, or run. The run's answer is
 * the only copy of the handover sheets (one PDF), as the page's download is. Directors and clerks get a 403.
 */
@Controller("/api/province/centers/bulk")
@ProvincialApiErrors
@Secured(ApiRoles.PEOPLE_1) // provincial IT only: people of a center and API clients get 403 here
public class BulkOnboardingController {
    private final BulkOnboarding bulk;
    private final CallContexts calls;

    public BulkOnboardingController(BulkOnboarding bulk, CallContexts calls) {
        this.bulk = bulk;
        this.calls = calls;
    }

    @Post("/preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public BulkPreview preview(Authentication auth, @Body byte[] csv,
                               @Header(value = "X-File-Name", defaultValue = "api.csv") String fileName) {
        return bulk.previewFile(calls.of(ApiPrincipal.of(auth)), fileName, new ByteArrayInputStream(csv));
    }

    /** 200 with the handover sheets (PDF) of the created centers, 204 when every center was there already. */
    @Post("/run")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> run(Authentication auth, @Body byte[] csv,
                                    @Header(value = "X-File-Name", defaultValue = "api.csv") String fileName,
                                    @QueryValue(defaultValue = "2") int clerks) {
        CallContext ctx = calls.of(ApiPrincipal.of(auth));
        BulkPreview preview = bulk.previewFile(ctx, fileName, new ByteArrayInputStream(csv));
        BulkOutcome outcome = bulk.run(ctx, preview, clerks, BulkOnboarding.Progress.NONE);
        if (outcome.created().isEmpty()) {
            return HttpResponse.noContent();
        }
        byte[] pdf = outcome.sheetsPdf(OnboardCenterView.loginUrl(), BusinessTime.local(ctx.now()), ctx.fullName());
        return HttpResponse.ok(pdf).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ban-giao-tai-khoan.pdf\"")
                .header("X-Created-Centers", String.valueOf(outcome.created().size()));
    }
}
