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

/** Over real HTTP: /health tells anyone only UP or DOWN; /prometheus answers a provincial IT account only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementEndpointsTest implements IntegrationTestProperties {
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
        new TwoCenters(context, "ops.");
    }

    @Test
    void anAnonymousHealthCheckSeesOnlyTheStatusNotTheJdbcUrlVersionsOrDisks() throws Exception {
        HttpResponse<String> health = app().get("/health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        for (String secret : new String[]{"details", "jdbc", "postgres", "diskSpace", "database"}) {
            assertFalse(health.body().toLowerCase().contains(secret.toLowerCase()), secret + " in " + health.body());
        }
    }

    @Test
    void prometheusMetricsAnswerOnlyAProvincialItAccount() throws Exception {
        assertEquals(401, app().get("/prometheus", null).statusCode());
        assertEquals(403, app().get("/prometheus", "ops.gd.a").statusCode());
        assertEquals(403, app().get("/prometheus", "ops.cb.b").statusCode());
        HttpResponse<String> metrics = app().get("/prometheus", "ops.admin");
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("jvm_"), "metrics in the Prometheus text format");
    }

    private AppHttp app() {
        return new AppHttp(server);
    }
}
