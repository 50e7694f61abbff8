package vn.motcua.ui.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.core.catalog.CatalogQuery;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureVersion;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.validation.Messages;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.ui.security.ClientAddress;

import java.time.Instant;
import java.util.List;

/**
 * What the province publishes anyway (the lookup kiosk shows it without login): the catalog with its versions, the
 * centers' public profiles and the procedures each serves, and a dossier's public status by its code and the
 * receipt's lookup secret. Any authenticated caller reads it, whatever its scope; nothing here is a center's private
 * data.
 */
@Controller("/api/public")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "public", description = "Danh mục thủ tục, trung tâm và tra cứu công khai")
public class PublicInfoController {
    private final CatalogService catalog;
    private final CenterCatalogService centers;
    private final DossierStatusLookup lookup;
    private final ClientAddress clientAddress;

    public PublicInfoController(CatalogService catalog, CenterCatalogService centers, DossierStatusLookup lookup,
                                ClientAddress clientAddress) {
        this.catalog = catalog;
        this.centers = centers;
        this.lookup = lookup;
        this.clientAddress = clientAddress;
    }

    @Serdeable
    public record ProcedureSummary(long id, String code, String name, @Nullable String field, String levels,
                                   String onlineLevel, @Nullable Integer deadlineValue, @Nullable String deadlineUnit,
                                   int currentVersion) {
        static ProcedureSummary of(Procedure p) {
            return new ProcedureSummary(p.id(), p.nationalCode(), p.name(), p.field(), p.levels(), p.onlineLevel().name(),
                    p.deadlineValue(), p.deadlineUnit() == null ? null : p.deadlineUnit().name(), p.currentVersion());
        }
    }

    /** One published version: documents and fees as the catalog keeps them (JSON arrays). */
    @Serdeable
    public record ProcedureVersionView(int version, String code, String name, @Nullable String field, String levels,
                                       @Nullable Integer deadlineValue, @Nullable String deadlineUnit, String documentsJson,
                                       String feesJson, String onlineLevel, @Nullable String implementingAgency,
                                       @Nullable String legalBasis, @Nullable String source, @Nullable Instant publishedAt) {
        static ProcedureVersionView of(ProcedureVersion v) {
            return new ProcedureVersionView(v.versionNumber(), v.nationalCode(), v.name(), v.field(), v.levels(),
                    v.deadlineValue(), v.deadlineUnit() == null ? null : v.deadlineUnit().name(), v.documents(), v.fees(),
                    v.onlineLevel().name(), v.implementingAgency(), v.legalBasis(), v.source(), v.publishedAt());
        }
    }

    @Serdeable
    public record CenterProfile(long id, String code, String name, String type, @Nullable String agencyCode,
                                @Nullable String address, @Nullable String phone, @Nullable String email,
                                @Nullable String openingHours) {
        static CenterProfile of(ServiceCenter c) {
            return new CenterProfile(c.id(), c.code(), c.displayName(), c.type().name(), c.agencyCode(), c.address(),
                    c.phone(), c.email(), c.openingHours());
        }
    }

    @Serdeable
    public record PublicStatus(String code, String procedureName, String status, int portalStatus, String statusLabel,
                               Instant receivedAt, Instant dueAt, String currentStep) {
    }

    private static final String NOT_FOUND = "Không tìm thấy";

    @Get("/procedures")
    @Operation(summary = "Danh mục thủ tục: tìm theo mã hoặc tên (không cần dấu), phân trang")
    @ApiResponse(responseCode = "200", description = "Một trang thủ tục")
    @ApiResponse(responseCode = "400", description = "Từ khóa không hợp lệ", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    public PageOf<ProcedureSummary> procedures(@Nullable @QueryValue String q, @QueryValue(defaultValue = "0") int page,
                                               @QueryValue(defaultValue = "50") int size) {
        Page<Procedure> found = catalog.search(CatalogQuery.text(QueryInput.search("q", q)), page, Math.min(size, 500),
                "nationalCode", true);
        return PageOf.of(found.map(ProcedureSummary::of));
    }

    @Get("/procedures/{code}")
    @Operation(summary = "Một thủ tục, phiên bản hiện hành (giấy tờ, phí, thời hạn)")
    @ApiResponse(responseCode = "200", description = "Phiên bản hiện hành")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public ProcedureVersionView procedure(@PathVariable String code) {
        ProcedureDetail d = catalog.getByCode(code);
        return ProcedureVersionView.of(d.current());
    }

    @Get("/procedures/{code}/versions")
    @Operation(summary = "Các phiên bản của một thủ tục, mới nhất trước")
    @ApiResponse(responseCode = "200", description = "Các phiên bản")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public List<ProcedureVersionView> versions(@PathVariable String code) {
        return catalog.history(catalog.getByCode(code).procedure().id()).stream().map(ProcedureVersionView::of).toList();
    }

    @Get("/centers")
    @Operation(summary = "Hồ sơ công khai của các trung tâm đang hoạt động")
    @ApiResponse(responseCode = "200", description = "Các trung tâm")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    public List<CenterProfile> centers() {
        return centers.publicCenters().stream().map(CenterProfile::of).toList();
    }

    @Get("/centers/{code}")
    @Operation(summary = "Hồ sơ công khai của một trung tâm (theo mã)")
    @ApiResponse(responseCode = "200", description = "Trung tâm")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public CenterProfile center(@PathVariable String code) {
        return CenterProfile.of(centers.publicCenter(code));
    }

    @Get("/centers/{code}/procedures")
    @Operation(summary = "Các thủ tục trung tâm tiếp nhận")
    @ApiResponse(responseCode = "200", description = "Một trang thủ tục")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public PageOf<ProcedureSummary> servedProcedures(@PathVariable String code, @Nullable @QueryValue String q,
                                                     @QueryValue(defaultValue = "0") int page,
                                                     @QueryValue(defaultValue = "50") int size) {
        return PageOf.of(centers.kioskProcedures(code, QueryInput.search("q", q), page, Math.min(size, 500))
                .map(ProcedureSummary::of));
    }

    @Get("/dossier-status")
    @Operation(summary = "Tình trạng công khai của một hồ sơ (mã hồ sơ + mã tra cứu trên giấy tiếp nhận)",
            description = "Nothing personal; throttled per address like the public page.")
    @ApiResponse(responseCode = "200", description = "Tình trạng")
    @ApiResponse(responseCode = "401", description = "Chưa xác thực")
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "429", description = "Sai nhiều lần, thử lại sau", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<?> status(HttpRequest<?> request, @QueryValue String code, @QueryValue String secret) {
        DossierStatusLookup.Answer answer = lookup.find(code, secret, clientAddress.of(request));
        if (answer.throttled()) {
            return HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS).contentType(ApiErrors.PROBLEM_JSON)
                    .header("Retry-After", String.valueOf(answer.retryAfterSeconds()))
                    .body(new ApiError(429, Messages.vi("login.throttled", answer.retryAfterSeconds()),
                            Messages.en("login.throttled", answer.retryAfterSeconds()), List.of()));
        }
        return answer.status().<HttpResponse<?>>map(s -> HttpResponse.ok(new PublicStatus(s.code(), s.procedureName(),
                        s.status().name(), s.status().portalCode(), s.status().label(), s.receivedAt(), s.dueAt(),
                        s.currentStep())))
                .orElseGet(() -> ApiErrors.respond(HttpStatus.NOT_FOUND, new ApiError(404, Messages.vi("not.found"),
                        "not found", List.of())));
    }
}
