package vn.motcua.ui.api;

import vn.motcua.ui.testing.AppHttp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.testing.TwoCenters;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over real HTTP: query input an attacker or a broken client sends is a clear 400, never a 500 or an echo. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadInputTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;


    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void centers() {
        new TwoCenters(context, "bad.");
    }

    @Test
    void aSearchWithANulCharacterIsABadRequestInVietnameseAndEnglishNotAServerError() throws Exception {
        for (String path : new String[]{"/api/dossiers?q=a%00b", "/api/dossiers/export.csv?q=a%00b", "/api/staff?q=%00",
                "/api/centers?q=x%00"}) {
            HttpResponse<String> answer = app().get(path, "bad.gd.a");
            assertEquals(400, answer.statusCode(), path + " " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertTrue(answer.body().contains("ký tự điều khiển"), answer.body());
            assertTrue(answer.body().contains("control character"), answer.body());
        }
    }

    @Test
    void anOverlongSearchIsABadRequest() throws Exception {
        HttpResponse<String> answer = app().get("/api/dossiers?q=" + "a".repeat(5000), "bad.cb.a");
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("quá dài"), answer.body());
        assertTrue(answer.body().length() < 1000, answer.body());
        assertEquals(200, app().get("/api/dossiers?q=" + "a".repeat(200), "bad.cb.a").statusCode());
    }

    @Test
    void anInvalidStatusIsNotEchoedBackUnbounded() throws Exception {
        String status = "X".repeat(5000);
        HttpResponse<String> answer = app().get("/api/dossiers?status=" + status, "bad.cb.a");
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Tình trạng hồ sơ không hợp lệ"), answer.body());
        assertFalse(answer.body().contains("X".repeat(41)), "an echoed value is cut to 40 characters");
        assertTrue(answer.body().length() < 1000, "answer of " + answer.body().length() + " characters");
    }

    private AppHttp app() {
        return new AppHttp(server);
    }
}
