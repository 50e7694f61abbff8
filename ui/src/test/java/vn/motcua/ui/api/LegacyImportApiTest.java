package vn.motcua.ui.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.dossier.DossierRepository;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.legacy.LegacySampleArchive;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.testing.AppHttp;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over real HTTP: provincial IT imports an archive by machine; a director or a clerk is refused before anything is read. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyImportApiTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    BusinessTime time;

    TwoCenters c;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void centers() throws Exception {
        c = new TwoCenters(context, "lapi.");
        LegacySampleArchive.publishProcedures(context, c.admin());
    }

    private byte[] archive(int count) throws Exception {
        Path file = Files.createTempFile("legacy-api", ".zip");
        LegacySampleArchive.demo("000.00.90.H25", count, time.now()).write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private long dossiersOfA() {
        return context.getBean(vn.motcua.core.tenancy.TenantTransactions.class).read(c.a.tenantId(),
                () -> context.getBean(DossierRepository.class).countByTenantId(c.a.id()));
    }

    @Test
    void aDirectorOrAClerkIsForbiddenToPreviewOrImportEvenIntoTheirOwnCenter() throws Exception {
        byte[] zip = archive(2);
        long before = dossiersOfA();
        for (String who : new String[]{"lapi.gd.a", "lapi.cb.a", "lapi.gd.b"}) {
            for (String path : new String[]{"/api/legacy-imports/" + c.a.id() + "/preview", "/api/legacy-imports/" + c.a.id()}) {
                HttpResponse<String> answer = app().post(path, who, "application/zip", zip);
                assertEquals(403, answer.statusCode(), who + " " + path + " " + answer.body());
            }
        }
        assertEquals(before, dossiersOfA());
    }

    @Test
    void provincialItPreviewsThenImportsAndABadArchiveIsABadRequestInVietnamese() throws Exception {
        byte[] zip = archive(3);
        long before = dossiersOfA();
        HttpResponse<String> preview = app().post("/api/legacy-imports/" + c.a.id() + "/preview", "lapi.admin", "application/zip", zip);
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("\"toCreate\":3"), preview.body());
        assertEquals(before, dossiersOfA());

        HttpResponse<String> corrupt = app().post("/api/legacy-imports/" + c.a.id(), "lapi.admin", "application/zip",
                java.util.Arrays.copyOf(zip, zip.length / 3));
        assertEquals(400, corrupt.statusCode(), corrupt.body());
        assertTrue(corrupt.body().contains("không phải tệp zip hợp lệ"), corrupt.body());
        assertEquals(before, dossiersOfA());

        HttpResponse<String> run = app().post("/api/legacy-imports/" + c.a.id(), "lapi.admin", "application/zip", zip);
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(run.body().contains("\"created\":3"), run.body());
        assertEquals(before + 3, dossiersOfA());
        assertEquals(404, app().post("/api/legacy-imports/" + c.province.id(), "lapi.admin", "application/zip", zip).statusCode(),
                "not into the province's own center");
    }

    private AppHttp app() {
        return new AppHttp(server);
    }
}
