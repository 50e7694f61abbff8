package vn.motcua.ui.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.motcua.core.outbox.OutboxDelivery;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provincial IT subscribes a receiver to Phú Thọ's events on the demo in headless Chromium at 1366×768: the secret is
 * shown once, the receiver (nothing listens on port 9) refuses, so with one attempt allowed the demo's dossiers of Tân
 * Hòa end in the dead-letter list, and "Gửi lại" puts one back. Screenshots under ui/target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSubscriptionsBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    @Inject
    OutboxDelivery delivery;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "true", "motcua.demo.password", BrowserTest.PASSWORD,
                "motcua.outbox.max-attempts", "1");
    }

    @Test
    void provincialItSubscribesTheLgspToOneCommuneAndResendsADeadLetter() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        open("dang-nhap");
        typeLogin("admin.phutho", BrowserTest.PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
        open("tinh/dang-ky-su-kien");
        waitFor(By.cssSelector("#events-name input")).sendKeys("LGSP Phú Thọ (thử)");
        driver.findElement(By.cssSelector("#events-endpoint input")).sendKeys("https://127.0.0.1:9/su-kien");
        driver.findElement(By.cssSelector("#events-scope input")).sendKeys("tan hoa");
        waitUntil(() -> driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().equals("Tân Hòa")));
        driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().equals("Tân Hòa")).findFirst().orElseThrow().click();
        click(By.id("events-add"));
        waitFor(By.id("events-secret"));
        waitForText("chỉ hiện một lần");
        screenshot("laptop-events-secret");
        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Đã lưu khóa")).findFirst().orElseThrow().click();

        assertTrue(delivery.deliver().ran());
        open("tinh/dang-ky-su-kien");
        waitForText("Sự kiện gửi không thành công — LGSP Phú Thọ (thử)");
        waitUntil(() -> !driver.findElements(By.cssSelector("[id^='events-resend-']")).isEmpty());
        int dead = driver.findElements(By.cssSelector("[id^='events-resend-']")).size();
        assertTrue(dead >= 1, "the demo's dossiers of Tân Hòa are dead letters");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth"), "nothing cut off at 1366 px");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'});",
                driver.findElement(By.id("events-deliveries")));
        Thread.sleep(300);
        screenshot("laptop-events-dead-letters");
        click(By.cssSelector("[id^='events-resend-']"));
        waitForText("Đã xếp gửi lại sự kiện của hồ sơ");
        // the counts column: delivered / waiting / failed, the failed one back in the queue
        waitUntil(() -> java.util.regex.Pattern.compile("\\d+ / \\d+ / " + (dead - 1) + "(?!\\d)").matcher(body()).find());
    }
}
