package vn.motcua.ui.views.queue;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.CounterForm;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.EquipmentForm;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.QueueBoard;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCatalog;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.views.counter.EquipmentView;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue's pages as people and devices use them: the director pairs a kiosk, a board and a tablet from the
 * equipment page; the kiosk gives a priority and a walk-in ticket; a clerk calls from the counter panel and the
 * board hears it; the tablet's rating lands on the clerk; a revoked board and an expired code are refused.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePagesTest implements IntegrationTestProperties {
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
    QueueBoard board;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    TwoCenters c;

    @BeforeAll
    void centers() {
        clock.set(BusinessTime.instant(LocalDateTime.of(2026, 12, 1, 9, 0)));
        c = new TwoCenters(context, "qp.");
        TestCatalog.twoFields(province, dataSource);
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** The director clicks the item's pair button on the equipment page and reads the code off the dialog. */
    String pairingCode(EquipmentView view, long item) {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> grid = LocatorJ._get(view, com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("equipment-grid"));
        Button pair = null;
        for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid) && pair == null; row++) {
            pair = LocatorJ._find(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions"), Button.class,
                    spec -> spec.withId("pair-" + item)).stream().findFirst().orElse(null);
        }
        LocatorJ._click(pair);
        String code = LocatorJ._get(Span.class, spec -> spec.withId("pairing-code")).getText().replace(" ", "");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("pairing-close")));
        return code;
    }

    /** The device's browser enters the code on /thiet-bi and keeps the cookie it is given. */
    String pairAt(String code) {
        DevicePairView page = context.createBean(DevicePairView.class);
        UI.getCurrent().add(page);
        page.code.setValue(code);
        LocatorJ._click(page.pair);
        UI.getCurrent().remove(page);
        jakarta.servlet.ServletResponse r = VaadinServletResponse.getCurrent();
        while (!(r instanceof FakeResponse) && r instanceof jakarta.servlet.ServletResponseWrapper w) {
            r = w.getResponse();
        }
        FakeResponse response = (FakeResponse) r;
        // the fake response collects every cookie of the test: this pairing's is the last one
        Cookie cookie = response.getCookies().stream().filter(k -> k.getName().equals(DeviceCookie.NAME))
                .reduce((first, second) -> second).orElse(null);
        assertTrue(cookie != null && cookie.isHttpOnly(), "an HttpOnly device cookie: " + page.error.getText());
        return cookie.getValue();
    }

    long item(EquipmentKind kind, Long counter) {
        return equipment.add(c.directorA(), new EquipmentForm(kind, "Máy " + kind.ordinal(), null, "Sảnh", counter,
                EquipmentStatus.WORKING, null, null, null)).id();
    }

    @Test
    void pairedDevicesFollowTheQueueFromTicketToCallToRatingAndARevokedOrExpiredOneIsRefused() {
        long one = counters.create(c.directorA(), new CounterForm(1, "Quầy hộ tịch", List.of("Hộ tịch"), List.of(), Map.of())).id();
        counters.create(c.directorA(), new CounterForm(2, "Quầy đất đai", List.of("Đất đai"), List.of(), Map.of()));
        long kioskItem = item(EquipmentKind.TICKET_KIOSK, null);
        long boardItem = item(EquipmentKind.DISPLAY_BOARD, null);
        long tabletItem = item(EquipmentKind.RATING_TABLET, one);
        long lookupItem = item(EquipmentKind.LOOKUP_KIOSK, null);

        VaadinSession.getCurrent().setAttribute(Principal.class, c.directorA);
        EquipmentView equipmentPage = new EquipmentView(equipment, context.getBean(vn.motcua.ui.security.CallContexts.class), devices);
        UI.getCurrent().add(equipmentPage);
        String kioskCode = pairingCode(equipmentPage, kioskItem);
        String boardCode = pairingCode(equipmentPage, boardItem);
        String tabletCode = pairingCode(equipmentPage, tabletItem);
        String lateCode = pairingCode(equipmentPage, lookupItem);
        UI.getCurrent().remove(equipmentPage);
        VaadinSession.getCurrent().setAttribute(Principal.class, null);

        String kioskCookie = pairAt(kioskCode);
        String boardCookie = pairAt(boardCode);
        String tabletCookie = pairAt(tabletCode);

        DevicePairView again = context.createBean(DevicePairView.class);
        UI.getCurrent().add(again);
        again.code.setValue(kioskCode);
        LocatorJ._click(again.pair);
        assertEquals("Mã ghép nối đã được dùng. Xin giám đốc trung tâm tạo mã mới", again.error.getText());
        clock.advance(DeviceService.CODE_LIFETIME.plusMinutes(1));
        again.code.setValue(lateCode);
        LocatorJ._click(again.pair);
        assertEquals("Mã ghép nối đã hết hạn. Xin giám đốc trung tâm tạo mã mới", again.error.getText());
        UI.getCurrent().remove(again);

        TicketKioskView kiosk = context.createBean(TicketKioskView.class);
        assertFalse(context.createBean(QueueBoardView.class).open(kioskCookie), "a kiosk's cookie does not open the board");
        assertTrue(kiosk.open(kioskCookie));
        UI.getCurrent().add(kiosk);
        Button civil = LocatorJ._get(kiosk.fields, Button.class, spec -> spec.withText("Hộ tịch"));
        LocatorJ._click(civil);
        assertEquals("001", LocatorJ._get(kiosk.ticket, Span.class, spec -> spec.withId("kiosk-ticket-number")).getText());
        kiosk.priority.setValue(true);
        kiosk.group.setValue(PriorityGroup.OLDER_PEOPLE);
        LocatorJ._click(civil);
        assertEquals("002", LocatorJ._get(kiosk.ticket, Span.class, spec -> spec.withId("kiosk-ticket-number")).getText());
        assertTrue(LocatorJ._get(kiosk.ticket, Span.class, spec -> spec.withId("kiosk-ticket-priority")).getText().contains("cao tuổi"));
        UI.getCurrent().remove(kiosk);

        QueueBoardView boardPage = context.createBean(QueueBoardView.class);
        assertTrue(boardPage.open(boardCookie));
        UI.getCurrent().add(boardPage);
        CounterTabletView tablet = context.createBean(CounterTabletView.class);
        assertTrue(tablet.open(tabletCookie));
        UI.getCurrent().add(tablet);

        VaadinSession.getCurrent().setAttribute(Principal.class, c.clerkA);
        CounterPanel panel = new CounterPanel(tickets, counters, context.getBean(vn.motcua.ui.security.CallContexts.class));
        UI.getCurrent().add(panel);
        panel.counter.setValue(panel.counter.getListDataView().getItems().filter(x -> x.number() == 1).findFirst().orElseThrow());
        LocatorJ._click(panel.callNext);
        assertTrue(panel.current.getText().startsWith("Số 002"), "the priority ticket first: " + panel.current.getText());
        MockVaadin.runUIQueue();
        assertEquals("Mời công dân có số thứ tự 002 đến quầy số 1", boardPage.announcement.getText(), "the board heard the call");
        assertTrue(LocatorJ._get(boardPage.counters, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("board-counter-1")).getElement().getTextRecursively().contains("002"));
        assertEquals("Cán bộ tiếp nhận: Trần Thị Bình", tablet.clerk.getText());

        clock.advance(Duration.ofMinutes(3));
        LocatorJ._click(panel.finish);
        MockVaadin.runUIQueue();
        assertTrue(tablet.rating.isVisible(), "the tablet asks for a rating");
        LocatorJ._click(LocatorJ._get(tablet.levels, Button.class, spec -> spec.withId("tablet-level-very_satisfied")));
        assertEquals("Cảm ơn ông/bà đã đánh giá!", tablet.thanks.getText());
        Ticket served = tickets.today(c.directorA()).stream().filter(t -> t.number().equals("002")).findFirst().orElseThrow();
        QueueBoard.Rating rating = board.rating(c.directorA(), served.id()).orElseThrow();
        assertEquals(DossierRating.Level.VERY_SATISFIED, rating.level());
        assertEquals(c.clerkA.userId(), rating.staffUserId(), "the rating lands on the clerk who served");

        UI.getCurrent().remove(boardPage);
        long boardDevice = devices.list(c.directorA()).stream().filter(d -> d.kind() == EquipmentKind.DISPLAY_BOARD)
                .findFirst().orElseThrow().id();
        devices.revoke(c.directorA(), boardDevice);
        assertTrue(boardPage.recheck().isEmpty(), "revoked: the board's next check fails");
        assertFalse(context.createBean(QueueBoardView.class).open(boardCookie));
        String[] parts = kioskCookie.split("\\.");
        assertFalse(context.createBean(TicketKioskView.class).open(c.b.tenantId().value() + "." + parts[1] + "." + parts[2]),
                "the kiosk's credential under center B's id opens nothing");
    }
}
