package vn.motcua.ui.security;

import vn.motcua.ui.testing.AppHttp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over real HTTP: pages and API answers carry the browser protections, and the session cookie is SameSite=Lax. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;


    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @Test
    void theLoginPageAnApiAnswerAndHealthCarryTheSecurityHeadersWithoutHstsOverPlainHttp() throws Exception {
        for (String path : List.of("/dang-nhap", "/api/me", "/health", "/khong-co-trang-nay")) {
            HttpResponse<String> answer = app().getWith(path, Map.of());
            assertProtected(path, answer);
            assertTrue(answer.headers().firstValue("Strict-Transport-Security").isEmpty(), path + ": HSTS over HTTP");
        }
        assertEquals(401, app().getWith("/api/me", Map.of()).statusCode());
    }

    @Test
    void theSessionCookieOfTheLoginPageIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> page = app().getWith("/dang-nhap", Map.of());
        assertEquals(200, page.statusCode());
        String cookie = sessionCookie(page);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
    }

    @Test
    void overHttpsThroughALocalProxyTheAnswersCarryHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> page = app().getWith("/dang-nhap", Map.of("X-Forwarded-Proto", "https"));
        assertProtected("/dang-nhap", page);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                page.headers().map().toString());
        String cookie = sessionCookie(page);
        assertTrue(cookie.contains("Secure") && cookie.contains("SameSite=Lax"), cookie);
        assertTrue(app().getWith("/api/me", Map.of("X-Forwarded-Proto", "https")).headers()
                .firstValue("Strict-Transport-Security").isPresent());
    }

    private static void assertProtected(String path, HttpResponse<String> answer) {
        var headers = answer.headers();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers().map()));
    }

    private AppHttp app() {
        return new AppHttp(server);
    }
}
