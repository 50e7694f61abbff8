package vn.motcua.ui.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.testing.TwoCenters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over real HTTP: people of commune A ask for commune B's things by id and get "not found", nothing else. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIsolationTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    StaffService staff;

    final HttpClient http = HttpClient.newHttpClient();
    @Inject
    vn.motcua.core.dossier.IntakeService intake;
    @Inject
    vn.motcua.tenants.dossier.DossierDesk desk;

    TwoCenters c;
    long staffOfB;
    vn.motcua.core.dossier.Intake dossierOfB;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "api.");
        staffOfB = staff.list(c.directorB(), null, null, 0, 10, null, true).getContent().get(0).id();
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        dossierOfB = intake.receive(c.clerkB(), new vn.motcua.core.dossier.IntakeRequest("1.001193", 1,
                "Đăng ký khai sinh", vn.motcua.core.catalog.LegalDeadline.workingDays(3), c.b.provinceCode(), c.b.agencyCode(),
                vn.motcua.core.dossier.Dossier.Channel.IN_PERSON, new vn.motcua.core.dossier.Applicant.Individual("Lý Thị Xuân",
                "025190000999", java.time.LocalDate.of(1990, 1, 2), "0912000999", "Xóm Chùa"),
                List.of(new vn.motcua.core.dossier.IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", pdf))));
    }

    @Test
    void aDossierOfBCannotBeOpenedFoundCountedOrExportedByA() throws Exception {
        long id = dossierOfB.dossier().id();
        String code = dossierOfB.code();
        for (String user : new String[]{"api.gd.a", "api.cb.a"}) {
            HttpResponse<String> one = call("GET", "/api/dossiers/" + id, user, null);
            assertEquals(404, one.statusCode(), user);
            assertFalse(one.body().contains(code) || one.body().contains("Lý Thị Xuân"), one.body());
            HttpResponse<String> found = call("GET", "/api/dossiers?q=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8), user, null);
            assertTrue(found.body().contains("\"totalSize\":0"), found.body());
            assertFalse(call("GET", "/api/dossiers?q=ly%20thi%20xuan", user, null).body().contains(code));
            HttpResponse<String> csv = call("GET", "/api/dossiers/export.csv", user, null);
            assertEquals(200, csv.statusCode());
            assertFalse(csv.body().contains(code) || csv.body().contains("Lý Thị Xuân"), csv.body());
        }
        assertEquals(0, desk.counts(c.clerkA()).open());
        assertEquals(0, desk.search(c.directorA(), null, null, 0, 50, null).getTotalSize());
        // the owner sees it everywhere the others did not
        assertTrue(call("GET", "/api/dossiers/" + id, "api.cb.b", null).body().contains(code));
        assertTrue(call("GET", "/api/dossiers?q=ly%20thi%20xuan", "api.cb.b", null).body().contains(code));
        assertTrue(call("GET", "/api/dossiers/export.csv", "api.gd.b", null).body().contains("Lý Thị Xuân"));
        assertEquals(1, desk.counts(c.clerkB()).open());
        assertEquals(400, call("GET", "/api/dossiers?status=BOGUS", "api.cb.b", null).statusCode());
    }

    private HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + TwoCenters.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aDirectorOrClerkOfAGetsNotFoundForEveryIdOfB() throws Exception {
        for (String user : new String[]{"api.gd.a", "api.cb.a"}) {
            HttpResponse<String> center = call("GET", "/api/centers/" + c.b.id(), user, null);
            assertEquals(404, center.statusCode(), user);
            assertFalse(center.body().contains("An Bình"), center.body());
            HttpResponse<String> member = call("GET", "/api/staff/" + staffOfB, user, null);
            assertEquals(404, member.statusCode(), user);
            assertFalse(member.body().contains("Lê Văn Cường"), member.body());
            assertTrue(member.body().contains("Không tìm thấy"), member.body());
        }
    }

    @Test
    void writesAimedAtBAreNotFoundAndChangeNothing() throws Exception {
        String rename = "{\"name\":\"Chiếm Quyền\"}";
        assertEquals(404, call("PUT", "/api/centers/" + c.b.id(), "api.gd.a", rename).statusCode());
        String form = "{\"fullName\":\"Chiếm Quyền\",\"username\":\"x.y\",\"role\":\"CLERK\"}";
        assertEquals(404, call("PUT", "/api/staff/" + staffOfB, "api.gd.a", form).statusCode());
        assertEquals(404, call("POST", "/api/staff/" + staffOfB + "/active/false", "api.gd.a", null).statusCode());
        HttpResponse<String> own = call("GET", "/api/staff/" + staffOfB, "api.gd.b", null);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Lê Văn Cường") && own.body().contains("\"active\":true"), own.body());
        assertTrue(call("GET", "/api/centers/" + c.b.id(), "api.gd.b", null).body().contains("An Bình"));
    }

    @Test
    void listsAndSearchesShowOnlyTheCallersCenter() throws Exception {
        HttpResponse<String> staffList = call("GET", "/api/staff?size=100", "api.cb.a", null);
        assertEquals(200, staffList.statusCode());
        assertTrue(staffList.body().contains("Trần Thị Bình"));
        assertFalse(staffList.body().contains("Lê Văn Cường") || staffList.body().contains("Phạm Thị Dung"), staffList.body());
        HttpResponse<String> search = call("GET", "/api/staff?q=cuong", "api.gd.a", null);
        assertTrue(search.body().contains("\"totalSize\":0"), search.body());
        HttpResponse<String> centers = call("GET", "/api/centers?q=an%20binh", "api.gd.a", null);
        assertFalse(centers.body().contains("An Bình"), centers.body());
    }

    @Test
    void provincialItSeesEveryCenterAndSearchIgnoresDiacritics() throws Exception {
        HttpResponse<String> found = call("GET", "/api/centers?q=dao%20xa", "api.admin", null);
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("Đào Xá") && found.body().contains("\"totalSize\":1"), found.body());
        assertEquals(200, call("GET", "/api/centers/" + c.b.id(), "api.admin", null).statusCode());
    }

    @Test
    void badInputIsRefusedWithVietnameseTitleAndEnglishDetail() throws Exception {
        String form = "{\"fullName\":\"\",\"username\":\"có dấu\",\"password\":\"123\",\"role\":\"CLERK\"}";
        HttpResponse<String> r = call("POST", "/api/staff", "api.gd.a", form);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Không được để trống"), r.body());
        assertTrue(r.body().contains("is required"), r.body());
        assertFalse(call("GET", "/api/staff?size=100", "api.gd.a", null).body().contains("có dấu"));
    }

    @Test
    void noCredentialsOrWrongPasswordIsUnauthorizedHealthIsOpenAndMetricsAreNot() throws Exception {
        assertEquals(401, call("GET", "/api/staff", null, null).statusCode());
        HttpRequest wrong = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("api.gd.a:sai".getBytes())).build();
        assertEquals(401, http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> health = call("GET", "/health", null, null);
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("UP"));
        assertEquals(401, call("GET", "/prometheus", null, null).statusCode(), "metrics need a provincial IT account");
    }
}
