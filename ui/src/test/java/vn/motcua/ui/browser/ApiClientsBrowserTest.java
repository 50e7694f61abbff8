package vn.motcua.ui.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provincial IT creates a province-wide API client in headless Chromium at 1366x768, copies the secret shown once,
 * another system exchanges it for a token, and revoking (after a confirmation) stops it. Screenshots under
 * ui/target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiClientsBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    static final String ADMIN = "admin.api";
    static final String PASSWORD = "MotCua@2025-api-clients";

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "false",
                "motcua.admin.username", ADMIN, "motcua.admin.password", PASSWORD);
    }

    @Test
    void provincialItCreatesAClientCopiesTheSecretShownOnceAndRevokesItAfterAConfirmation() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        open("dang-nhap");
        typeLogin(ADMIN, PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
        open("tinh/ung-dung-api");
        waitFor(By.cssSelector("#api-client-name input")).sendKeys("Cổng dịch vụ công quốc gia", org.openqa.selenium.Keys.TAB);
        click(By.id("api-client-create"));
        waitForText("chỉ hiển thị một lần");
        String clientId = waitFor(By.cssSelector("#api-client-new-id input")).getAttribute("value");
        String secret = driver.findElement(By.cssSelector("#api-client-new-secret input")).getAttribute("value");
        assertTrue(clientId.startsWith("mc") && secret.startsWith("mcs_"), clientId);
        screenshot("laptop-api-client-secret");
        assertEquals(200, token(clientId, secret));
        click(By.id("api-client-secret-close"));
        waitUntil(() -> body().contains("Cổng dịch vụ công quốc gia") && body().contains("Toàn tỉnh"));
        screenshot("laptop-api-clients");

        WebElement revoke = waitFor(By.cssSelector("vaadin-button[id^='api-client-revoke-']"));
        revoke.click();
        waitForText("Thu hồi ứng dụng «Cổng dịch vụ công quốc gia»?");
        screenshot("laptop-api-client-revoke-confirm");
        ((JavascriptExecutor) driver).executeScript("const d = document.querySelector('#api-client-revoke-confirm');"
                + "const b = d.querySelector('[slot=\"confirm-button\"]') || document.querySelector('[slot=\"confirm-button\"]');"
                + "b.click();");
        waitForText("Đã thu hồi ứng dụng");
        assertEquals(401, token(clientId, secret));
        screenshot("laptop-api-clients-revoked");
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
