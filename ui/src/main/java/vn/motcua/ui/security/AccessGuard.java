package vn.motcua.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import vn.motcua.tenants.security.Principal;
import vn.motcua.ui.views.LoginView;
import vn.motcua.ui.views.NotFoundView;

import java.util.Arrays;
import java.util.Optional;

/**
 * Checks every navigation: pages need a login unless {@link PublicPage}; {@link AllowedRoles} pages
 * need one of their roles. A page someone may not open looks like one that does not exist.
 */
@Singleton
public class AccessGuard implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicPage.class) || target == NotFoundView.class) {
            return;
        }
        Optional<Principal> principal = Session.principal();
        if (principal.isEmpty()) {
            event.rerouteTo(LoginView.class);
            return;
        }
        AllowedRoles allowed = target.getAnnotation(AllowedRoles.class);
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(r -> r == principal.get().role())) {
            event.rerouteToError(new vn.motcua.core.validation.NotFoundException("page", target.getSimpleName()), "");
        }
    }
}
