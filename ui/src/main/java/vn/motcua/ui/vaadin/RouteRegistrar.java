package vn.motcua.ui.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import vn.motcua.ui.views.NotFoundView;
import vn.motcua.ui.views.RouteMissingView;

import java.util.HashSet;
import java.util.Set;

/**
 * Registers every {@code @Route} view that Micronaut knows as a bean. Tomcat's class scanning finds them
 * in the packaged jar but not always on a development or test class path; this makes both the same.
 */
@Singleton
public class RouteRegistrar implements VaadinServiceInitListener {
    private final ApplicationContext context;

    public RouteRegistrar(ApplicationContext context) {
        this.context = context;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        for (BeanDefinition<?> view : context.getBeanDefinitions(Qualifiers.byStereotype(Route.class))) {
            Class<? extends Component> type = (Class<? extends Component>) view.getBeanType();
            if (!routes.isRouteRegistered(type)) {
                routes.setAnnotatedRoute(type);
            }
        }
        Set<Class<? extends Component>> errorViews = new HashSet<>(Set.of(NotFoundView.class, RouteMissingView.class));
        registry.setErrorNavigationTargets(errorViews);
    }

}
