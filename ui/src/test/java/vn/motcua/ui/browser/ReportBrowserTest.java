package vn.motcua.ui.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both indicator pages on the demo province's year of history, in headless Chromium at 1366×768: the director's page
 * drills down from the on-time figure to its dossiers, both workbooks download with real number cells, and the charts
 * are saved as screenshots under ui/target/screenshots/.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    static final String PASSWORD = "MotCua@2025";
    static final Pattern CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.H25-\\d{6}-\\d{4}");

    @Override
    public Map<String, String> extraProperties() {
        // A fixed day in the middle of a month, so "this month" holds days of the demo's history whatever the date.
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "true", "motcua.demo.password", PASSWORD,
                "motcua.test.movable-clock", "true", "motcua.test.clock-start", "2026-11-20T03:00:00Z");
    }

    private void logIn(String username) {
        open("dang-nhap");
        typeLogin(username, PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    private List<String> cells(String gridId) {
        return driver.findElement(By.id(gridId)).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void aDirectorDrillsDownFromTheOnTimeFigureToItsDossiersAndDownloadsTheWorkbook() throws Exception {
        logIn("gd.tan-hoa.04792");
        open("trung-tam/bao-cao");
        waitFor(By.id("report-score"));
        waitForText("Tiến độ, kết quả giải quyết");
        assertTrue(driver.findElement(By.id("report-score")).getText().matches("Điểm: [0-9,]+/100 .*"),
                driver.findElement(By.id("report-score")).getText());
        waitUntil(() -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const i = document.getElementById('report-chart-trend'); return i && i.complete && i.naturalWidth > 0;"));
        screenshot("report-center-1366x768");
        assertTrue(waitFor(By.id("report-queue")).getText().contains("Chờ trung bình (phút)"), "the queue's figures, not scored");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('report-chart-groups').scrollIntoView({block: 'center'});");
        screenshot("report-center-charts");

        click(By.id("report-fig-on-time"));
        waitFor(By.id("report-drill-grid"));
        waitUntil(() -> cells("report-drill-grid").stream().anyMatch(t -> CODE.matcher(t).matches()));
        waitForText("Hồ sơ giải quyết trước và đúng hạn — Tháng");
        screenshot("report-center-drill-on-time");
        Boolean readable = (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const g = arguments[0];
                const t = g.shadowRoot.querySelector('#table');
                if (t.scrollWidth > t.clientWidth + 1) return false;
                // every cell's text fits its cell (wrapped onto more lines if need be), none cut with an ellipsis
                return [...g.querySelectorAll('vaadin-grid-cell-content')].every(c => c.scrollWidth <= c.clientWidth + 1);
                """, driver.findElement(By.id("report-drill-grid")));
        assertTrue(readable, "every column of the drill-down, the procedure's name included, is readable at 1366 px");
        String code = cells("report-drill-grid").stream().filter(t -> CODE.matcher(t).matches()).findFirst().orElseThrow();
        click(By.xpath("//vaadin-grid-cell-content[text()='" + code + "']"));
        waitUntil(() -> driver.getCurrentUrl().contains("ho-so/"));
        waitForText(code);

        open("trung-tam/bao-cao");
        String href = waitFor(By.id("report-export")).getAttribute("href");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(fetch(href)))) {
            List<Row> rows = wb.findSheet("Chỉ số").orElseThrow().read();
            Row onTime = rows.stream().filter(r -> r.getCellCount() > 3
                    && "Tỷ lệ hồ sơ giải quyết trước và đúng hạn".equals(r.getCell(1).getRawValue())).findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, onTime.getCell(3).getType(), "the numerator is a number cell");
            assertTrue(onTime.getCell(4).asNumber().intValue() > 0, "the demo's history has ended dossiers this month");
            assertEquals(CellType.NUMBER, onTime.getCell(5).getType(), "the rate is a number (formatted as a percentage)");
            assertTrue(wb.findSheet("Báo cáo định kỳ").isPresent());
        }

        open("tinh/bao-cao");
        waitUntil(() -> !body().contains("Chỉ số phục vụ người dân, doanh nghiệp của các trung tâm")
                || !driver.getCurrentUrl().contains("tinh/bao-cao"));
        assertFalse(body().contains("Xếp hạng"), "a director does not open the province's page");
    }

    @Test
    void provincialItRanksEveryCenterAndDownloadsTheProvincesWorkbook() throws Exception {
        logIn("admin.phutho");
        open("tinh/bao-cao");
        waitFor(By.id("report-ranking"));
        waitForText("Xếp hạng 148 trung tâm");
        waitUntil(() -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const i = document.getElementById('report-chart-distribution'); return i && i.complete && i.naturalWidth > 0;"));
        assertTrue(driver.findElement(By.id("report-spread")).getText().startsWith("Cao nhất "));
        screenshot("report-province-1366x768");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('report-ranking').scrollIntoView({block: 'start'});");
        screenshot("report-province-ranking");
        Boolean fits = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const t = arguments[0].shadowRoot.querySelector('#table'); return t.scrollWidth <= t.clientWidth + 1;",
                driver.findElement(By.id("report-ranking")));
        assertTrue(fits, "the ranking's columns fit 1366 px without sideways scrolling");

        // the area filter: the centers of old Vĩnh Phúc (derived from their official codes, see Area)
        click(By.id("report-area"));
        click(By.xpath("//vaadin-select-item[contains(., 'Vĩnh Phúc cũ')]"));
        waitForText("Xếp hạng 36 trung tâm");
        assertTrue(waitFor(By.id("report-selection")).getText().startsWith("Các trung tâm đã lọc (36)"));
        assertTrue(cells("report-ranking").contains("Vĩnh Phúc cũ"));
        assertFalse(cells("report-ranking").contains("Hòa Bình cũ"));
        screenshot("report-province-area");
        click(By.id("report-area"));
        click(By.xpath("//vaadin-select-item[contains(., 'Tất cả khu vực')]"));
        waitForText("Xếp hạng 148 trung tâm");

        String href = waitFor(By.id("report-export")).getAttribute("href");
        String center;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(fetch(href)))) {
            List<Row> ranking = wb.findSheet("Xếp hạng").orElseThrow().read();
            long centers = ranking.stream().filter(r -> r.getCellCount() > 10 && r.getCell(0).getType() == CellType.NUMBER).count();
            assertEquals(148, centers, "one line per commune");
            List<Row> lines = ranking.stream().filter(r -> r.getCellCount() > 10 && r.getCell(0).getType() == CellType.NUMBER).toList();
            Row first = lines.get(0);
            assertEquals(CellType.NUMBER, first.getCell(10).getType());
            // Each commune has a few dossiers a month at random days; some month may hold none, the province's many.
            assertTrue(lines.stream().mapToInt(r -> r.getCell(10).asNumber().intValue()).sum() > 100, "received in the month");
            center = first.getCell(1).getRawValue();
            List<Row> periodic = wb.findSheet("Báo cáo định kỳ").orElseThrow().read();
            assertTrue(periodic.stream().anyMatch(r -> r.getCellCount() > 1 && "Tổng cộng".equals(r.getCell(1).getRawValue())));
        }

        click(By.xpath("//vaadin-grid-cell-content[text()='" + center + "']"));
        waitUntil(() -> driver.getCurrentUrl().contains("tinh/bao-cao/trung-tam/"));
        waitForText("Chỉ số phục vụ người dân, doanh nghiệp — " + center);
        screenshot("report-province-center");
    }
}
