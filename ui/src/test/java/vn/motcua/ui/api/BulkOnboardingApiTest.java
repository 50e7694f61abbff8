package vn.motcua.ui.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.testing.TwoCenters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk onboarding over HTTP: provincial IT previews and runs a list; a director's or clerk's request gets a 403. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkOnboardingApiTest implements IntegrationTestProperties {
    static final String LIST = "Tỉnh,\"Phường, xã mới\",\"Phường, xã trước sáp nhập\"\nPhú Thọ,Đào Xá,\nPhú Thọ,Tân Lạc,\n";

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    OnboardingService onboarding;

    final HttpClient http = HttpClient.newHttpClient();
    TwoCenters c;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "bapi.");
    }

    private HttpResponse<byte[]> post(String path, String user, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TwoCenters.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aDirectorOrClerkIsRefusedAndNothingIsCreated() throws Exception {
        long before = onboarding.centerCount();
        for (String user : new String[]{"bapi.gd.a", "bapi.cb.a", "bapi.gd.b", "bapi.cb.b"}) {
            assertEquals(403, post("/api/province/centers/bulk/preview", user, LIST).statusCode(), user);
            assertEquals(403, post("/api/province/centers/bulk/run?clerks=0", user, LIST).statusCode(), user);
        }
        assertEquals(before, onboarding.centerCount());
    }

    @Test
    void provincialItPreviewsRunsAndARerunCreatesNothing() throws Exception {
        HttpResponse<byte[]> preview = post("/api/province/centers/bulk/preview", "bapi.admin",
                LIST + "Hà Nội,Ba Đình,\n");
        assertEquals(200, preview.statusCode());
        String json = new String(preview.body(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"status\":\"CREATE\"") && json.contains("PROVINCE_MISMATCH"), json);
        HttpResponse<byte[]> refused = post("/api/province/centers/bulk/run", "bapi.admin", LIST + "Hà Nội,Ba Đình,\n");
        assertEquals(400, refused.statusCode() / 100 * 100 == 400 ? 400 : refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("dòng có lỗi"));

        long before = onboarding.centerCount();
        HttpResponse<byte[]> run = post("/api/province/centers/bulk/run?clerks=1", "bapi.admin", LIST);
        assertEquals(200, run.statusCode(), () -> new String(run.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", run.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(run.body())) {
            assertEquals(2, doc.getNumberOfPages());
        }
        assertEquals(before + 2, onboarding.centerCount());
        assertEquals(204, post("/api/province/centers/bulk/run?clerks=1", "bapi.admin", LIST).statusCode());
        assertEquals(before + 2, onboarding.centerCount());
    }
}
