package vn.motcua.ui.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.motcua.core.testing.IntegrationTestProperties;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provincial IT creates a province-wide API client in headless Chromium at 1366x768, copies the secret shown once,
 * another system exchanges it for a token, and revoking (after a confirmation) stops it; a director does the same for
 * their center. The revoked badge fits its column. Screenshots under ui/target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiClientsBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    static final String ADMIN = "admin.api";
    static final String PASSWORD = "MotCua@2025-api-clients";

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "false",
                "motcua.admin.username", ADMIN, "motcua.admin.password", PASSWORD);
    }

    @Test
    void provincialItCreatesAClientCopiesTheSecretShownOnceAndRevokesItAfterAConfirmation() throws Exception {
        signInAtLaptopSize(ADMIN, PASSWORD);
        open("tinh/ung-dung-api");
        createCopyAndRevoke("Cổng dịch vụ công quốc gia", "Toàn tỉnh", "laptop-");
    }

    @Test
    void aDirectorRevokesTheirCentersClientAndTheRevokedBadgeFitsItsColumnAtLaptopSize() throws Exception {
        new TwoCenters(context, "acb.");
        signInAtLaptopSize("acb.gd.a", TwoCenters.PASSWORD);
        open("trung-tam/ung-dung-api");
        createCopyAndRevoke("Phần mềm một cửa của huyện cũ", "Chỉ đọc", "laptop-center-");
    }

    /**
     * On the open API clients page: creates {@code name}, checks the secret shown once works, revokes it after the
     * confirmation, and checks the revoked badge sits on one line inside its column, clear of the grid's edge.
     */
    private void createCopyAndRevoke(String name, String shownInGrid, String shots) throws Exception {
        waitFor(By.cssSelector("#api-client-name input")).sendKeys(name, org.openqa.selenium.Keys.TAB);
        click(By.id("api-client-create"));
        waitForText("chỉ hiển thị một lần");
        String clientId = waitFor(By.cssSelector("#api-client-new-id input")).getAttribute("value");
        String secret = driver.findElement(By.cssSelector("#api-client-new-secret input")).getAttribute("value");
        assertTrue(clientId.startsWith("mc") && secret.startsWith("mcs_"), clientId);
        screenshot(shots + "api-client-secret");
        assertEquals(200, token(clientId, secret));
        click(By.id("api-client-secret-close"));
        waitUntil(() -> body().contains(name) && body().contains(shownInGrid));
        screenshot(shots + "api-clients");

        WebElement revoke = waitFor(By.cssSelector("vaadin-button[id^='api-client-revoke-']"));
        revoke.click();
        waitForText("Thu hồi ứng dụng «" + name + "»?");
        screenshot(shots + "api-client-revoke-confirm");
        ((JavascriptExecutor) driver).executeScript("const d = document.querySelector('#api-client-revoke-confirm');"
                + "const b = d.querySelector('[slot=\"confirm-button\"]') || document.querySelector('[slot=\"confirm-button\"]');"
                + "b.click();");
        waitForText("Đã thu hồi ứng dụng");
        assertEquals(401, token(clientId, secret));
        waitFor(By.cssSelector("[id^='api-client-revoked-']"));
        waitUntil(() -> driver.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opened]")).isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const b = document.querySelector('[id^=\"api-client-revoked-\"]').getBoundingClientRect();"
                + "const g = document.getElementById('api-clients-grid').getBoundingClientRect();"
                + "return {height: b.height, gap: g.right - b.right};");
        double height = ((Number) fit.get("height")).doubleValue();
        double gap = ((Number) fit.get("gap")).doubleValue();
        assertTrue(height < 30, "the revoked badge is on one line, " + height + " px high");
        assertTrue(gap >= 12, "the revoked badge keeps clear of the grid's edge: " + gap + " px");
        Object cut = ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll("
                + "'#api-clients-grid vaadin-grid-cell-content')].filter(c => c.scrollWidth > c.clientWidth + 1)"
                + ".map(c => c.textContent.trim());");
        assertEquals(List.of(), cut, "no cell of the grid is cut off");
        screenshot(shots + "api-clients-revoked");
    }

    private int token(String clientId, String secret) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                        + "/api/oauth/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
