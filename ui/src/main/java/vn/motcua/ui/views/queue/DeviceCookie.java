package vn.motcua.ui.views.queue;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Optional;

/**
 * The paired device's credential in its browser: an HttpOnly, SameSite=Lax (the context's cookie processor) cookie
 * on the whole site, Secure over HTTPS, kept five years (revocation, not expiry, ends it).
 */
final class DeviceCookie {
    static final String NAME = "motcua_device";
    private static final int MAX_AGE = (int) Duration.ofDays(5 * 365).toSeconds();

    private DeviceCookie() {
    }

    static Optional<String> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie c : request.getCookies()) {
            if (NAME.equals(c.getName())) {
                return Optional.ofNullable(c.getValue());
            }
        }
        return Optional.empty();
    }

    static void write(String credential) {
        set(credential, MAX_AGE);
    }

    static void clear() {
        set("", 0);
    }

    private static void set(String value, int maxAge) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
    }
}
