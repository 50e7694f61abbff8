package vn.motcua.ui.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.DossierFee;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.tenants.dossier.DossierIntake;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
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

/**
 * The dossiers of the caller's own center (a person's, or an API client's: {@link ApiCallers}): search and filters,
 * one dossier with its control sheet, CSV export; for clients with write access, an online submission and a payment
 * confirmation.
 */
@Controller("/api/dossiers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "dossiers", description = "Hồ sơ của trung tâm")
public class DossiersController {
    private final DossierDesk desk;
    private final ApiCallers callers;
    private final DossierIntake intake;
    private final CatalogService catalog;

    public DossiersController(DossierDesk desk, ApiCallers callers, DossierIntake intake, CatalogService catalog) {
        this.desk = desk;
        this.callers = callers;
        this.intake = intake;
        this.catalog = catalog;
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
    @Operation(operationId = "listDossiers", summary = "Hồ sơ của trung tâm: tìm kiếm, lọc, phân trang",
            description = "Without filters, q searches code, applicant and procedure (no diacritics needed). The filters "
                    + "procedure, receivedFrom/receivedTo (yyyy-MM-dd, Vietnam time) and changedSince (ISO-8601 instant; "
                    + "oldest change first, for following changes page by page) combine with status but not with q. A "
                    + "province-wide client names the center (its id) in each call.")
    @ApiResponse(responseCode = "200", description = "Một trang hồ sơ")
    @ApiResponse(responseCode = "400", description = "Tham số không hợp lệ", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Chưa xác thực hoặc mã truy cập hết hạn / đã thu hồi")
    @ApiResponse(responseCode = "404", description = "Trung tâm không thuộc phạm vi của ứng dụng", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public DossierPage list(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue String status,
                            @Nullable @QueryValue String procedure, @Nullable @QueryValue String receivedFrom,
                            @Nullable @QueryValue String receivedTo, @Nullable @QueryValue String changedSince,
                            @Nullable @QueryValue Long center,
                            @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        CallContext ctx = callers.of(auth, center);
        boolean filtered = procedure != null || receivedFrom != null || receivedTo != null || changedSince != null;
        if (!filtered) {
            return DossierPage.of(desk.search(ctx, status(status), QueryInput.search("q", q), page, size, (Sort) null)
                    .map(DossierSummary::of));
        }
        if (q != null && !q.isBlank()) {
            throw new InvalidInputException(List.of(new Problem("q", "Không dùng từ khóa tìm kiếm cùng các bộ lọc khác",
                    "q cannot be combined with procedure, receivedFrom, receivedTo or changedSince")));
        }
        LocalDate from = date("receivedFrom", receivedFrom);
        LocalDate to = date("receivedTo", receivedTo);
        DossierInbox.Filter filter = new DossierInbox.Filter(status(status), QueryInput.search("procedure", procedure),
                from == null ? null : BusinessTime.instant(from.atStartOfDay()),
                to == null ? null : BusinessTime.instant(to.plusDays(1).atStartOfDay()), instant("changedSince", changedSince));
        return DossierPage.of(desk.filter(ctx, filter, page, size).map(DossierSummary::of));
    }

    @Get("/{id}")
    @Operation(operationId = "getDossier", summary = "Một hồ sơ với phiếu kiểm soát quá trình giải quyết")
    @ApiResponse(responseCode = "200", description = "Hồ sơ")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này trong trung tâm (hồ sơ của trung tâm khác cũng vậy)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public DossierDetail get(Authentication auth, @PathVariable long id, @Nullable @QueryValue Long center) {
        return DossierDetail.of(desk.file(callers.of(auth, center), id));
    }

    @Get(value = "/export.csv", produces = "text/csv; charset=UTF-8")
    @Operation(operationId = "exportDossiers", summary = "Danh sách hồ sơ dạng CSV (ghi nhật ký)")
    @ApiResponse(responseCode = "200", description = "CSV, UTF-8 có BOM")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    public HttpResponse<byte[]> export(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue String status,
                                       @Nullable @QueryValue Long center) {
        return HttpResponse.ok(desk.export(callers.of(auth, center), status(status), QueryInput.search("q", q)))
                .header("Content-Disposition", "attachment; filename=\"ho-so.csv\"");
    }

    /** A dossier submitted online from a portal: the applicant, the procedure the center serves and one file per paper. */
    @Serdeable
    public record OnlineSubmission(@Schema(description = "Mã TTHC quốc gia, ví dụ 1.001193") String procedureCode,
                                   Applicant.Individual individual, @Nullable Applicant.Organisation organisation,
                                   List<SubmittedFile> files, @Nullable List<String> notApplicable) {
    }

    /** One paper: the checklist line it answers, its file name and its bytes (Base64). PDF, JPEG or PNG. */
    @Serdeable
    public record SubmittedFile(String name, String fileName, @Schema(format = "byte") String contentBase64) {
    }

    @Post
    @Secured(ApiRoles.WRITE)
    @Operation(operationId = "submitDossier", summary = "Nộp hồ sơ trực tuyến từ cổng dịch vụ công (ứng dụng có quyền ghi)",
            description = "Received as the counter's intake receives (same checks of the applicant, of every file by "
                    + "content and of the catalog's checklist; code, due date from the calendar), channel ONLINE. "
                    + "Give individual or organisation (set individual to null for an organisation).")
    @ApiResponse(responseCode = "201", description = "Hồ sơ đã tiếp nhận", content = @Content(schema = @Schema(implementation = DossierSummary.class)))
    @ApiResponse(responseCode = "400", description = "Hồ sơ thiếu giấy tờ, tệp không hợp lệ, người nộp sai thông tin (tiếng Việt và tiếng Anh)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "403", description = "Ứng dụng chỉ có quyền đọc")
    @ApiResponse(responseCode = "404", description = "Trung tâm không tiếp nhận thủ tục này", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<DossierSummary> submit(Authentication auth, @Body OnlineSubmission submission,
                                               @Nullable @QueryValue Long center) {
        CallContext ctx = callers.of(auth, center);
        Applicant applicant = submission.organisation() != null && submission.individual() == null
                ? submission.organisation() : submission.individual();
        if (applicant == null || submission.procedureCode() == null) {
            throw new InvalidInputException(List.of(new Problem(applicant == null ? "individual" : "procedureCode",
                    "Thiếu người nộp hoặc mã thủ tục", "the applicant and the procedure code are required")));
        }
        List<IntakeRequest.IncomingDocument> files = new ArrayList<>();
        List<SubmittedFile> given = submission.files() == null ? List.of() : submission.files();
        for (int i = 0; i < given.size(); i++) {
            SubmittedFile f = given.get(i);
            try {
                files.add(new IntakeRequest.IncomingDocument(f.name(), f.fileName(),
                        Base64.getMimeDecoder().decode(f.contentBase64() == null ? "" : f.contentBase64())));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(new Problem("files[" + i + "]",
                        "Nội dung tệp không phải Base64 hợp lệ", "contentBase64 is not valid Base64")));
            }
        }
        long procedureId = catalog.getByCode(submission.procedureCode()).procedure().id();
        Intake received = intake.receive(ctx, procedureId, Dossier.Channel.ONLINE, applicant, files, List.of(),
                submission.notApplicable() == null ? List.of() : submission.notApplicable());
        return HttpResponse.created(DossierSummary.of(received.dossier()));
    }

    /** A payment made elsewhere (a payment gateway, the national portal's): amount, method and receipt number. */
    @Serdeable
    public record PaymentConfirmation(long amountVnd, DossierFee.Method method, String receiptNumber) {
    }

    @Serdeable
    public record Payment(long id, long dossierId, long amountVnd, String method, String receiptNumber, String recordedBy,
                          Instant recordedAt) {
    }

    @Post("/{id}/payments")
    @Secured(ApiRoles.WRITE)
    @Operation(operationId = "confirmPayment", summary = "Xác nhận đã thanh toán phí, lệ phí (ứng dụng có quyền ghi)",
            description = "Recorded as the dossier page records a fee: a receipt number once per center, audited.")
    @ApiResponse(responseCode = "201", description = "Khoản thu đã ghi nhận", content = @Content(schema = @Schema(implementation = Payment.class)))
    @ApiResponse(responseCode = "400", description = "Số tiền, hình thức hoặc số biên lai không hợp lệ, hoặc biên lai đã dùng", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "403", description = "Ứng dụng chỉ có quyền đọc")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này trong trung tâm", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<Payment> confirmPayment(Authentication auth, @PathVariable long id, @Body PaymentConfirmation payment,
                                                @Nullable @QueryValue Long center) {
        DossierFee fee = desk.recordFee(callers.of(auth, center), id, payment.amountVnd(), payment.method(),
                payment.receiptNumber());
        return HttpResponse.created(new Payment(fee.id(), fee.dossierId(), fee.amountVnd(), fee.method().name(),
                fee.receiptNumber(), fee.recordedBy(), fee.recordedAt()));
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(new Problem(parameter, "Ngày không hợp lệ (yyyy-MM-dd): "
                    + QueryInput.shown(text), "not a date (yyyy-MM-dd): " + QueryInput.shown(text))));
        }
    }

    private static Instant instant(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(new Problem(parameter, "Thời điểm không hợp lệ (ISO-8601, ví dụ "
                    + "2026-11-30T08:00:00+07:00): " + QueryInput.shown(text), "not an ISO-8601 instant: "
                    + QueryInput.shown(text))));
        }
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
