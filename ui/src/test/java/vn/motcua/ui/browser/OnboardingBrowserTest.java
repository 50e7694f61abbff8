package vn.motcua.ui.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provincial IT onboards a commune in headless Chromium. Not on the demo, which already has every one of Phú Thọ's
 * 148 communes: a first start (only the provincial center and its IT account, as production starts), so the whole
 * official list is free to pick from. Screenshots under ui/target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingBrowserTest implements IntegrationTestProperties {
    static final String ADMIN = "admin.phutho";
    static final String PASSWORD = "MotCua@2025-first-start";

    @Inject
    EmbeddedServer server;

    WebDriver driver;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "false",
                "motcua.admin.username", ADMIN, "motcua.admin.password", PASSWORD);
    }

    @BeforeAll
    void chromium() {
        assertTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
                "Debian chromium and chromium-driver are needed (ops/scripts/ensure-chromium.sh installs them)");
    }

    @BeforeEach
    void browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,768", "--lang=vi");
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterEach
    void close() throws Exception {
        screenshot("onboarding-end");
        driver.quit();
    }

    @Test
    void provincialItOnboardsACommuneAndItsNewDirectorSignsInWithTheHandoverSheetsPassword() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        open("dang-nhap");
        typeLogin(ADMIN, PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
        open("tinh/trung-tam");
        click(By.id("centers-add"));
        WebElement combo = waitFor(By.cssSelector("#onboard-unit input"));
        combo.sendKeys("tan lac");
        waitUntil(() -> driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().startsWith("Xã Tân Lạc (05128)")));
        driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().startsWith("Xã Tân Lạc (05128)")).findFirst().orElseThrow().click();
        waitUntil(() -> body().contains("Sáp nhập từ") || valueOf("onboard-agency-code") != null);
        driver.findElement(By.cssSelector("#onboard-agency-code input")).sendKeys("000.00.25.H46");
        driver.findElement(By.cssSelector("#onboard-address input")).sendKeys("Khu Mãn Đức, xã Tân Lạc");
        driver.findElement(By.cssSelector("#onboard-phone input")).sendKeys("0218 3861 234");
        driver.findElement(By.cssSelector("#onboard-director input")).sendKeys("Hà Thị Mai", Keys.TAB);
        click(By.id("onboard-add-clerk"));
        waitFor(By.cssSelector("#onboard-clerk-0 input")).sendKeys("Bùi Văn Nam", Keys.TAB);
        screenshot("laptop-onboard-form");
        click(By.id("onboard-create"));
        waitFor(By.id("onboard-sheet"));
        waitForText("không bao giờ hiển thị lại");
        screenshot("laptop-onboard");

        byte[] sheet = fetch(driver.findElement(By.id("onboard-sheet")).getAttribute("href"));
        String text;
        try (PDDocument pdf = Loader.loadPDF(sheet)) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Xã Tân Lạc") && text.contains("05128") && text.contains("000.00.25.H46"), text);
        Matcher director = Pattern.compile("(maiht\\.tan-lac\\.05128) ([A-Za-z0-9]{12})").matcher(text);
        assertTrue(director.find(), text);
        assertTrue(text.contains("nambv.tan-lac.05128"), text);

        // leaving asks first: the passwords are never shown again
        click(By.id("onboard-open-center"));
        waitFor(By.id("onboard-leave"));
        waitForText("Rời trang khi đã tải biên bản bàn giao?");
        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Đã tải, rời trang")).findFirst().orElseThrow().click();
        waitFor(By.id("center-status"));
        waitForText("Sáp nhập từ");
        click(By.id("logout"));
        waitUntil(() -> driver.getCurrentUrl().contains("dang-nhap"));

        open("dang-nhap");
        typeLogin(director.group(1), director.group(2));
        waitFor(By.id("change-password"));
        driver.findElement(By.cssSelector("#password-current input")).sendKeys(director.group(2));
        driver.findElement(By.cssSelector("#password-new input")).sendKeys("MatKhauMai2026");
        driver.findElement(By.cssSelector("#password-again input")).sendKeys("MatKhauMai2026", Keys.TAB);
        click(By.id("password-save"));
        waitUntil(() -> driver.findElements(By.id("change-password")).isEmpty() && !driver.findElements(By.id("logout")).isEmpty());
        open("trung-tam/can-bo");
        waitForText("Cán bộ của Xã Tân Lạc");
        waitForText("Tổng số: 2 cán bộ");
        screenshot("onboard-new-director");
    }

    private String valueOf(String id) {
        return driver.findElement(By.cssSelector("#" + id + " input")).getDomProperty("value");
    }

    private byte[] fetch(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.URI uri = java.net.URI.create("http://localhost:" + server.getPort() + "/").resolve(href);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Cookie", cookies).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(response.statusCode() == 200, "download " + href + " answered " + response.statusCode());
        return response.body();
    }

    private void typeLogin(String username, String password) {
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    private void click(By by) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", waitFor(by));
    }

    private void open(String path) {
        driver.get("http://localhost:" + server.getPort() + "/" + path);
    }

    private String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "waiting for '" + text + "' in: " + body())
                .until(d -> body().contains(text));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
