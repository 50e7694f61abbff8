package vn.motcua.ui.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.motcua.tenants.security.Principal;

@Controller("/api/me")
@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401", description = "Chưa xác thực (HTTP Basic của cán bộ)")
@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Vai trò không được phép; mã truy cập của ứng dụng API không dùng được ở đây",
        content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiError.class)))
@io.swagger.v3.oas.annotations.tags.Tag(name = "people", description = "Dành cho cán bộ (HTTP Basic)")
@Secured({"PROVINCIAL_ADMIN", "DIRECTOR", "CLERK"}) // people only: an API client's token gets 403
public class MeController {
    @Get
    public Principal me(Authentication auth) {
        return ApiPrincipal.of(auth);
    }
}
