package vn.motcua.ui.vaadin;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import java.util.Set;

/** Health and metrics sit at the root (/health, /prometheus) next to /api, all served by Micronaut. */
@Singleton
@Order(Ordered.LOWEST_PRECEDENCE)
public class ServletMappings implements ServletContainerInitializer {
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        ServletRegistration micronaut = context.getServletRegistration(DefaultMicronautServlet.NAME);
        if (micronaut != null) {
            micronaut.addMapping("/health", "/health/*", "/prometheus");
        }
    }
}
