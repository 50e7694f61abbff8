package vn.motcua.ui.vaadin;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import java.util.EnumSet;
import java.util.Set;
import vn.motcua.ui.security.SecurityHeadersFilter;

/**
 * Health and metrics sit at the root (/health, /prometheus) next to /api, all served by Micronaut, as are the OpenAPI
 * document (/openapi/motcua.yml) and its Swagger UI (/swagger-ui/index.html); the security
 * headers ({@link SecurityHeadersFilter}) are put on every answer of every servlet.
 */
@Singleton
@Order(Ordered.LOWEST_PRECEDENCE)
public class ServletMappings implements ServletContainerInitializer {
    static final String SECURITY_HEADERS = "motcuaSecurityHeaders";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        ServletRegistration micronaut = context.getServletRegistration(DefaultMicronautServlet.NAME);
        if (micronaut != null) {
            micronaut.addMapping("/health", "/health/*", "/prometheus", "/openapi/*", "/swagger-ui/*");
        }
        if (context.getFilterRegistration(SECURITY_HEADERS) == null) {
            FilterRegistration.Dynamic headers = context.addFilter(SECURITY_HEADERS, new SecurityHeadersFilter());
            headers.setAsyncSupported(true);
            headers.addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
        }
    }
}
