package vn.motcua.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.ui.views.ChangePasswordView;
import vn.motcua.ui.views.LoginView;
import vn.motcua.ui.views.NotFoundView;

/**
 * Checks every navigation: pages need a login unless {@link PublicPage}; {@link RequiresPermission} pages need
 * their permission. A page someone may not open looks like one that does not exist.
 */
@Singleton
public class AccessGuard implements VaadinServiceInitListener {
    private final CallContexts calls;

    public AccessGuard(CallContexts calls) {
        this.calls = calls;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicPage.class) || target == NotFoundView.class) {
            return;
        }
        if (Session.principal().isEmpty()) {
            event.rerouteTo(LoginView.class);
            return;
        }
        if (Session.mustChangePassword() && target != ChangePasswordView.class) {
            // signed in with a one-time password: choosing a new one comes before everything else
            event.rerouteTo(ChangePasswordView.class);
            return;
        }
        if (!mayOpen(calls.current(), target)) {
            event.rerouteToError(new NotFoundException("page", target.getSimpleName()), "");
        }
    }

    /** Whether {@code ctx} may open the page {@code view}: the same rule for the guard and the menu. */
    public static boolean mayOpen(CallContext ctx, Class<?> view) {
        RequiresPermission required = view.getAnnotation(RequiresPermission.class);
        return required == null || ctx.may(required.value());
    }
}
