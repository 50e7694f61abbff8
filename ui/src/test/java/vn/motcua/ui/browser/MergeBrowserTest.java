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

/**
 * Provincial IT merges three demo communes with open dossiers in headless Chromium: Phường Tân Hòa (the demo's working
 * day) and Xã Tân Lạc into Xã Đào Xá; then a citizen looks up an old Tân Hòa dossier code with its receipt's secret.
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
        pick("#merge-target input", "vaadin-combo-box-item", "08662");
        click(By.id("merge-preview"));
        waitForText("Xem trước: sáp nhập vào Xã Đào Xá");
        waitForText("Hồ sơ đang giải quyết");
        screenshot("laptop-merge-preview");
        click(By.id("merge-run"));
        waitForText("Sáp nhập 2 trung tâm vào Xã Đào Xá?");
        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Xác nhận sáp nhập")).findFirst().orElseThrow().click();
        waitForText("Hoàn thành sáp nhập");
        waitFor(By.id("merge-counts"));
        screenshot("laptop-merge-done");
        assertFalse(body().contains("Không khớp"), "every count matches");

        // a citizen with the receipt of the old Tân Hòa dossier: found, now handled by Đào Xá
        open("tra-cuu-ho-so?ma=" + URLEncoder.encode(old.code(), StandardCharsets.UTF_8) + "&k=" + old.lookupSecret());
        waitForText("Tình trạng:");
        assertFalse(body().contains("Không tìm thấy"), "the old code resolves");
        screenshot("laptop-merge-old-code");
    }

    private void pick(String input, String itemTag, String text) {
        WebElement box = waitFor(By.cssSelector(input));
        box.click();
        box.sendKeys(text);
        waitUntil(() -> driver.findElements(By.tagName(itemTag)).stream().anyMatch(i -> i.getText().contains(text)));
        driver.findElements(By.tagName(itemTag)).stream().filter(i -> i.getText().contains(text)).findFirst().orElseThrow().click();
        box.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }
}
