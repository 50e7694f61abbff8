package vn.motcua.ui.browser;

import vn.motcua.core.context.CallContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.staff.StaffService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person in headless Chromium against the real application with the demo province of Phú Thọ.
 * Screenshots are saved under ui/target/screenshots/ for review.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends ChromiumSession implements IntegrationTestProperties {
    static final String PASSWORD = "MotCua@2025";
    static final String DIRECTOR_TAN_HOA = "gd.tan-hoa.04792";
    static final String CLERK_TAN_HOA = "cb1.tan-hoa.04792";
    static final String DIRECTOR_DAO_XA = "gd.dao-xa.08662";

    @Inject
    LoginService login;
    @Inject
    StaffService staff;
    @Inject
    vn.motcua.tenants.catalog.CenterCatalogService centerCatalog;
    @Inject
    vn.motcua.tenants.workflow.WorkflowAdmin workflows;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "true", "motcua.demo.password", PASSWORD);
    }

    @Test
    void aDemoDirectorLogsInAndSeesTheirStaff() throws Exception {
        logIn(DIRECTOR_TAN_HOA);
        waitForText("Cán bộ của Phường Tân Hòa");
        WebElement grid = waitFor(By.id("staff-grid"));
        waitUntil(() -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Giám đốc")).count() == 1);
        assertTrue(body().contains(DIRECTOR_TAN_HOA) && body().contains(CLERK_TAN_HOA), body());
        assertFalse(body().contains(DIRECTOR_DAO_XA));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        Boolean cellsWhole = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#staff-grid vaadin-grid-cell-content')]"
                        + ".every(c => c.scrollWidth <= c.clientWidth + 1);");
        Boolean fits = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const t = arguments[0].shadowRoot.querySelector('#table'); return t.scrollWidth <= t.clientWidth + 1;", grid);
        screenshot("director-staff-grid");
        assertTrue(cellsWhole, "no staff name, position or header is cut off at 1366 px");
        assertTrue(fits, "the staff grid's columns, actions included, fit the window: no sideways scrolling");
        open("nhat-ky");
        waitForText("Nhật ký thao tác — Phường Tân Hòa");
        waitUntil(() -> driver.findElement(By.id("audit-grid")).findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().anyMatch(c -> c.getText().equals("Đăng nhập")));
        assertFalse(body().contains(DIRECTOR_DAO_XA));
    }

    @Test
    void anEmptyStaffFormIsRefusedInVietnameseAndAddsNobody() throws Exception {
        logIn(DIRECTOR_TAN_HOA);
        waitForText("Tổng số: 3 cán bộ");
        waitFor(By.id("add-staff")).click();
        waitFor(By.id("staff-save")).click();
        waitForText("Không được để trống");
        screenshot("staff-form-errors");
        driver.findElement(By.cssSelector("#staff-fullName input")).sendKeys("Hoàng Thị Mai");
        // the username is proposed by the system, never typed: no probing other centers' names
        waitUntil(() -> "maiht.tan-hoa.04792".equals(driver.findElement(By.cssSelector("#staff-username input"))
                .getDomProperty("value")));
        assertTrue(driver.findElement(By.cssSelector("#staff-username input")).getDomAttribute("readonly") != null);
        screenshot("staff-form-proposed-username");
        open("trung-tam/can-bo");
        waitForText("Tổng số: 3 cán bộ");
    }

    @Test
    void aDirectorResetsAClerksPasswordAndTheClerkMustChooseANewOneBeforeAnythingElse() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        // Đào Xá, so that Tân Hòa's audit log keeps its intake rows in view for the audit test
        String clerk2 = "cb2.dao-xa.08662";
        logIn(DIRECTOR_DAO_XA);
        open("trung-tam/can-bo");
        click(By.id("reset-password-" + clerk2));
        waitFor(By.id("reset-confirm-button"));
        waitForText("Đặt lại mật khẩu cho");
        screenshot("staff-reset-confirm");
        click(By.id("reset-confirm-button"));
        String oneTime = waitFor(By.id("one-time-password")).getText().trim();
        assertEquals(12, oneTime.length(), oneTime);
        screenshot("staff-one-time-password");
        click(By.id("one-time-done"));
        signOut();

        open("quen-mat-khau");
        waitForText("đặt lại mật khẩu");
        screenshot("forgot-password");
        open("dang-nhap");
        typeLogin(clerk2, PASSWORD);
        waitForText("Sai tên đăng nhập hoặc mật khẩu");
        screenshot("login-old-password-refused");
        open("dang-nhap");
        typeLogin(clerk2, oneTime);
        waitFor(By.id("change-password"));
        waitForText("mật khẩu dùng một lần");
        screenshot("forced-change-password");
        open("danh-sach-ho-so");
        waitFor(By.id("change-password"));
        assertTrue(driver.findElements(By.id("logout")).isEmpty() && !body().contains("Hộp việc hồ sơ"),
                "nothing else opens before the change: " + body());
        driver.findElement(By.cssSelector("#password-current input")).sendKeys(oneTime);
        driver.findElement(By.cssSelector("#password-new input")).sendKeys("ngan");
        driver.findElement(By.cssSelector("#password-again input")).sendKeys("ngan", Keys.TAB);
        click(By.id("password-save"));
        waitForText("Mật khẩu tối thiểu 8 ký tự, gồm cả chữ và số");
        for (String id : List.of("password-new", "password-again")) {
            WebElement field = driver.findElement(By.cssSelector("#" + id + " input"));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "MatKhauMoi2026", Keys.TAB);
        }
        click(By.id("password-save"));
        waitFor(By.id("clerk-greeting"));
        screenshot("after-password-change");
        signOut();
        open("dang-nhap");
        typeLogin(clerk2, oneTime);
        waitForText("Sai tên đăng nhập hoặc mật khẩu");
        open("dang-nhap");
        typeLogin(clerk2, "MatKhauMoi2026");
        waitFor(By.id("clerk-greeting"));
    }

    @Test
    void aDirectorEditsAWorkflowAndABudgetOverTheDeadlineIsRefusedNamingTheStep() throws Exception {
        CallContext director = login.login(DIRECTOR_TAN_HOA, PASSWORD).principal().at(java.time.Instant.now());
        vn.motcua.core.catalog.Procedure procedure = centerCatalog.list(director, true, null, 0, 200, "name", true)
                .getContent().stream().filter(p -> p.deadlineUnit() == vn.motcua.core.catalog.DeadlineUnit.WORKING_DAYS
                        && p.deadlineValue() != null && p.deadlineValue() >= 3).findFirst().orElseThrow();
        int limit = procedure.deadlineValue() * 8;
        logIn(DIRECTOR_TAN_HOA);
        waitFor(By.id("staff-grid"));
        open("trung-tam/quy-trinh");
        WebElement picker = waitFor(By.cssSelector("#workflow-procedure input"));
        picker.sendKeys(procedure.nationalCode());
        waitUntil(() -> !driver.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        picker.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForText("Quy trình chuẩn đề xuất");
        waitForText("Tổng: " + limit + " / " + limit + " giờ làm việc");

        WebElement appraise = driver.findElements(By.cssSelector("#workflow-steps vaadin-integer-field input")).get(1);
        appraise.sendKeys(Keys.END, "0");
        waitForText("vượt thời hạn giải quyết");
        assertTrue(driver.findElement(By.id("workflow-problems")).getText().startsWith("Bước 2 «Thẩm định, xử lý hồ sơ»"),
                driver.findElement(By.id("workflow-problems")).getText());
        click(By.id("workflow-save"));
        waitUntil(() -> driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("Bước 2")));
        screenshot("workflow-over-deadline");

        appraise.sendKeys(Keys.BACK_SPACE);
        waitForText("Tổng: " + limit + " / " + limit + " giờ làm việc");
        driver.findElements(By.cssSelector("#workflow-steps vaadin-text-field input")).get(0).sendKeys(" và kiểm tra");
        click(By.id("workflow-save"));
        waitForText("Quy trình riêng của trung tâm, phiên bản 1");
        screenshot("workflow-saved");
        assertTrue(workflows.history(director, procedure.nationalCode()).get(0).steps().get(0).name().endsWith("và kiểm tra"));
    }

    @Test
    void theLookupKioskShowsACentersProceduresWithoutLoginAndSearchesWithoutDiacritics() throws Exception {
        open("tra-cuu/04792");
        waitForText("Tra cứu thủ tục hành chính");
        waitForText("Phường Tân Hòa");
        waitForText("313 thủ tục");
        WebElement search = driver.findElement(By.cssSelector("#kiosk-search input"));
        search.sendKeys("khai sinh");
        waitUntil(() -> !body().contains("313 thủ tục") && body().matches("(?s).*\\b\\d+ thủ tục.*"));
        WebElement grid = driver.findElement(By.id("kiosk-grid"));
        waitUntil(() -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains("khai sinh")));
        screenshot("kiosk-search");
        open("tra-cuu/khong-co-ma-nay");
        waitForText("Không tìm thấy");
    }

    @Inject
    vn.motcua.core.counter.CounterService counters;
    @Inject
    vn.motcua.core.counter.EquipmentService equipment;

    @Test
    void aDemoDirectorSeesCountersEquipmentAndQueueSettingsAtLaptopSize() throws Exception {
        CallContext director = login.login(DIRECTOR_TAN_HOA, PASSWORD).principal().at(java.time.Instant.now());
        var choices = counters.choices(director);
        counters.create(director, new vn.motcua.core.counter.CounterForm(1, "Quầy tiếp nhận 1", choices.fields().subList(0, 2),
                java.util.List.of(), Map.of(java.time.DayOfWeek.MONDAY, java.util.Set.of(choices.staff().get(0).id()))));
        equipment.add(director, new vn.motcua.core.counter.EquipmentForm(vn.motcua.core.counter.EquipmentKind.TICKET_KIOSK,
                "Kiosk 21 inch", "K-0001", "Sảnh chờ", null, vn.motcua.core.counter.EquipmentStatus.WORKING,
                java.time.LocalDate.of(2025, 7, 1), vn.motcua.core.context.BusinessTime.localDate(director.now()).plusDays(12), null));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        logIn(DIRECTOR_TAN_HOA);
        open("trung-tam/quay");
        waitForText("Quầy tiếp nhận 1");
        screenshot("laptop-counters");
        open("trung-tam/thiet-bi");
        waitForText("Kiosk 21 inch");
        assertTrue(body().contains("sắp hết bảo hành"), body());
        screenshot("laptop-equipment");
        open("trung-tam/hang-doi");
        waitForText("Đối tượng ưu tiên");
        screenshot("laptop-queue");
    }

    @Test
    void aWrongPasswordIsToldInVietnamese() {
        open("dang-nhap");
        typeLogin(DIRECTOR_TAN_HOA, "sai-mat-khau");
        waitForText("Sai tên đăng nhập hoặc mật khẩu");
    }

    @Test
    void aClerkLandsOnTheirHomeAndCannotOpenProvincialPages() throws Exception {
        logIn(CLERK_TAN_HOA);
        waitFor(By.id("clerk-greeting"));
        assertTrue(driver.findElement(By.id("clerk-center")).getText().contains("Tân Hòa"));
        // the demo's working day: dossiers assigned to this clerk are in the first tab
        waitUntil(() -> driver.findElement(By.id("inbox-grid")).findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().anyMatch(c -> c.getText().equals("Trần Văn Minh")));
        screenshot("clerk-inbox-demo");
        open("tinh/trung-tam");
        waitForText("Không tìm thấy");
        assertFalse(body().contains("Đào Xá"));
    }

    @Test
    void aDirectorWhoTypesAnotherCommunesStaffIdSeesNotFound() {
        CallContext daoXa = login.login(DIRECTOR_DAO_XA, PASSWORD).principal().at(java.time.Instant.now());
        long foreignStaffId = staff.list(daoXa, null, null, 0, 1, null, true).getContent().get(0).id();
        String foreignName = staff.get(daoXa, foreignStaffId).fullName();
        logIn(DIRECTOR_TAN_HOA);
        waitFor(By.id("staff-grid"));
        open("trung-tam/can-bo/" + foreignStaffId);
        waitForText("Không tìm thấy");
        assertFalse(body().contains(foreignName) && body().contains("dao-xa"), body());
    }

    @Test
    void provincialItFindsDaoXaWithoutDiacritics() throws Exception {
        logIn("admin.phutho");
        WebElement grid = waitFor(By.id("centers-grid"));
        waitForText("Tổng số: 149 trung tâm");
        WebElement search = driver.findElement(By.cssSelector("#center-search input"));
        search.sendKeys("dao xa");
        waitForText("Tổng số: 1 trung tâm");
        waitUntil(() -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("Xã Đào Xá")));
        screenshot("province-centers-search");
    }

    @Test
    void aClerkReceivesADossierWithTwoScansAndTakesItThroughEveryStepToItsReturn() throws Exception {
        CallContext clerk = login.login(CLERK_TAN_HOA, PASSWORD).principal().at(java.time.Instant.now());
        // a procedure Tân Hòa serves with two papers on its checklist and a deadline in working days
        vn.motcua.core.catalog.Procedure procedure = centerCatalog.list(clerk, true, null, 0, 500, "name", true)
                .getContent().stream().filter(p -> p.deadlineUnit() == vn.motcua.core.catalog.DeadlineUnit.WORKING_DAYS
                        && p.deadlineValue() != null && p.deadlineValue() >= 3
                        && vn.motcua.core.catalog.Checklist.of(centerCatalog.servedProcedure(clerk, p.id()).draft().documents())
                                .stream().filter(l -> l.kind() != vn.motcua.core.catalog.RequiredDocument.Kind.NOTE).count() == 2)
                .findFirst().orElseThrow();
        Path scanA = Files.write(Files.createTempFile("to-khai", ".pdf"), "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
        Path scanB = Files.write(Files.createTempFile("giay-to", ".png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        logIn(CLERK_TAN_HOA);
        waitFor(By.id("clerk-greeting"));
        open("tiep-nhan/moi");
        WebElement combo = waitFor(By.cssSelector("#intake-procedure input"));
        combo.sendKeys(procedure.nationalCode());
        waitUntil(() -> driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().startsWith(procedure.nationalCode())));
        driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().startsWith(procedure.nationalCode())).findFirst().orElseThrow().click();
        waitFor(By.id("upload-1"));
        driver.findElement(By.cssSelector("#intake-fullName input")).sendKeys("Nguyễn Thị Hằng");
        driver.findElement(By.cssSelector("#intake-citizenId input")).sendKeys("025190000123");
        driver.findElement(By.cssSelector("#intake-dob input")).sendKeys("17/05/1990", Keys.TAB);
        driver.findElement(By.cssSelector("#intake-phone input")).sendKeys("0912345678");
        driver.findElement(By.cssSelector("#intake-address input")).sendKeys("Khu 3, phường Tân Hòa");
        upload("upload-0", scanA);
        upload("upload-1", scanB);
        screenshot("intake-filled");
        click(By.id("intake-receive"));
        String code = waitFor(By.id("intake-code")).getText().replace("Mã hồ sơ:", "").trim();
        String due = waitFor(By.id("intake-due")).getText().replace("Hẹn trả kết quả:", "").trim();
        screenshot("intake-received");

        // the receipt, fetched as the browser would with the clerk's session, carries the code and the due date
        byte[] receipt = fetch(waitFor(By.id("intake-receipt")).getAttribute("href"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(receipt)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(code), text);
            // shown as "HH:mm ngày dd/MM/yyyy" on the page; the slip prints "dd/MM/yyyy HH:mm"
            String[] parts = due.split(" ngày ");
            assertTrue(text.contains(parts[1] + " " + parts[0]), due + " in " + text);
        }

        // from the inbox, as a clerk finds it
        open("tiep-nhan");
        click(By.id("bucket-my_role"));
        waitUntil(() -> driver.findElement(By.id("inbox-grid")).findElements(By.tagName("vaadin-grid-cell-content"))
                .stream().anyMatch(c -> c.getText().equals(code)));
        screenshot("inbox");
        // the row may be below the fold (long procedure names wrap): scrolled to first, as a person would
        WebElement row = driver.findElement(By.id("inbox-grid")).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(code)).findFirst().orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        waitUntil(row::isDisplayed);
        row.click();
        waitForText("Hồ sơ " + code);
        String dossierUrl = driver.getCurrentUrl();

        click(By.id("action-next"));
        click(By.id("handover-confirm"));
        waitUntil(() -> status().equals("Đang giải quyết") && textOf("dossier-step").startsWith("2/4"));

        click(By.id("action-supplement"));
        waitFor(By.cssSelector("#dialog-text textarea")).sendKeys("Bổ sung bản chính giấy tờ thứ hai", Keys.TAB);
        click(By.id("dialog-confirm"));
        waitUntil(() -> status().equals("Chờ bổ sung hồ sơ"));
        waitFor(By.id("slip-link"));
        screenshot("waiting-supplement");
        click(By.id("action-supplement-received"));
        waitUntil(() -> status().equals("Đang giải quyết"));

        click(By.id("action-next"));
        click(By.id("handover-confirm"));
        waitUntil(() -> textOf("dossier-step").startsWith("3/4"));
        waitForText("bạn chỉ xem hồ sơ");

        // the approval step is the director's
        signOut();
        logIn(DIRECTOR_TAN_HOA);
        driver.get(dossierUrl);
        click(By.id("action-next"));
        click(By.id("handover-confirm"));
        waitUntil(() -> textOf("dossier-step").startsWith("4/4"));
        signOut();

        logIn(CLERK_TAN_HOA);
        driver.get(dossierUrl);
        click(By.id("action-resolve"));
        upload("resolve-upload", scanA);
        click(By.id("resolve-confirm"));
        waitUntil(() -> status().equals("Đã giải quyết xong"));
        click(By.id("action-return"));
        click(By.id("return-confirm"));
        waitUntil(() -> status().equals("Đã trả kết quả"));
        for (String action : new String[]{"Tiếp nhận hồ sơ", "Yêu cầu bổ sung, hoàn thiện hồ sơ", "Nhận hồ sơ bổ sung",
                "Hoàn thành giải quyết", "Trả kết quả"}) {
            waitUntil(() -> driver.findElement(By.id("dossier-control-sheet")).findElements(By.tagName("td"))
                    .stream().anyMatch(c -> c.getText().equals(action)));
        }
        assertTrue(driver.findElement(By.id("dossier-control-sheet")).getAttribute("innerHTML")
                .contains("title=\"" + DIRECTOR_TAN_HOA + "\""), "the director's hand-over is on the control sheet, named");
        screenshot("dossier-returned");

        // the clerk finds it again by the applicant's name typed without diacritics, in another order
        open("danh-sach-ho-so");
        waitFor(By.id("dossier-total"));
        CallContext reader = login.login(CLERK_TAN_HOA, PASSWORD).principal().at(java.time.Instant.now());
        long all = desk.search(reader, null, "", 0, 1, null).getTotalSize();
        long found = desk.search(reader, null, "hang nguyen thi", 0, 1, null).getTotalSize();
        assertTrue(found >= 1 && found < all, found + " of " + all);
        waitFor(By.cssSelector("#dossier-search input")).sendKeys("hang nguyen thi");
        // the page shows what the search finds (the demo may hold others of the same name), this dossier among them
        waitUntil(() -> textOf("dossier-total").equals("Tổng số: " + found + " hồ sơ")
                && driver.findElement(By.id("dossier-grid")).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(code)));
        screenshot("dossier-search-found");
        Boolean whole = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#dossier-grid vaadin-grid-cell-content')]"
                        + ".every(c => c.scrollWidth <= c.clientWidth + 1);");
        assertTrue(whole, "no cell of the search's grid is cut off (the procedure's name wraps)");

        // another commune's director cannot open or find it
        signOut();
        logIn(DIRECTOR_DAO_XA);
        driver.get(dossierUrl);
        waitForText("Không tìm thấy");
        assertFalse(body().contains(code));
        open("danh-sach-ho-so");
        waitFor(By.cssSelector("#dossier-search input")).sendKeys(code);
        waitForText("Tổng số: 0 hồ sơ");
        screenshot("other-commune-search");
    }

    /** The dossier page re-renders after each action: an element read mid-render is simply read again. */
    private String status() {
        return textOf("dossier-status");
    }

    private String textOf(String id) {
        try {
            return driver.findElement(By.id(id)).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    /**
     * At 1366×768 (a common office laptop) nothing is cut off: the inbox shows procedure names whole (wrapped), the
     * workflow editor's step rows keep their delete button inside the window; screenshots of the inbox, a dossier
     * page, the workflow editor and the kiosk are saved as laptop-*.png for review.
     */
    @Test
    void atLaptopSizeTheInboxTheDossierPageTheWorkflowEditorAndTheKioskFitTheWindow() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        logIn(CLERK_TAN_HOA);
        WebElement inbox = waitFor(By.id("inbox-grid"));
        waitUntil(() -> inbox.findElements(By.tagName("vaadin-grid-cell-content")).size() > 6);
        screenshot("laptop-inbox");
        Boolean namesWhole = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#inbox-grid vaadin-grid-cell-content')]"
                        + ".every(c => c.scrollWidth <= c.clientWidth + 1);");
        assertTrue(namesWhole, "no inbox cell is cut off");
        WebElement table = inbox;
        Boolean fits = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const t = arguments[0].shadowRoot.querySelector('#table'); return t.scrollWidth <= t.clientWidth + 1;", table);
        assertTrue(fits, "the inbox's columns fit the window: no sideways scrolling");

        WebElement firstCode = inbox.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().matches(".*-\\d{6}-\\d{4}")).findFirst().orElseThrow();
        // the counter panel sits above the inbox: bring the row into the window (page and grid) before clicking it
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", firstCode);
        firstCode.click();
        waitFor(By.id("dossier-control-sheet"));
        screenshot("laptop-dossier");
        signOut();

        CallContext director = login.login(DIRECTOR_TAN_HOA, PASSWORD).principal().at(java.time.Instant.now());
        vn.motcua.core.catalog.Procedure procedure = centerCatalog.list(director, true, null, 0, 200, "name", true)
                .getContent().get(0);
        logIn(DIRECTOR_TAN_HOA);
        waitFor(By.id("staff-grid"));
        open("trung-tam/quy-trinh");
        WebElement picker = waitFor(By.cssSelector("#workflow-procedure input"));
        picker.sendKeys(procedure.nationalCode());
        waitUntil(() -> !driver.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        picker.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUntil(() -> !driver.findElements(By.cssSelector("#workflow-steps vaadin-text-field")).isEmpty());
        screenshot("laptop-workflow");
        List<WebElement> firstRow = driver.findElements(By.cssSelector("#workflow-steps > vaadin-horizontal-layout")).get(0)
                .findElements(By.xpath("./*"));
        assertTrue(firstRow.get(firstRow.size() - 1).getRect().getY() - firstRow.get(1).getRect().getY() < 20,
                "a step's fields and buttons stay on one line at 1366 px");
        Long windowWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth;");
        for (WebElement row : driver.findElements(By.cssSelector("#workflow-steps > vaadin-horizontal-layout"))) {
            List<WebElement> buttons = row.findElements(By.tagName("vaadin-button"));
            WebElement remove = buttons.get(buttons.size() - 1);
            assertTrue(remove.getRect().getX() + remove.getRect().getWidth() <= windowWidth,
                    "the delete button is inside the window: " + remove.getRect() + " of " + windowWidth);
        }
        signOut();

        open("tra-cuu/04792");
        waitForText("313 thủ tục");
        screenshot("laptop-kiosk");
    }

    @Test
    void aClerkReceivesABirthRegistrationWithOnlyThePapersThatApply() throws Exception {
        Path scan = Files.write(Files.createTempFile("giay-to", ".pdf"), "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        logIn(CLERK_TAN_HOA);
        waitFor(By.id("clerk-greeting"));
        open("tiep-nhan/moi");
        WebElement combo = waitFor(By.cssSelector("#intake-procedure input"));
        combo.sendKeys("khai sinh");
        waitUntil(() -> driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().startsWith("1.001193")));
        driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().startsWith("1.001193")).findFirst().orElseThrow().click();
        waitFor(By.id("upload-0"));
        driver.findElement(By.cssSelector("#intake-fullName input")).sendKeys("Đỗ Thị Lan");
        driver.findElement(By.cssSelector("#intake-citizenId input")).sendKeys("025193000456");
        driver.findElement(By.cssSelector("#intake-dob input")).sendKeys("08/03/1993", Keys.TAB);
        driver.findElement(By.cssSelector("#intake-phone input")).sendKeys("0912000222");
        driver.findElement(By.cssSelector("#intake-address input")).sendKeys("Khu 5, phường Tân Hòa");

        // the papers that apply (the demo's checklist as checked against Luật Hộ tịch 2014 Điều 16, see
        // verified-common-procedures.json): the paper form and the birth certificate, the first of its one-of group;
        // the conditional ones do not apply, the identity paper is shown, not handed in
        upload("upload-" + paper("Tờ khai đăng ký khai sinh theo mẫu"), scan);
        upload("upload-" + paper("Giấy chứng sinh"), scan);
        for (String notApplicable : List.of("trẻ bị bỏ rơi", "Văn bản ủy quyền", "mang thai hộ")) {
            click(By.id("na-" + paper(notApplicable)));
        }
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                driver.findElement(By.id("paper-0")));
        screenshot("intake-birth-registration-checklist");
        click(By.id("intake-receive"));
        String code = waitFor(By.id("intake-code")).getText().replace("Mã hồ sơ:", "").trim();
        String due = waitFor(By.id("intake-due")).getText().replace("Hẹn trả kết quả:", "").trim();
        screenshot("intake-birth-registration-received");

        byte[] receipt = fetch(waitFor(By.id("intake-receipt")).getAttribute("href"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(receipt)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("Thủ tục đăng ký khai sinh"), text);
            // two papers, each one original and no copy as the catalog asks; nothing marked not applicable
            assertTrue(java.util.regex.Pattern.compile("Tờ khai đăng ký khai sinh theo mẫu 1 0 ").matcher(text).find(), text);
            assertTrue(java.util.regex.Pattern.compile("Giấy chứng sinh 1 0 ").matcher(text).find(), text);
            assertFalse(text.contains("bị bỏ rơi"), text);
            // same day (Luật Hộ tịch 2014 Điều 16 khoản 2; after 15:00 the next working day): counted in working hours
            assertTrue(text.contains("Thời hạn giải quyết theo quy định: 8 giờ làm việc"), text);
            String[] parts = due.split(" ngày ");
            assertTrue(text.contains(parts[1] + " " + parts[0]), due + " in " + text);
        }
    }

    /** Index of the intake checklist's paper whose text contains {@code fragment}: its upload is "upload-<index>". */
    private int paper(String fragment) {
        for (int i = 0; ; i++) {
            List<WebElement> row = driver.findElements(By.id("paper-" + i));
            if (row.isEmpty()) {
                throw new AssertionError("no paper contains " + fragment);
            }
            if (row.get(0).getText().contains(fragment)) {
                return i;
            }
        }
    }

    @Inject
    vn.motcua.core.dossier.DossierRepository dossierRows;
    @Inject
    vn.motcua.core.dossier.DossierInbox desk;
    @Inject
    vn.motcua.core.tenancy.TenantTransactions tenantTx;

    /**
     * The receipt's QR link (code and lookup secret) shows a demo dossier's status at once, at 1366×768 and on a phone
     * (390×844): nothing personal on the page, nothing wider than the window; a returned dossier offers its rating,
     * opened with the same secret. A wrong secret reads like any other miss. Saves laptop-status.png, phone-status.png.
     */
    @Test
    void theReceiptsLinkShowsTheStatusWithNothingPersonalOnALaptopAndAPhone() throws Exception {
        CallContext director = login.login(DIRECTOR_TAN_HOA, PASSWORD).principal().at(java.time.Instant.now());
        List<vn.motcua.core.dossier.Dossier> returned = tenantTx.read(director.tenant(), () -> dossierRows.all(
                director.tenant().value(), "RETURNED", io.micronaut.data.model.Pageable.from(0, 1)));
        vn.motcua.core.dossier.Dossier d = returned.isEmpty() ? tenantTx.read(director.tenant(), () -> dossierRows.all(
                director.tenant().value(), null, io.micronaut.data.model.Pageable.from(0, 1)).get(0))
                : returned.get(0);
        String link = "tra-cuu-ho-so?ma=" + java.net.URLEncoder.encode(d.code(), java.nio.charset.StandardCharsets.UTF_8)
                + "&k=" + d.lookupSecret();
        for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1366, 768),
                new org.openqa.selenium.Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            open(link);
            waitForText("Tình trạng:");
            screenshot(size.getWidth() < 500 ? "phone-status" : "laptop-status");
            String page = body();
            assertFalse(page.contains(d.applicantName()), "the applicant's name is not shown");
            assertFalse(d.applicantPhone() != null && page.contains(d.applicantPhone()), "nor the phone");
            assertFalse(d.applicantId() != null && page.contains(d.applicantId()), "nor the ID number");
            Boolean fits = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;");
            assertTrue(fits, "no sideways scrolling at " + size);
        }
        if (!driver.findElements(By.id("lookup-rate")).isEmpty()) {
            click(By.id("lookup-rate"));
            waitFor(By.id("rating-dossier"));
            waitForText(d.code());
            click(By.cssSelector("#rating-level vaadin-radio-button"));
            click(By.id("rating-send"));
            waitForText("Cảm ơn Ông/Bà đã đánh giá");
            screenshot("phone-rating");
        }
        open("tra-cuu-ho-so?ma=" + java.net.URLEncoder.encode(d.code(), java.nio.charset.StandardCharsets.UTF_8)
                + "&k=0000-0000-00000");
        waitForText("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu");
    }

    @Test
    void aDirectorReadsTheAuditLogInVietnameseAtLaptopSize() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        logIn(DIRECTOR_TAN_HOA);
        waitFor(By.id("staff-grid"));
        open("nhat-ky");
        WebElement grid = waitFor(By.id("audit-grid"));
        waitUntil(() -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("Tiếp nhận hồ sơ")));
        screenshot("laptop-audit");
        java.util.List<String> cells = grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
        assertTrue(cells.stream().noneMatch(t -> t.matches("[A-Z_]{6,}")), "no English action codes: " + cells);
        assertTrue(cells.stream().anyMatch(t -> t.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")), "local times: " + cells);
        assertTrue(driver.findElement(By.cssSelector("#audit-from")).isDisplayed());
        assertTrue(cells.stream().noneMatch(t -> t.matches("(gd|cb\\d)\\.[a-z-]+\\.\\d{5}")),
                "people by full name, not login name: " + cells);
        assertTrue(fitsWithoutScrolling(grid), "no column cut off at 1366 px");
    }

    /**
     * Provincial IT's centers list at 1366×768: names in Vietnamese order, each center's agency code and what its
     * profile lacks, the count of incomplete centers at the top, and no column cut off.
     */
    @Test
    void provincialItSeesTheCentersInVietnameseOrderWithTheirCodesAndGapsAtLaptopSize() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        logIn("admin.phutho");
        WebElement grid = waitFor(By.id("centers-grid"));
        waitForText("Tổng số: 149 trung tâm");
        waitForText("còn thiếu thông tin hồ sơ");
        waitUntil(() -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("Thiếu: địa chỉ, điện thoại")));
        screenshot("laptop-centers");
        java.util.List<String> cells = grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
        assertTrue(cells.stream().anyMatch(t -> t.matches("000\\.\\d{2}\\.\\d{2}\\.H25")), "generated agency codes: " + cells);
        @SuppressWarnings("unchecked")
        java.util.List<String> names = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...arguments[0].shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden)"
                        + ".sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))"
                        + ".map(r => { const slot = r.querySelectorAll('td')[1]?.querySelector('slot');"
                        + " const n = slot && slot.assignedNodes()[0]; return n ? n.textContent.trim() : ''; })"
                        + ".filter(t => t.length > 0);", grid);
        java.util.List<String> sorted = new java.util.ArrayList<>(names);
        // sorted by the name itself ("Bản Nguyên"), shown with its type ("Xã Bản Nguyên")
        sorted.sort(java.util.Comparator.comparing((String t) -> t.replaceFirst("^(Xã|Phường|Đặc khu) ", ""),
                vn.motcua.core.text.VietnameseOrder.NAMES));
        assertTrue(names.size() >= 5 && names.get(0).equals("Xã An Bình"), "names: " + names);
        assertEquals(sorted, names, "Vietnamese order");
        assertTrue(fitsWithoutScrolling(grid), "no column cut off at 1366 px");
    }

    /** The grid's table is not wider than the grid: nothing to scroll sideways to, no column cut off. */
    private boolean fitsWithoutScrolling(WebElement grid) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const t = arguments[0].shadowRoot.querySelector('#table');"
                        + " return t.scrollWidth <= t.clientWidth + 1 && arguments[0].getBoundingClientRect().right <= window.innerWidth;",
                grid));
    }

    /**
     * Provincial IT at 1366×768 reads the catalog completeness page whole (no column cut off, no sideways scrolling,
     * the correction button inside the window) and opens a correction whose lines fit too; saves laptop-completeness.png.
     */
    @Test
    void provincialItReadsTheCatalogCompletenessPageAtLaptopSize() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        logIn("admin.phutho");
        open("tinh/danh-muc/do-day-du");
        WebElement grid = waitFor(By.id("completeness-grid"));
        waitUntil(() -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().matches("\\d\\.\\d{6}")));
        waitForText("Đầy đủ:");
        screenshot("laptop-completeness");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        Boolean fits = (Boolean) js.executeScript(
                "const t = arguments[0].shadowRoot.querySelector('#table'); return t.scrollWidth <= t.clientWidth + 1;", grid);
        assertTrue(fits, "the completeness grid's columns fit the window: no sideways scrolling");
        Boolean cellsWhole = (Boolean) js.executeScript(
                "return [...document.querySelectorAll('#completeness-grid vaadin-grid-cell-content')]"
                        + ".every(c => c.scrollWidth <= c.clientWidth + 1);");
        assertTrue(cellsWhole, "no completeness cell is cut off");
        Long windowWidth = (Long) js.executeScript("return document.documentElement.clientWidth;");
        WebElement fix = waitFor(By.cssSelector("#completeness-grid vaadin-button[id^='fix-']"));
        assertTrue(fix.getRect().getX() + fix.getRect().getWidth() <= windowWidth, "the correction button is inside the window");

        click(By.cssSelector("#completeness-grid vaadin-button[id^='fix-']"));
        waitFor(By.id("fix-save"));
        waitUntil(() -> !driver.findElements(By.cssSelector(".fix-paper-row")).isEmpty());
        screenshot("laptop-completeness-fix");
        for (WebElement row : driver.findElements(By.cssSelector(".fix-paper-row, .fix-fee-row"))) {
            List<WebElement> buttons = row.findElements(By.tagName("vaadin-button"));
            WebElement remove = buttons.get(buttons.size() - 1);
            assertTrue(remove.getRect().getX() + remove.getRect().getWidth() <= windowWidth,
                    "a line's delete button is inside the window: " + remove.getRect() + " of " + windowWidth);
        }
    }

    private void signOut() {
        click(By.id("logout"));
        waitUntil(() -> driver.getCurrentUrl().contains("dang-nhap"));
    }

    private void upload(String uploadId, Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        WebElement input = (WebElement) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitUntil(() -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete);", upload)));
    }

    private void logIn(String username) {
        open("dang-nhap");
        typeLogin(username, PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
    }

}
