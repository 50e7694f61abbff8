package vn.motcua.ui;

import io.micronaut.runtime.Micronaut;

/** MotCua: one server, one port — Vaadin pages for people, /api for machines. */
@io.swagger.v3.oas.annotations.OpenAPIDefinition(
        info = @io.swagger.v3.oas.annotations.info.Info(title = "MotCua API", version = "1",
                description = "API của hệ thống một cửa cho các hệ thống khác (cổng dịch vụ công, LGSP, thanh toán). "
                        + "Ứng dụng API lấy mã truy cập tại POST /api/oauth/token (client credentials), rồi gọi với "
                        + "Authorization: Bearer. Lỗi theo RFC 9457: title tiếng Việt, detail tiếng Anh."),
        security = {@io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer"),
                @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "basic")})
@io.swagger.v3.oas.annotations.security.SecurityScheme(name = "bearer",
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@io.swagger.v3.oas.annotations.security.SecurityScheme(name = "basic",
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP, scheme = "basic")
public class Application {
    static final long STARTED = System.nanoTime();

    public static void main(String[] args) throws Exception {
        EmbeddedDefaults defaults = new EmbeddedDefaults();
        defaults.applyIfNeeded();
        if (defaults.embeddedDatabase() && System.getProperty("motcua.demo.enabled") == null
                && System.getenv("MOTCUA_DEMO_ENABLED") == null) {
            System.setProperty("motcua.demo.enabled", "true");
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
