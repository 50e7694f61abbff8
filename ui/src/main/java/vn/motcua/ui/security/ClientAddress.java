package vn.motcua.ui.security;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address of the client a request comes from, the key the public pages' throttle counts failures by.
 * For now the connection's remote address as Tomcat gives it (behind a proxy on a private or loopback address,
 * Tomcat's {@code RemoteIpValve} has already taken the client from {@code X-Forwarded-For}); the login's throttle
 * gets a richer version with a configured list of trusted proxies, into which this one method is meant to merge.
 */
public final class ClientAddress {
    /** What is counted when a request carries no address (never expected from a real connection). */
    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(VaadinRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isBlank() ? UNKNOWN : address;
    }

    /** The address of the request being served (a Vaadin round trip, a page load). */
    public static String current() {
        return of(VaadinRequest.getCurrent());
    }
}
