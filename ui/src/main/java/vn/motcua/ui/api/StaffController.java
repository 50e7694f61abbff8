package vn.motcua.ui.api;

import vn.motcua.ui.security.CallContexts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.motcua.tenants.staff.StaffForm;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;

/** The staff of the caller's own center. */
@Controller("/api/staff")
@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401", description = "Chưa xác thực (HTTP Basic của cán bộ)")
@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Vai trò không được phép; mã truy cập của ứng dụng API không dùng được ở đây",
        content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiError.class)))
@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ (tiếng Việt và tiếng Anh)",
        content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiError.class)))
@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "Không tìm thấy (của trung tâm khác cũng vậy)",
        content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiError.class)))
@io.swagger.v3.oas.annotations.tags.Tag(name = "people", description = "Dành cho cán bộ (HTTP Basic)")
@Secured({"PROVINCIAL_ADMIN", "DIRECTOR", "CLERK"}) // people only: an API client's token gets 403
public class StaffController {
    private final StaffService staff;

    private final CallContexts calls;

    public StaffController(StaffService staff, CallContexts calls) {
        this.calls = calls;
        this.staff = staff;
    }

    @Get
    public PageOf<StaffView> list(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue Boolean active,
                                  @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                                  @Nullable @QueryValue String sort) {
        return PageOf.of(staff.list(calls.of(ApiPrincipal.of(auth)), QueryInput.search("q", q), active, page, size, sort, true));
    }

    @Get("/{id}")
    public StaffView get(Authentication auth, @PathVariable long id) {
        return staff.get(calls.of(ApiPrincipal.of(auth)), id);
    }

    @Post
    public HttpResponse<StaffView> create(Authentication auth, @Body StaffForm form) {
        return HttpResponse.created(staff.create(calls.of(ApiPrincipal.of(auth)), form));
    }

    @Put("/{id}")
    public StaffView update(Authentication auth, @PathVariable long id, @Body StaffForm form) {
        return staff.update(calls.of(ApiPrincipal.of(auth)), id, form);
    }

    @Post("/{id}/active/{value}")
    public StaffView setActive(Authentication auth, @PathVariable long id, @PathVariable boolean value) {
        return staff.setActive(calls.of(ApiPrincipal.of(auth)), id, value);
    }
}
