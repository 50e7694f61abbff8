package vn.motcua.ui.api;

import vn.motcua.ui.security.CallContexts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierFile;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.dossier.DossierDesk;

import java.time.Instant;
import java.util.List;

/** The dossiers of the caller's own center: search, one dossier with its control sheet, CSV export. */
@Controller("/api/dossiers")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DossiersController {
    private final DossierDesk desk;

    private final CallContexts calls;

    public DossiersController(DossierDesk desk, CallContexts calls) {
        this.calls = calls;
        this.desk = desk;
    }

    @Serdeable
    public record DossierSummary(long id, String code, String procedureCode, String procedureName, String applicantName,
                                 String channel, String status, int portalStatus, String statusLabel, Instant receivedAt,
                                 Instant dueAt, Instant appointment, @Nullable Integer currentStep,
                                 @Nullable String assignee, long version) {
        static DossierSummary of(Dossier d) {
            return new DossierSummary(d.id(), d.code(), d.procedureCode(), d.procedureName(), d.applicantName(),
                    d.channel().name(), d.status().name(), d.status().portalCode(), d.status().label(), d.receivedAt(),
                    d.dueAt(), d.appointment(), d.currentStep(), d.assignee(), d.version());
        }
    }

    @Serdeable
    public record ControlSheetLine(int number, String action, @Nullable Integer fromStep, @Nullable Integer toStep,
                                   String actor, Instant at, @Nullable Long usedMinutes, @Nullable String note) {
    }

    @Serdeable
    public record DossierDetail(DossierSummary dossier, String currentStepName, List<ControlSheetLine> controlSheet,
                                int documents) {
        static DossierDetail of(DossierFile f) {
            return new DossierDetail(DossierSummary.of(f.dossier()), f.currentStepName(), f.controlSheet().stream()
                    .map(e -> new ControlSheetLine(e.number(), e.action(), e.fromStep(), e.toStep(), e.actor(), e.at(),
                            e.usedMin(), e.note())).toList(), f.documents().size());
        }
    }

    /**
     * A page of the search. The total is counted up to {@link DossierInbox#SEARCH_COUNT_LIMIT}: past it
     * {@code totalSize} is that limit and {@code moreThanTotal} is true ("more than 1,000").
     */
    @Serdeable
    public record DossierPage(List<DossierSummary> content, long totalSize, boolean moreThanTotal, int page, int size) {
        static DossierPage of(Page<DossierSummary> found) {
            boolean capped = DossierInbox.isCapped(found.getTotalSize());
            return new DossierPage(found.getContent(), capped ? DossierInbox.SEARCH_COUNT_LIMIT : found.getTotalSize(),
                    capped, found.getPageNumber(), found.getSize());
        }
    }

    @Get
    public DossierPage list(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue String status,
                            @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return DossierPage.of(desk.search(calls.of(ApiPrincipal.of(auth)), status(status), QueryInput.search("q", q), page, size, (Sort) null)
                .map(DossierSummary::of));
    }

    @Get("/{id}")
    public DossierDetail get(Authentication auth, @PathVariable long id) {
        return DossierDetail.of(desk.file(calls.of(ApiPrincipal.of(auth)), id));
    }

    @Get(value = "/export.csv", produces = "text/csv; charset=UTF-8")
    public HttpResponse<byte[]> export(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue String status) {
        return HttpResponse.ok(desk.export(calls.of(ApiPrincipal.of(auth)), status(status), QueryInput.search("q", q)))
                .header("Content-Disposition", "attachment; filename=\"ho-so.csv\"");
    }

    private static DossierStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DossierStatus.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String shown = QueryInput.shown(text);
            throw new InvalidInputException(List.of(new Problem("status", "Tình trạng hồ sơ không hợp lệ: " + shown,
                    "unknown dossier status " + shown)));
        }
    }
}
