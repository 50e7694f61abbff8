package vn.motcua.ui.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.CounterForm;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.EquipmentForm;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.TicketService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCatalog;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.tenants.testing.TwoCenters;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue in headless Chromium against the real server: a kiosk and a board pair with the director's codes at
 * /thiet-bi; the kiosk gives a ticket; a clerk's call reaches the board by Vaadin Push (no reload) with its
 * announcement; a revoked board falls back to the pairing page at its next poll. Screenshots at 1366×768.
 */
@MicronautTest(transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueBrowserTest extends ChromiumSession implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    MovableClock clock;
    @Inject
    CounterService counters;
    @Inject
    EquipmentService equipment;
    @Inject
    DeviceService devices;
    @Inject
    TicketService tickets;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    TwoCenters c;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1", "motcua.demo.enabled", "false",
                "motcua.admin.username", "admin.queue", "motcua.admin.password", "MotCua@2025-queue-test");
    }

    @BeforeAll
    void center() {
        clock.set(BusinessTime.instant(LocalDateTime.of(2026, 12, 1, 9, 0)));
        c = new TwoCenters(context, "qb.");
        TestCatalog.twoFields(province, dataSource);
    }

    String code(EquipmentKind kind) {
        long item = equipment.add(c.directorA(), new EquipmentForm(kind, "Máy", null, "Sảnh", null, EquipmentStatus.WORKING,
                null, null, null)).id();
        return devices.startPairing(c.directorA(), item).code();
    }

    void pair(String code) {
        open("thiet-bi");
        waitFor(By.cssSelector("#device-code input")).sendKeys(code);
        click(By.id("device-pair"));
    }

    @Test
    void aPairedBoardShowsTheClerksCallByPushAndARevokedBoardIsSentBackToPairing() throws Exception {
        long counter = counters.create(c.directorA(), new CounterForm(1, "Quầy hộ tịch", List.of("Hộ tịch"), List.of(), Map.of())).id();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));

        // this browser is the ticket kiosk
        pair(code(EquipmentKind.TICKET_KIOSK));
        waitFor(By.id("kiosk-fields"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Hộ tịch']"));
        waitFor(By.id("kiosk-ticket-number"));
        waitForText("001");
        screenshot("laptop-queue-kiosk");

        // a second browser is the display board
        WebDriver kiosk = driver;
        browser();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            pair(code(EquipmentKind.DISPLAY_BOARD));
            waitFor(By.id("board-counters"));
            long start = System.nanoTime();
            tickets.callNext(c.clerkA(), counter);
            waitForText("Mời công dân có số thứ tự 001 đến quầy số 1");
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("queue.board.push: " + ms + " ms from the call to the text on the board");
            assertTrue(ms < 5_000, "the board showed the call by push, " + ms + " ms");
            waitUntil(() -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return (window.motcuaAnnounced || []).length === 1")));
            screenshot("laptop-queue-board");

            long board = devices.list(c.directorA()).stream().filter(d -> d.kind() == EquipmentKind.DISPLAY_BOARD)
                    .findFirst().orElseThrow().id();
            devices.revoke(c.directorA(), board);
            waitFor(By.id("device-code"));
            assertTrue(driver.getCurrentUrl().endsWith("/thiet-bi"), driver.getCurrentUrl());
        } finally {
            driver.quit();
            driver = kiosk;
        }
    }
}
