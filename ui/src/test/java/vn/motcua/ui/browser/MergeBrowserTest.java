package vn.motcua.ui.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.LoginService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provincial IT merges three demo communes with open dossiers in headless Chromium: Phường Tân Hòa (the demo's working
 * day) and Xã Tân Lạc into Xã Đào Xá, Tân Lạc split in part with Phường Hòa Bình; then a citizen looks up an old Tân Hòa dossier code with its receipt's secret.
 * Screenshots under ui/target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    static final String PASSWORD = "MotCua@2025";

    @Inject
    LoginService login;
    @Inject
    IntakeService intake;
    @Inject
    DossierInbox inbox;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "true", "motcua.demo.password", PASSWORD);
    }

    private Dossier receive(String clerk, String name) {
        CallContext ctx = login.login(clerk, PASSWORD).principal().at(Instant.now());
        // a procedure outside the demo catalog: no checklist to satisfy, the dossier is simply open at its center
        return intake.receive(ctx, new IntakeRequest("9.990012", 1, "Thủ tục thử nghiệm sáp nhập", LegalDeadline.workingDays(3), "25",
                null, Dossier.Channel.IN_PERSON, new Applicant.Individual(name, "025190000777", LocalDate.of(1990, 3, 4),
                "0912000777", "Xóm Chùa"), List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf",
                ("%PDF-1.7\n" + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8))))).dossier();
    }

    @Test
    void provincialItPreviewsAndRunsAMergeOfThreeDemoCentersAndACitizenFindsAnOldCodeAtTheTarget() throws Exception {
        receive("cb1.dao-xa.08662", "Ngô Văn Tám");
        receive("cb1.tan-lac.05128", "Lý Thị Chín");
        CallContext clerkTanHoa = login.login("cb1.tan-hoa.04792", PASSWORD).principal().at(Instant.now());
        Dossier old = inbox.page(clerkTanHoa, DossierInbox.Bucket.OPEN, "", 0, 1).getContent().get(0);

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        open("dang-nhap");
        typeLogin("admin.phutho", PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
        open("tinh/sap-nhap");
        for (String code : List.of("04792", "08662", "05128")) {
            pick("#merge-centers input", "vaadin-multi-select-combo-box-item", code);
        }
        // the target may be a new center from the official list, onboarded with the merge: its fields show
        click(By.id("merge-new-target"));
        waitFor(By.id("merge-new-unit"));
        waitFor(By.id("merge-new-director"));
        assertTrue(fitsTheWindow(), "the new center's fields fit at 1366 px");
        screenshot("laptop-merge-new-target");
        click(By.id("merge-new-target"));
        pick("#merge-target input", "vaadin-combo-box-item", "08662");
        click(By.id("merge-preview"));
        waitForText("Xem trước: sáp nhập vào Xã Đào Xá");
        waitForText("Hồ sơ đang giải quyết");
        screenshot("laptop-merge-preview");

        // Tân Lạc is split in part: a part goes to Phường Hòa Bình; its open dossiers are listed with the larger part proposed
        long tanLac = login.login("cb1.tan-lac.05128", PASSWORD).principal().tenantId();
        pick("#split-with-" + tanLac + " input", "vaadin-multi-select-combo-box-item", "04795");
        waitForText("Phần lớn hơn: Xã Đào Xá");
        WebElement dossiers = waitFor(By.id("split-dossiers-" + tanLac));
        waitUntil(() -> dossiers.findElements(By.tagName("vaadin-grid-cell-content")).stream().anyMatch(c -> c.getText().contains("Lý Thị Chín")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", dossiers);
        Boolean cellsWhole = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...arguments[0].querySelectorAll('vaadin-grid-cell-content')].filter(c => !c.querySelector('vaadin-select'))"
                        + ".every(c => c.scrollWidth <= c.clientWidth + 1);", dossiers);
        Boolean gridFits = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const t = arguments[0].shadowRoot.querySelector('#table'); return t.scrollWidth <= t.clientWidth + 1;", dossiers);
        screenshot("laptop-merge-split");
        assertTrue(cellsWhole, "no code, applicant, status or date of the split source's dossiers is cut off at 1366 px");
        assertTrue(gridFits, "the split dossiers' columns, the destination included, fit: no sideways scrolling");
        assertTrue(fitsTheWindow(), "the page fits at 1366 px");
        click(By.id("merge-run"));
        waitForText("Sáp nhập 2 trung tâm vào Xã Đào Xá?");
        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Xác nhận sáp nhập")).findFirst().orElseThrow().click();
        // read from the page's text, not what Selenium deems displayed (the page is scrolled far down by now)
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60)).withMessage(() -> pageText())
                .until(d -> pageText().contains("Hoàn thành sáp nhập"));
        waitFor(By.id("merge-counts"));
        screenshot("laptop-merge-done");
        assertFalse(pageText().contains("Không khớp"), "every count matches");
        assertTrue(pageText().contains("dossier@04795"), "Hòa Bình's dossiers counted on their own line");

        // a citizen with the receipt of the old Tân Hòa dossier: found, now handled by Đào Xá
        open("tra-cuu-ho-so?ma=" + URLEncoder.encode(old.code(), StandardCharsets.UTF_8) + "&k=" + old.lookupSecret());
        waitForText("Tình trạng:");
        assertFalse(body().contains("Không tìm thấy"), "the old code resolves");
        screenshot("laptop-merge-old-code");
    }

    private String pageText() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.body.textContent;");
    }

    private boolean fitsTheWindow() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;");
    }

    private void pick(String input, String itemTag, String text) {
        WebElement box = waitFor(By.cssSelector(input));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        box.sendKeys(text);
        waitUntil(() -> driver.findElements(By.tagName(itemTag)).stream().anyMatch(i -> i.getText().contains(text)));
        driver.findElements(By.tagName(itemTag)).stream().filter(i -> i.getText().contains(text)).findFirst().orElseThrow().click();
        try {
            box.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        } catch (org.openqa.selenium.StaleElementReferenceException rebuilt) {
            // choosing a split successor runs the preview again, which rebuilds the box
        }
    }
}
