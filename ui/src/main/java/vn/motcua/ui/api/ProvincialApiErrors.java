package vn.motcua.ui.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI errors and tag every provincial-IT-only endpoint documents (bulk onboarding, legacy imports, merges),
 * written once: micronaut-openapi reads swagger annotations through a meta-annotation (a stereotype), so each
 * operation of a controller carrying it lists these 4xx answers. The access rule itself stays on the controller
 * ({@code @Secured(ApiRoles.PEOPLE_1)}), where a reader of the controller sees it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "401", description = "Chưa xác thực (HTTP Basic của cán bộ)")
@ApiResponse(responseCode = "403", description = "Chỉ cán bộ CNTT của tỉnh; giám đốc, cán bộ một cửa và mã truy cập của ứng dụng API đều bị từ chối",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ (tiếng Việt và tiếng Anh); không có gì thay đổi",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "Không tìm thấy trung tâm",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
@Tag(name = "province", description = "Dành cho cán bộ CNTT của tỉnh (HTTP Basic)")
public @interface ProvincialApiErrors {
}
