package vn.motcua.ui.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.apiclient.ApiClient;
import vn.motcua.tenants.apiclient.ApiClients;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.tenants.security.PasswordHasher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API clients over real HTTP: the token exchange, bearer calls that never hash a password, read-only and read-write
 * clients, a revoked client stopped at once, and tenant isolation tried by id, code, filter, center parameter and forged
 * token claims.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiClientTokenTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    ApiClients clients;
    @Inject
    IntakeService intake;
    @Inject
    PasswordHasher hasher;
    @Inject
    vn.motcua.core.catalog.CatalogImportService importer;
    @Inject
    vn.motcua.core.catalog.CatalogService catalog;
    @Inject
    java.time.Clock clock;

    final HttpClient http = HttpClient.newHttpClient();
    TwoCenters c;
    Intake dossierOfA;
    Intake dossierOfB;
    ApiClients.Issued readerA;
    ApiClients.Issued writerA;
    ApiClients.Issued province;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void setUp() {
        c = new TwoCenters(context, "tok.");
        dossierOfA = receive(c.clerkA(), c.a, "Hoàng Văn Ánh", "025190000111");
        dossierOfB = receive(c.clerkB(), c.b, "Lý Thị Xuân", "025190000999");
        // the catalog comes after those two (whose one paper it would not accept): the online submission answers it
        try (java.io.InputStream in = getClass().getResourceAsStream("/catalog/commune-procedures-national-portal.jsonl")) {
            byte[] bytes = in.readAllBytes();
            importer.importFile(vn.motcua.core.testing.Callers.as(c.province.tenantId(),
                    vn.motcua.core.context.Actor.system("test"), clock), "commune.jsonl",
                    new java.io.ByteArrayInputStream(bytes), bytes.length, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        readerA = clients.create(c.directorA(), c.a.id(), ApiClient.Scope.CENTER, ApiClient.Access.READ, "Đọc A");
        writerA = clients.create(c.directorA(), c.a.id(), ApiClient.Scope.CENTER, ApiClient.Access.READ_WRITE, "Cổng A");
        province = clients.create(c.admin(), 0, ApiClient.Scope.PROVINCE, ApiClient.Access.READ, "Cổng quốc gia");
    }

    private Intake receive(vn.motcua.core.context.CallContext clerk, vn.motcua.tenants.center.ServiceCenter center,
                           String name, String id) {
        return intake.receive(clerk, new IntakeRequest("1.001193", 1, "Đăng ký khai sinh", LegalDeadline.workingDays(3),
                center.provinceCode(), center.agencyCode(), Dossier.Channel.IN_PERSON,
                new Applicant.Individual(name, id, LocalDate.of(1990, 1, 2), "0912000" + id.substring(9), "Xóm Chùa"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF))));
    }

    // ---- helpers ----

    HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String token(ApiClients.Issued client) throws Exception {
        HttpResponse<String> r = send("POST", "/api/oauth/token", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Authorization", basic(client.client().clientId(), client.secret())), "grant_type=client_credentials");
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    HttpResponse<String> bearer(String method, String path, String token, String json) throws Exception {
        return send(method, path, json == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), json);
    }

    static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- tests ----

    @Test
    void aClientExchangesItsSecretByBasicOrFormAndAWrongSecretOrGrantIsRefusedAlike() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + enc(readerA.client().clientId()) + "&client_secret="
                + enc(readerA.secret());
        HttpResponse<String> byForm = send("POST", "/api/oauth/token", Map.of("Content-Type",
                "application/x-www-form-urlencoded"), form);
        assertEquals(200, byForm.statusCode(), byForm.body());
        assertTrue(byForm.body().contains("\"token_type\":\"Bearer\"") && byForm.body().contains("\"expires_in\":300"),
                byForm.body());
        assertEquals("no-store", byForm.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(token(readerA).split("\\.").length == 3);

        HttpResponse<String> wrong = send("POST", "/api/oauth/token", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Authorization", basic(readerA.client().clientId(), readerA.secret() + "x")), "grant_type=client_credentials");
        HttpResponse<String> unknown = send("POST", "/api/oauth/token", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Authorization", basic("mc999_abcdefghijklmnop", readerA.secret())), "grant_type=client_credentials");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(wrong.body(), unknown.body(), "an unknown client and a wrong secret read alike");
        assertTrue(wrong.body().contains("invalid_client") && wrong.body().contains("Sai mã ứng dụng"), wrong.body());
        HttpResponse<String> password = send("POST", "/api/oauth/token", Map.of("Content-Type",
                "application/x-www-form-urlencoded"), "grant_type=password&username=a&password=b");
        assertEquals(400, password.statusCode());
        assertTrue(password.body().contains("unsupported_grant_type"), password.body());
    }

    @Test
    void bearerCallsNeverHashAPasswordAndSeeOnlyTheClientsCenter() throws Exception {
        String token = token(readerA);
        long hashesBefore = hasher.argon2Runs();
        HttpResponse<String> page = bearer("GET", "/api/dossiers?size=20", token, null);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains(dossierOfA.code()), page.body());
        assertFalse(page.body().contains(dossierOfB.code()), page.body());
        for (int i = 0; i < 5; i++) {
            assertEquals(200, bearer("GET", "/api/dossiers/" + dossierOfA.dossier().id(), token, null).statusCode());
        }
        assertEquals(hashesBefore, hasher.argon2Runs(), "no Argon2 on a bearer call");

        // B by id, by code, by name, by filter, by naming B's center: nothing
        String code = dossierOfB.code();
        HttpResponse<String> byId = bearer("GET", "/api/dossiers/" + dossierOfB.dossier().id(), token, null);
        assertEquals(404, byId.statusCode());
        for (String path : List.of("/api/dossiers?q=" + enc(code), "/api/dossiers?q=ly%20thi%20xuan",
                "/api/dossiers?procedure=1.001193&size=100", "/api/dossiers?changedSince=2000-01-01T00:00:00Z",
                "/api/dossiers?receivedFrom=2000-01-01&size=100", "/api/dossiers/export.csv")) {
            HttpResponse<String> r = bearer("GET", path, token, null);
            assertEquals(200, r.statusCode(), path + " " + r.body());
            assertFalse(r.body().contains(code) || r.body().contains("Lý Thị Xuân"), path + " " + r.body());
        }
        HttpResponse<String> namingB = bearer("GET", "/api/dossiers?center=" + c.b.id(), token, null);
        assertEquals(404, namingB.statusCode(), namingB.body());
        assertEquals(404, bearer("GET", "/api/dossiers/" + dossierOfB.dossier().id() + "?center=" + c.b.id(), token, null)
                .statusCode());
        // the filters work on A's own dossiers
        HttpResponse<String> filtered = bearer("GET", "/api/dossiers?procedure=1.001193&changedSince=2000-01-01T00:00:00Z",
                token, null);
        assertTrue(filtered.body().contains(dossierOfA.code()), filtered.body());
        assertFalse(bearer("GET", "/api/dossiers?procedure=9.999999", token, null).body().contains(dossierOfA.code()));
        HttpResponse<String> badDate = bearer("GET", "/api/dossiers?receivedFrom=30/11/2026", token, null);
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("Ngày không hợp lệ"), badDate.body());
    }

    @Test
    void aForgedOrForeignTokenIsRefused() throws Exception {
        String token = token(readerA);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"tid\":" + c.a.id(), "\"tid\":" + c.b.id());
        assertFalse(forged.equals(payload), payload);
        String forgedToken = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, bearer("GET", "/api/dossiers/" + dossierOfB.dossier().id(), forgedToken, null).statusCode());
        assertEquals(401, bearer("GET", "/api/dossiers", forgedToken, null).statusCode());
        // unsigned (alg none) with B's tenant and a provincial role
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"motcua\",\"sub\":\"x\",\"tid\":"
                + c.b.id() + ",\"cid\":1,\"roles\":[\"PROVINCIAL_ADMIN\"],\"exp\":9999999999}").getBytes(StandardCharsets.UTF_8)) + ".";
        assertEquals(401, bearer("GET", "/api/dossiers", none, null).statusCode());
        assertEquals(401, bearer("GET", "/api/staff", none, null).statusCode());
        assertEquals(401, bearer("GET", "/api/dossiers", "not-a-token", null).statusCode());
    }

    @Test
    void aClientTokenOpensNoPeoplesEndpointAndMetrics() throws Exception {
        String token = token(writerA);
        for (String path : List.of("/api/staff", "/api/me", "/api/centers", "/api/centers/" + c.a.id(), "/prometheus")) {
            assertEquals(403, bearer("GET", path, token, null).statusCode(), path);
        }
    }

    @Test
    void aReadOnlyClientCannotWriteAndAReadWriteClientSubmitsOnlineAndConfirmsAPayment() throws Exception {
        String files = String.join(",", vn.motcua.core.catalog.Checklist.of(catalog.getByCode("1.001193").draft().documents())
                .stream().map(line -> line.document()).map(d -> "{\"name\":\"" + d.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"fileName\":\"giay-to.pdf\","
                        + "\"contentBase64\":\"" + Base64.getEncoder().encodeToString(PDF) + "\"}").toList());
        String body = "{\"procedureCode\":\"1.001193\",\"individual\":{\"fullName\":\"Đỗ Thị Mai\",\"citizenId\":\"025190000321\","
                + "\"dateOfBirth\":\"1990-03-04\",\"phone\":\"0912000321\",\"address\":\"Xóm Đình\"},\"files\":[" + files + "]}";
        HttpResponse<String> refused = bearer("POST", "/api/dossiers", token(readerA), body);
        assertEquals(403, refused.statusCode(), refused.body());
        String write = token(writerA);
        HttpResponse<String> created = bearer("POST", "/api/dossiers", write, body);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"channel\":\"ONLINE\"") && created.body().contains("Đỗ Thị Mai"), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find());

        HttpResponse<String> missing = bearer("POST", "/api/dossiers", write, body.replace("\"files\":[", "\"files\":[],\"x\":["));
        assertEquals(400, missing.statusCode(), missing.body());

        String pay = "{\"amountVnd\":8000,\"method\":\"TRANSFER\",\"receiptNumber\":\"CT-0001\"}";
        HttpResponse<String> paid = bearer("POST", "/api/dossiers/" + id.group(1) + "/payments", write, pay);
        assertEquals(201, paid.statusCode(), paid.body());
        assertTrue(paid.body().contains("\"recordedBy\":\"api:" + writerA.client().clientId()), paid.body());
        assertEquals(400, bearer("POST", "/api/dossiers/" + id.group(1) + "/payments", write, pay).statusCode(),
                "a receipt number is used once");
        assertEquals(404, bearer("POST", "/api/dossiers/" + dossierOfB.dossier().id() + "/payments", write,
                pay.replace("CT-0001", "CT-0002")).statusCode(), "not on B's dossier");
        assertEquals(403, bearer("POST", "/api/dossiers/" + id.group(1) + "/payments", token(readerA),
                pay.replace("CT-0001", "CT-0003")).statusCode());
    }

    @Test
    void aRevokedClientsTokenStopsWorkingAtOnce() throws Exception {
        ApiClients.Issued doomed = clients.create(c.directorA(), c.a.id(), ApiClient.Scope.CENTER, ApiClient.Access.READ,
                "Sắp thu hồi");
        String token = token(doomed);
        assertEquals(200, bearer("GET", "/api/dossiers", token, null).statusCode());
        clients.revoke(c.directorA(), c.a.id(), doomed.client().id());
        assertEquals(401, bearer("GET", "/api/dossiers", token, null).statusCode());
        HttpResponse<String> again = send("POST", "/api/oauth/token", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Authorization", basic(doomed.client().clientId(), doomed.secret())), "grant_type=client_credentials");
        assertEquals(401, again.statusCode());
    }

    @Test
    void aProvinceWideClientNamesTheCenterOfEachCall() throws Exception {
        String token = token(province);
        HttpResponse<String> noCenter = bearer("GET", "/api/dossiers", token, null);
        assertEquals(400, noCenter.statusCode(), noCenter.body());
        assertTrue(noCenter.body().contains("center"), noCenter.body());
        HttpResponse<String> ofB = bearer("GET", "/api/dossiers?center=" + c.b.id(), token, null);
        assertEquals(200, ofB.statusCode(), ofB.body());
        assertTrue(ofB.body().contains(dossierOfB.code()) && !ofB.body().contains(dossierOfA.code()), ofB.body());
        assertEquals(403, bearer("POST", "/api/dossiers?center=" + c.b.id(), token, "{}").statusCode(), "read only");
    }

    @Test
    void peopleStillUseBasicAndEveryCallerReadsThePublicCatalogAndCenters() throws Exception {
        HttpResponse<String> person = send("GET", "/api/dossiers", Map.of("Authorization", basic("tok.cb.a", TwoCenters.PASSWORD)), null);
        assertEquals(200, person.statusCode());
        assertTrue(person.body().contains(dossierOfA.code()));
        String token = token(readerA);
        HttpResponse<String> centers = bearer("GET", "/api/public/centers", token, null);
        assertEquals(200, centers.statusCode());
        assertTrue(centers.body().contains("An Bình") && centers.body().contains("Đào Xá"), "public profiles of all centers");
        assertEquals(404, bearer("GET", "/api/public/centers/no-such-center", token, null).statusCode());
        HttpResponse<String> status = bearer("GET", "/api/public/dossier-status?code=" + enc(dossierOfB.code()) + "&secret="
                + dossierOfB.dossier().lookupSecret(), token, null);
        assertEquals(200, status.statusCode(), status.body());
        assertFalse(status.body().contains("Lý Thị Xuân"), "nothing personal");
        assertEquals(404, bearer("GET", "/api/public/dossier-status?code=" + enc(dossierOfB.code()) + "&secret=AAAAAAAAAAAAA",
                token, null).statusCode());
        assertEquals(401, send("GET", "/api/public/centers", Map.of(), null).statusCode());
    }
}
