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
 * The OpenAPI errors and tag of the endpoints made for people only (centers, staff), written once as a
 * meta-annotation that micronaut-openapi reads on each operation (see {@link ProvincialApiErrors}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "401", description = "Chưa xác thực (HTTP Basic của cán bộ)")
@ApiResponse(responseCode = "403", description = "Vai trò không được phép; mã truy cập của ứng dụng API không dùng được ở đây",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ (tiếng Việt và tiếng Anh)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "Không tìm thấy (của trung tâm khác cũng vậy)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
@Tag(name = "people", description = "Dành cho cán bộ (HTTP Basic)")
public @interface PeopleApiErrors {
}
