package vn.motcua.ui.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.legacy.LegacySampleArchive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Provincial IT imports an old commune's dossiers into the demo's Phường Tân Hòa in headless Chromium at 1366×768:
 * choose the center, upload the sample archive, read the preview, confirm, read the result. Screenshots
 * {@code laptop-legacy-preview}, {@code laptop-legacy-done} under ui/target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyImportBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    static final String PASSWORD = "MotCua@2025-legacy";

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "true", "motcua.demo.password", PASSWORD);
    }

    @Test
    void provincialItPreviewsAndImportsTheSampleArchiveIntoTanHoa() throws Exception {
        Path zip = LegacySampleArchive.demo("000.00.90.H25", 12, context.getBean(BusinessTime.class).now())
                .write(Files.createTempFile("ho-so-cu-mau", ".zip"));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        open("dang-nhap");
        typeLogin("admin.phutho", PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
        open("tinh/nhap-ho-so");
        WebElement combo = waitFor(By.cssSelector("#legacy-center input"));
        combo.sendKeys("Tân Hòa");
        waitUntil(() -> driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().startsWith("Phường Tân Hòa")));
        driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().startsWith("Phường Tân Hòa")).findFirst().orElseThrow().click();
        WebElement upload = waitFor(By.id("legacy-upload"));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(zip.toAbsolutePath().toString());
        waitForText("sẽ nhập 12");
        screenshot("laptop-legacy-preview");
        click(By.id("legacy-run"));
        waitFor(By.id("legacy-confirm"));
        driver.findElements(By.tagName("vaadin-button")).stream().filter(b -> b.getText().equals("Nhập")).findFirst()
                .orElseThrow().click();
        waitForText("Đã nhập 12 hồ sơ vào Phường Tân Hòa");
        screenshot("laptop-legacy-done");
        Files.deleteIfExists(zip);
    }
}
