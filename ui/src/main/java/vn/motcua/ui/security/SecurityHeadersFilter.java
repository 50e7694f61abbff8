package vn.motcua.ui.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Browser protections on every answer, pages and API alike (registered for "/*" by
 * {@link vn.motcua.ui.vaadin.ServletMappings}): no MIME sniffing, never inside a frame (clickjacking), the referrer
 * only as far as our own origin, a Content-Security-Policy, and HSTS when the request came over HTTPS.
 * <p>
 * The policy allows scripts and styles from this origin only, but with {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'}: Vaadin Flow's client runs the JavaScript the server sends through dynamic functions and
 * its bundle injects inline styles (a nonce-based strict policy would need Vaadin's own strict-CSP set-up).
 */
public class SecurityHeadersFilter implements Filter {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            if (request.isSecure()) {
                http.setHeader("Strict-Transport-Security", HSTS);
            }
        }
        chain.doFilter(request, response);
    }
}
