package vn.motcua.ui.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.annotation.WebServlet;

/**
 * Vaadin's servlet as a Micronaut bean, registered by micronaut-servlet for every path not under /api.
 * Its service creates views and listeners through Micronaut, so views get beans injected; every session reports an
 * unreachable database as "system busy" ({@link SystemBusyErrorHandler}).
 */
@Singleton
@WebServlet(value = "/*", asyncSupported = true)
public class MotcuaVaadinServlet extends VaadinServlet {
    private final transient ApplicationContext applicationContext;

    public MotcuaVaadinServlet(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() throws ServiceException {
                return new MicronautInstantiator(this, applicationContext);
            }
        };
        service.init();
        service.addSessionInitListener(event -> event.getSession().setErrorHandler(new SystemBusyErrorHandler()));
        return service;
    }
}
