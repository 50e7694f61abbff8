package vn.motcua.ui.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.testing.TwoCenters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over real HTTP: /health tells anyone only UP or DOWN; /prometheus answers a provincial IT account only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementEndpointsTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void centers() {
        new TwoCenters(context, "ops.");
    }

    @Test
    void anAnonymousHealthCheckSeesOnlyTheStatusNotTheJdbcUrlVersionsOrDisks() throws Exception {
        HttpResponse<String> health = get("/health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        for (String secret : new String[]{"details", "jdbc", "postgres", "diskSpace", "database"}) {
            assertFalse(health.body().toLowerCase().contains(secret.toLowerCase()), secret + " in " + health.body());
        }
    }

    @Test
    void prometheusMetricsAnswerOnlyAProvincialItAccount() throws Exception {
        assertEquals(401, get("/prometheus", null).statusCode());
        assertEquals(403, get("/prometheus", "ops.gd.a").statusCode());
        assertEquals(403, get("/prometheus", "ops.cb.b").statusCode());
        HttpResponse<String> metrics = get("/prometheus", "ops.admin");
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("jvm_"), "metrics in the Prometheus text format");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).GET();
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + TwoCenters.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
