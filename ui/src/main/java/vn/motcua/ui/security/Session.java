package vn.motcua.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import vn.motcua.tenants.security.Principal;

import java.util.Optional;

/** The logged-in person of this browser session, kept in the Vaadin session. */
public final class Session {
    private Session() {
    }

    public static Optional<Principal> principal() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Principal.class));
    }

    public static Principal require() {
        return principal().orElseThrow(() -> new IllegalStateException("not logged in"));
    }

    public static void signIn(Principal principal) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            // a new session id after login: a session id seen before login is worth nothing after it
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(Principal.class, principal);
    }

    /** Provincial IT switching center, or back to the province. */
    public static void replace(Principal principal) {
        VaadinSession.getCurrent().setAttribute(Principal.class, principal);
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Principal.class, null);
        session.getSession().invalidate();
    }
}
