package vn.motcua.ui.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.client.api.AuthApi;
import vn.motcua.client.api.DossiersApi;
import vn.motcua.client.api.PublicApi;
import vn.motcua.client.model.DossiersControllerDossierPage;
import vn.motcua.client.model.PageOfPublicInfoControllerProcedureSummary;
import vn.motcua.client.model.PublicInfoControllerCenterProfile;
import vn.motcua.client.model.TokenControllerTokenResponse;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.apiclient.ApiClients;
import vn.motcua.tenants.testing.TwoCenters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document generated from the controllers is served, validates (swagger-parser) and documents every
 * endpoint's errors; a Java client generated from it at build time (openapi-generator, native) calls the running
 * application.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    ApiClients clients;

    final HttpClient http = HttpClient.newHttpClient();
    TwoCenters c;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void setUp() {
        c = new TwoCenters(context, "oas.");
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentIsServedAtAStablePathValidatesAndEveryEndpointDocumentsItsErrors() throws Exception {
        HttpResponse<String> yml = get("/openapi/motcua.yml");
        assertEquals(200, yml.statusCode(), "Micronaut serves it, not the Vaadin shell");
        assertTrue(yml.body().startsWith("openapi: 3"), yml.body().substring(0, Math.min(200, yml.body().length())));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yml.body(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "the document validates");
        OpenAPI api = parsed.getOpenAPI();
        for (String path : List.of("/api/oauth/token", "/api/dossiers", "/api/dossiers/{id}", "/api/dossiers/{id}/payments",
                "/api/public/procedures", "/api/public/procedures/{code}/versions", "/api/public/centers",
                "/api/public/centers/{code}/procedures", "/api/public/dossier-status")) {
            assertNotNull(api.getPaths().get(path), path);
        }
        List<String> undocumented = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (errors(op) == 0) {
                undocumented.add(method + " " + path);
            }
        }));
        assertEquals(List.of(), undocumented, "every endpoint documents its errors");
        assertTrue(api.getComponents().getSecuritySchemes().containsKey("bearer"));

        HttpResponse<String> ui = get("/swagger-ui/index.html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("swagger"), ui.body().substring(0, Math.min(300, ui.body().length())));
        assertTrue(ui.body().contains("motcua.yml"), "the view shows our document");
    }

    private static long errors(Operation op) {
        return op.getResponses().keySet().stream().filter(code -> code.startsWith("4") || code.startsWith("5")).count();
    }

    @Test
    void aClientGeneratedFromTheDocumentCallsThreeEndpoints() throws Exception {
        ApiClients.Issued issued = clients.create(c.directorA(), c.a.id(), vn.motcua.tenants.apiclient.ApiClient.Scope.CENTER,
                vn.motcua.tenants.apiclient.ApiClient.Access.READ, "Máy khách sinh tự động");
        vn.motcua.client.ApiClient anonymous = new vn.motcua.client.ApiClient();
        anonymous.updateBaseUri("http://localhost:" + server.getPort());
        TokenControllerTokenResponse token = new AuthApi(anonymous).token("client_credentials",
                issued.client().clientId(), issued.secret(), null);
        assertEquals("Bearer", token.getTokenType());

        vn.motcua.client.ApiClient withToken = new vn.motcua.client.ApiClient();
        withToken.updateBaseUri("http://localhost:" + server.getPort());
        withToken.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token.getAccessToken()));
        DossiersControllerDossierPage dossiers = new DossiersApi(withToken).listDossiers(null, null, null, null, null,
                null, null, 0, 20);
        assertEquals(0L, dossiers.getTotalSize());
        List<PublicInfoControllerCenterProfile> centers = new PublicApi(withToken).centers();
        assertTrue(centers.stream().anyMatch(x -> "An Bình".equals(x.getName()) || x.getName().contains("An Bình")),
                centers.toString());
        PageOfPublicInfoControllerProcedureSummary procedures = new PublicApi(withToken).procedures(null, 0, 10);
        assertNotNull(procedures.getContent());
    }
}
