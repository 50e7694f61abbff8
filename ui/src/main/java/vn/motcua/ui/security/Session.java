package vn.motcua.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import vn.motcua.tenants.security.Principal;

import java.util.Optional;

/** The logged-in person of this browser session, kept in the Vaadin session. */
public final class Session {
    private static final String MUST_CHANGE_PASSWORD = "motcua.must-change-password";

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
        signIn(principal, false);
    }

    /** {@code mustChangePassword}: a one-time password was used; nothing but the change-password page opens. */
    public static void signIn(Principal principal, boolean mustChangePassword) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            // a new session id after login: a session id seen before login is worth nothing after it
            VaadinService.reinitializeSession(request);
        }
        VaadinSession.getCurrent().setAttribute(Principal.class, principal);
        VaadinSession.getCurrent().setAttribute(MUST_CHANGE_PASSWORD, mustChangePassword ? Boolean.TRUE : null);
    }

    public static boolean mustChangePassword() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
    }

    public static void passwordChanged() {
        VaadinSession.getCurrent().setAttribute(MUST_CHANGE_PASSWORD, null);
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
