package vn.motcua.ui.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every browser test does the same way: a fresh headless Chromium per test (Debian's chromium and
 * chromium-driver), the steps a person takes on a page, and a screenshot at the end under ui/target/screenshots/.
 */
abstract class ChromiumSession {
    @Inject
    EmbeddedServer server;

    WebDriver driver;

    @BeforeAll
    void chromium() {
        assertTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
                "Debian chromium and chromium-driver are needed (ops/scripts/ensure-chromium.sh installs them)");
    }

    @BeforeEach
    void browser() {
        driver = newChromium();
    }

    /**
     * Another headless Chromium with its own cookies (another person, or another device of the center); the caller
     * quits it. Windows and tabs in the background are not throttled, so a board left behind another window still
     * follows the queue.
     */
    WebDriver newChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,1000", "--lang=vi", "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows");
        // a driver service per browser: quitting a browser stops its service
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterEach
    void close(TestInfo info) throws Exception {
        screenshot(info.getTestMethod().orElseThrow().getName() + "-end");
        driver.quit();
    }

    /** A download link's bytes, with the browser's session cookie. */
    byte[] fetch(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.URI uri = java.net.URI.create("http://localhost:" + server.getPort() + "/").resolve(href);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Cookie", cookies).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(response.statusCode() == 200, "download " + href + " answered " + response.statusCode());
        return response.body();
    }

    void typeLogin(String username, String password) {
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    /** Signs in on the login page in a laptop's window (1366x768) and waits until the login page is left. */
    void signInAtLaptopSize(String username, String password) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        open("dang-nhap");
        typeLogin(username, password);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
    }

    /** Clicks like a person who scrolled to the button first. */
    void click(By by) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", waitFor(by));
    }

    void open(String path) {
        driver.get("http://localhost:" + server.getPort() + "/" + path);
    }

    String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    void waitForText(String text) {
        // a page that reloads (a device just paired) replaces the body: read it again
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "waiting for '" + text + "' in: " + body())
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> body().contains(text));
    }

    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
