package vn.motcua.ui.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.context.Actor;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.CounterView;
import vn.motcua.core.counter.EquipmentForm;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.queue.QueueBoard;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.tenants.testing.TwoCenters;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.testing.Callers.as;

/**
 * Issue 13's "done when", in headless Chromium on Tuesday 01/12/2026 from 08:00 (a fixed application clock, inside
 * ticket hours whatever the real day): the director adds two counters in the browser, puts a common procedure on the
 * kiosk and pairs a kiosk, a board and a counter tablet with the codes the equipment page shows, entered at /thiet-bi
 * in windows of a second browser; a citizen books on /dat-lich; the kiosk gives a ticket for the procedure, a priority
 * ticket and the booking's ticket; two clerks (the first in the director's browser after the director leaves, the
 * second in a third browser) call: the priority ticket first, transferred to the other counter, the booking at its
 * time; the board shows each call; the procedure's ticket becomes a dossier at intake with its procedure already
 * chosen, and the tablet's rating lands on that clerk. Screenshots at 1366×768 (and the kiosk in portrait) under
 * ui/target/screenshots/, each page checked for controls cut off at the window's edge.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueDayBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    static final String CENTER = "Hy Cương thử";
    static final Pattern BOOKING = Pattern.compile("Mã lịch hẹn: (\\S+) ");

    @Inject
    ApplicationContext context;
    @Inject
    MovableClock clock;
    @Inject
    CounterService counters;
    @Inject
    EquipmentService equipment;
    @Inject
    TicketService tickets;
    @Inject
    QueueBoard board;
    @Inject
    CatalogService catalog;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    TwoCenters c;
    long clerk2UserId;

    @Override
    public Map<String, String> extraProperties() {
        // 08:00 in Việt Nam on a Tuesday: the queue's ticket hours, whatever day the tests run
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "false",
                "motcua.admin.username", "admin.queueday", "motcua.admin.password", "MotCua@2025-queue-day",
                "motcua.test.movable-clock", "true", "motcua.test.clock-start", "2026-12-01T01:00:00Z");
    }

    @BeforeAll
    void centerAndCatalog() throws Exception {
        c = new TwoCenters(context, "qd.");
        try (InputStream in = getClass().getResourceAsStream("/catalog/commune-procedures-national-portal.jsonl")) {
            byte[] bytes = in.readAllBytes();
            context.getBean(CatalogImportService.class).importFile(as(c.province.tenantId(), Actor.system("test"), clock),
                    "commune.jsonl", new java.io.ByteArrayInputStream(bytes), bytes.length, null);
        }
        String hash = context.getBean(PasswordHasher.class).hash(TwoCenters.PASSWORD);
        long tenant = c.a.tenantId().value();
        sql("UPDATE service_center SET name = '" + CENTER + "' WHERE tenant_id = " + tenant);
        clerk2UserId = number("WITH u AS (INSERT INTO app_user (tenant_id, username, password_hash, role) VALUES (" + tenant
                + ", 'qd.cb2.a', '" + hash + "', 'CLERK') RETURNING tenant_id, id), s AS (INSERT INTO staff_member (tenant_id, "
                + "user_id, full_name) SELECT tenant_id, id, 'Lê Thị Chi' FROM u) SELECT id FROM u");
    }

    @Test
    void aDirectorSetsUpTheQueueAndCitizensAreCalledServedAndRateTheClerk() throws Exception {
        WebDriver staff = driver;
        WebDriver devices = null;
        WebDriver second = null;
        try {
            // the director: two counters, a common procedure on the kiosk, three pairing codes
            logIn("qd.gd.a");
            open("trung-tam/quay");
            addCounter("Quầy hộ tịch", List.of("Hộ tịch"));
            waitForText("Quầy hộ tịch");
            addCounter("Quầy tổng hợp", List.of("Hộ tịch", "Chứng thực"));
            waitForText("Quầy tổng hợp");
            // the day starts: both counters open
            click(By.id("counter-toggle-1"));
            waitForText("Đang mở");
            click(By.id("counter-toggle-2"));
            waitUntil(() -> !body().contains("Đang đóng"));
            fits("queue-day-director-counters");
            List<CounterView> made = counters.list(c.directorA());
            assertEquals(List.of(1, 2), made.stream().map(CounterView::number).toList());
            long one = made.get(0).id();
            long two = made.get(1).id();

            long kioskItem = item(EquipmentKind.TICKET_KIOSK, null);
            long boardItem = item(EquipmentKind.DISPLAY_BOARD, null);
            long tabletItem = item(EquipmentKind.RATING_TABLET, one);
            open("trung-tam/thiet-bi");
            String kioskCode = pairingCode(kioskItem, "queue-day-director-pairing-code");
            String boardCode = pairingCode(boardItem, null);
            String tabletCode = pairingCode(tabletItem, null);

            open("trung-tam/hang-doi");
            WebElement kioskProcedures = waitFor(By.cssSelector("#queue-kiosk-procedures input"));
            kioskProcedures.sendKeys("khai sinh");
            pickItem("vaadin-multi-select-combo-box-item", "1.001193");
            kioskProcedures.sendKeys(Keys.ESCAPE);
            click(By.id("queue-kiosk-save"));
            waitForText("Máy lấy số đang hiển thị: Thủ tục đăng ký khai sinh");
            scrollTo(By.id("queue-kiosk-save"));
            fits("queue-day-director-kiosk-procedures");

            // a second browser holds the center's devices, one window each, paired with the director's codes
            devices = newChromium();
            driver = devices;
            String kiosk = driver.getWindowHandle();
            pair(kioskCode);
            waitFor(By.id("kiosk-procedures"));
            String boardWindow = newDevice(boardCode);
            waitFor(By.id("board-counters"));
            String tabletWindow = newDevice(tabletCode);
            waitForText("Quầy 1 — Quầy hộ tịch");

            // a citizen books the 08:30 slot on /dat-lich (on a phone: one more window)
            driver.switchTo().newWindow(WindowType.WINDOW);
            driver.manage().window().setSize(new Dimension(1366, 768));
            open("dat-lich");
            waitFor(By.id("booking-center")).click();
            pickItem("vaadin-select-item", CENTER);
            waitFor(By.cssSelector("#booking-procedure input")).sendKeys("khai sinh");
            pickItem("vaadin-combo-box-item", "Thủ tục đăng ký khai sinh");
            waitFor(By.cssSelector("#booking-day input")).sendKeys("01/12/2026", Keys.ENTER);
            waitFor(By.id("booking-slot")).click();
            pickItem("vaadin-select-item", "08:30");
            click(By.id("booking-book"));
            waitForText("Mã lịch hẹn");
            fits("queue-day-booking");
            Matcher booked = BOOKING.matcher(driver.findElement(By.id("booking-result")).getText());
            assertTrue(booked.find(), body());
            String bookingCode = booked.group(1);
            driver.close();

            // the kiosk: the procedure's ticket, a priority ticket, the booking's ticket
            driver.switchTo().window(kiosk);
            clock.advance(Duration.ofMinutes(5));
            click(By.id("kiosk-procedure-1"));
            waitForText("Thủ tục đăng ký khai sinh");
            assertEquals("001", waitFor(By.id("kiosk-ticket-number")).getText());
            assertEquals("Thủ tục đăng ký khai sinh", waitFor(By.id("kiosk-ticket-procedure")).getText());
            fits("queue-day-kiosk");
            clock.advance(Duration.ofMinutes(1));
            click(By.id("kiosk-priority"));
            waitUntil(() -> driver.findElement(By.id("kiosk-priority-group")).isDisplayed());
            waitFor(By.id("kiosk-priority-group")).click();
            pickItem("vaadin-select-item", "Người cao tuổi");
            click(By.xpath("//vaadin-button[normalize-space(.)='Hộ tịch']"));
            waitUntil(() -> "002".equals(driver.findElement(By.id("kiosk-ticket-number")).getText()));
            assertTrue(waitFor(By.id("kiosk-ticket-priority")).getText().contains("Người cao tuổi"));
            clock.advance(Duration.ofMinutes(4));
            waitFor(By.cssSelector("#kiosk-booking input")).sendKeys(bookingCode, Keys.TAB);
            click(By.id("kiosk-check-in"));
            waitUntil(() -> "003".equals(driver.findElement(By.id("kiosk-ticket-number")).getText()));
            driver.manage().window().setSize(new Dimension(1080, 1920));
            fits("portrait-queue-day-kiosk");
            driver.manage().window().setSize(new Dimension(1366, 768));
            Map<String, Ticket> byNumber = new java.util.HashMap<>();
            tickets.today(c.clerkA()).forEach(t -> byNumber.put(t.number(), t));
            assertNotNull(byNumber.get("001").procedureId(), "the kiosk's procedure ticket records the procedure");
            assertNotNull(byNumber.get("003").appointmentId(), "the booking's ticket");

            // the first clerk, in the director's browser once the director has left: the priority ticket comes first
            driver = staff;
            driver.manage().deleteAllCookies();
            logIn("qd.cb.a");
            open("tiep-nhan");
            chooseCounter("Quầy 1 — Quầy hộ tịch");
            clock.advance(Duration.ofMinutes(5));
            click(By.id("counter-call-next"));
            waitUntil(() -> driver.findElement(By.id("counter-panel-current")).getText().startsWith("Số 002"));
            fits("queue-day-clerk-panel");
            onBoard(devices, boardWindow, "002 → Quầy 1");
            driver = staff;
            // it belongs at the other counter: transferred there with a note
            click(By.id("counter-transfer"));
            waitFor(By.id("transfer-counter")).click();
            pickItem("vaadin-select-item", "Quầy 2 — Quầy tổng hợp");
            waitFor(By.cssSelector("#transfer-note textarea")).sendKeys("Công dân cần chứng thực bản sao", Keys.TAB);
            click(By.id("transfer-send"));
            waitUntil(() -> driver.findElement(By.id("counter-panel-current")).getText().equals("Chưa gọi số nào"));
            assertEquals(two, tickets.get(c.clerkA(), byNumber.get("002").id()).targetCounterId());

            // the second clerk, in a third browser, calls the transferred priority ticket and finishes it
            second = newChromium();
            driver = second;
            driver.manage().window().setSize(new Dimension(1366, 768));
            logIn("qd.cb2.a");
            open("tiep-nhan");
            chooseCounter("Quầy 2 — Quầy tổng hợp");
            clock.advance(Duration.ofMinutes(1));
            click(By.id("counter-call-next"));
            waitUntil(() -> driver.findElement(By.id("counter-panel-current")).getText().startsWith("Số 002"));
            assertTrue(driver.findElement(By.id("counter-panel-current")).getText().contains("Công dân cần chứng thực bản sao"));
            onBoard(devices, boardWindow, "002 → Quầy 2");
            driver = second;
            click(By.id("counter-finish"));
            waitUntil(() -> driver.findElement(By.id("counter-panel-current")).getText().equals("Chưa gọi số nào"));

            // the first clerk calls the procedure's ticket (the booking is not due before 08:30) and serves it
            driver = staff;
            clock.advance(Duration.ofMinutes(1));
            click(By.id("counter-call-next"));
            waitUntil(() -> driver.findElement(By.id("counter-panel-current")).getText().startsWith("Số 001"));
            onBoard(devices, boardWindow, "001 → Quầy 1");
            driver = staff;
            click(By.id("counter-serve"));
            waitFor(By.id("intake-ticket"));
            waitUntil(() -> String.valueOf(driver.findElement(By.cssSelector("#intake-procedure input")).getDomProperty("value"))
                    .startsWith("1.001193"));
            waitFor(By.id("upload-0"));
            driver.findElement(By.cssSelector("#intake-fullName input")).sendKeys("Nguyễn Thị Hằng");
            driver.findElement(By.cssSelector("#intake-citizenId input")).sendKeys("025190000123");
            driver.findElement(By.cssSelector("#intake-dob input")).sendKeys("17/05/1990", Keys.TAB);
            driver.findElement(By.cssSelector("#intake-phone input")).sendKeys("0912345678");
            driver.findElement(By.cssSelector("#intake-address input")).sendKeys("Thôn Hy Cương", Keys.TAB);
            Path scan = Files.write(Files.createTempFile("giay-to", ".pdf"),
                    "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
            for (int i = 0; !driver.findElements(By.id("upload-" + i)).isEmpty(); i++) {
                upload("upload-" + i, scan);
            }
            scrollTo(By.id("intake-ticket"));
            ((JavascriptExecutor) driver).executeScript("document.getElementById('intake-dob').opened = false;"); // its calendar
            waitUntil(() -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return ![...document"
                    + ".querySelectorAll('vaadin-date-picker-overlay')].some(o => o.hasAttribute('opened') || o.hasAttribute('closing'));")));
            fits("queue-day-intake-from-ticket");
            click(By.id("intake-receive"));
            waitFor(By.id("intake-code"));
            Ticket served = tickets.get(c.clerkA(), byNumber.get("001").id());
            assertNotNull(served.dossierId(), "the dossier remembers its ticket");
            open("tiep-nhan");
            waitUntil(() -> driver.findElement(By.id("counter-panel-current")).getText().startsWith("Số 001"));
            clock.advance(Duration.ofMinutes(6));
            click(By.id("counter-finish"));

            // the counter's tablet asks the citizen, and the rating lands on the clerk who served
            driver = devices;
            driver.switchTo().window(tabletWindow);
            waitUntil(() -> driver.findElement(By.id("tablet-rating")).isDisplayed());
            click(By.id("tablet-level-very_satisfied"));
            waitForText("Cảm ơn ông/bà đã đánh giá!");
            fits("queue-day-tablet-rated");
            QueueBoard.Rating rating = board.rating(c.directorA(), served.id()).orElseThrow();
            assertEquals(DossierRating.Level.VERY_SATISFIED, rating.level());
            assertEquals(c.clerkA.userId(), rating.staffUserId(), "the clerk who served the ticket");
            assertEquals(served.dossierId(), rating.dossierId());

            // at 08:31 the second clerk's call is the booking, due ahead of walk-ins
            clock.set(clock.instant().plus(Duration.ofMinutes(15)));
            driver = second;
            click(By.id("counter-call-next"));
            waitUntil(() -> driver.findElement(By.id("counter-panel-current")).getText().startsWith("Số 003"));
            assertEquals(clerk2UserId, tickets.get(c.clerkA(), byNumber.get("003").id()).staffUserId());
            onBoard(devices, boardWindow, "003 → Quầy 2");
            // each call was seen on the board as it happened; its list keeps each number's latest call, newest first
            String shown = driver.findElement(By.id("board-last-calls")).getText();
            assertTrue(shown.indexOf("003 → Quầy 2") < shown.indexOf("001 → Quầy 1")
                    && shown.indexOf("001 → Quầy 1") < shown.indexOf("002 → Quầy 2") && shown.indexOf("003 → Quầy 2") >= 0, shown);
            fits("queue-day-board");
        } finally {
            driver = staff;
            if (devices != null) {
                devices.quit();
            }
            if (second != null) {
                second.quit();
            }
        }
    }

    private void logIn(String username) {
        driver.manage().window().setSize(new Dimension(1366, 768));
        open("dang-nhap");
        typeLogin(username, TwoCenters.PASSWORD);
        waitUntil(() -> !driver.getCurrentUrl().contains("dang-nhap"));
    }

    private void addCounter(String name, List<String> fields) {
        click(By.id("add-counter"));
        waitFor(By.cssSelector("#counter-name input")).sendKeys(name);
        WebElement input = waitFor(By.cssSelector("#counter-fields input"));
        for (String field : fields) {
            input.sendKeys(field);
            pickItem("vaadin-multi-select-combo-box-item", field);
            // the typed filter, if the box kept it, is erased key by key (a backspace on an empty box drops a chosen field)
            String typed = String.valueOf(input.getDomProperty("value"));
            for (int i = 0; i < typed.length() && !typed.equals("null"); i++) {
                input.sendKeys(Keys.BACK_SPACE);
            }
        }
        input.sendKeys(Keys.ESCAPE);
        click(By.id("counter-save"));
        waitUntil(() -> driver.findElements(By.id("counter-save")).isEmpty());
    }

    private long item(EquipmentKind kind, Long counter) {
        return equipment.add(c.directorA(), new EquipmentForm(kind, "Máy " + kind.ordinal(), null, "Sảnh", counter,
                EquipmentStatus.WORKING, null, null, null)).id();
    }

    /** The director clicks the device's pair button and reads the one-time code off the dialog. */
    private String pairingCode(long item, String screenshot) throws Exception {
        click(By.id("pair-" + item));
        String code = waitFor(By.id("pairing-code")).getText().replace(" ", "");
        assertEquals(8, code.length(), code);
        if (screenshot != null) {
            fits(screenshot);
        }
        click(By.id("pairing-close"));
        waitUntil(() -> driver.findElements(By.id("pairing-code")).isEmpty());
        return code;
    }

    private void pair(String code) {
        driver.manage().window().setSize(new Dimension(1366, 768));
        open("thiet-bi");
        waitFor(By.cssSelector("#device-code input")).sendKeys(code);
        click(By.id("device-pair"));
    }

    /**
     * A new window of the device browser becomes another device: without the earlier device's cookie /thiet-bi asks for a
     * code again; the windows already open keep the device they were opened as.
     */
    private String newDevice(String code) {
        driver.switchTo().newWindow(WindowType.WINDOW);
        open("thiet-bi"); // the site's cookies are reachable from one of its pages only
        driver.manage().deleteCookieNamed("motcua_device");
        pair(code);
        return driver.getWindowHandle();
    }

    private void onBoard(WebDriver devices, String boardWindow, String call) {
        driver = devices;
        driver.switchTo().window(boardWindow);
        waitForText(call);
    }

    private void chooseCounter(String label) {
        waitFor(By.cssSelector("#counter-panel-counter input")).sendKeys(label.substring(0, 6));
        pickItem("vaadin-combo-box-item", label);
        waitUntil(() -> String.valueOf(driver.findElement(By.cssSelector("#counter-panel-counter input"))
                .getDomProperty("value")).equals(label));
    }

    private void pickItem(String tag, String startsWith) {
        waitUntil(() -> driver.findElements(By.tagName(tag)).stream().anyMatch(i -> i.getText().strip().startsWith(startsWith)));
        List<WebElement> items = driver.findElements(By.tagName(tag));
        items.stream().filter(i -> i.getText().strip().equals(startsWith)).findFirst()
                .or(() -> items.stream().filter(i -> i.getText().strip().startsWith(startsWith)).findFirst())
                .orElseThrow().click();
    }

    private void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", waitFor(by));
    }

    private void upload(String uploadId, Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitUntil(() -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete);", upload)));
    }

    /**
     * Saves a screenshot and checks that no button, field or text of the page is cut off at the window's right edge
     * and that the page does not scroll sideways.
     */
    private void fits(String name) throws Exception {
        screenshot(name);
        Object cut = ((JavascriptExecutor) driver).executeScript("""
                const w = document.documentElement.clientWidth;
                const out = [...document.querySelectorAll('vaadin-button, vaadin-text-field, vaadin-combo-box, \
                vaadin-multi-select-combo-box, vaadin-select, vaadin-checkbox, h1, h2, p, span')]
                  .filter(e => e.offsetParent !== null && e.getBoundingClientRect().width > 0
                      && e.checkVisibility({opacityProperty: true, visibilityProperty: true}))
                  .filter(e => e.getBoundingClientRect().left < w && e.getBoundingClientRect().right > w + 1)
                  .map(e => (e.id || e.tagName) + ' in ' + (e.parentElement ? e.parentElement.tagName : '') + ' '
                      + JSON.stringify(e.getBoundingClientRect()) + ': ' + (e.innerText || '').slice(0, 40));
                if (document.documentElement.scrollWidth > w + 1) out.push('the page scrolls sideways');
                return out.join(' | ');""");
        assertEquals("", cut, name + ": cut off at " + driver.manage().window().getSize());
    }

    private void sql(String statement) {
        province.unaudited(() -> {
            try (Connection conn = dataSource.getConnection()) {
                conn.createStatement().execute(statement);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long number(String query) {
        return province.unaudited(() -> {
            try (Connection conn = dataSource.getConnection(); ResultSet rs = conn.createStatement().executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
