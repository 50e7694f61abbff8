package vn.motcua.core.queue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.counter.EquipmentForm;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.validation.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.queue.QueueFixture.CIVIL;
import static vn.motcua.core.queue.QueueFixture.LAND;

/**
 * Paired devices, the board, the counter tablet's rating, the public follow page, appointments and the daily figures,
 * against real PostgreSQL: a device of one center never reaches another's queue.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueDevicesTest implements IntegrationTestProperties {
    @Inject
    MovableClock clock;
    @Inject
    DeviceService devices;
    @Inject
    TicketService tickets;
    @Inject
    QueueBoard board;
    @Inject
    AppointmentService appointments;
    @Inject
    QueueStatistics statistics;
    @Inject
    QueueSignals signals;
    @Inject
    EquipmentService equipment;
    @Inject
    QueueFixture f;

    long item(CallContext director, EquipmentKind kind, Long counter) {
        return equipment.add(f.now(director), new EquipmentForm(kind, "Model", null, "Sảnh", counter, EquipmentStatus.WORKING,
                null, null, null)).id();
    }

    DeviceSession paired(CallContext director, long item) {
        PairedDevice d = devices.pair(devices.startPairing(f.now(director), item).code(), clock.instant());
        return devices.authenticate(d.credential(), clock.instant()).orElseThrow();
    }

    @Test
    void aPairingCodeWorksOnceBeforeItExpiresAndARevokedOrForgedCredentialIsRefusedAtOnce() {
        f.at(1, 8, 0);
        QueueFixture.Center c = f.center("D-PAIR");
        QueueFixture.Center other = f.center("D-PAIR2");
        long counter = f.counter(c.director(), 1, List.of(CIVIL));
        long kioskItem = item(c.director(), EquipmentKind.TICKET_KIOSK, null);

        PairingCode code = devices.startPairing(f.now(c.director()), kioskItem);
        assertEquals(8, code.code().length());
        assertEquals(clock.instant().plus(DeviceService.CODE_LIFETIME), code.expiresAt());
        PairedDevice kiosk = devices.pair(code.code().toLowerCase(), clock.instant());
        assertEquals(EquipmentKind.TICKET_KIOSK, kiosk.session().kind());
        assertEquals(c.id(), kiosk.session().tenant());
        InvalidInputException used = assertThrows(InvalidInputException.class, () -> devices.pair(code.code(), clock.instant()));
        assertEquals("Mã ghép nối đã được dùng. Xin giám đốc trung tâm tạo mã mới", used.vietnamese());

        PairingCode late = devices.startPairing(f.now(c.director()), item(c.director(), EquipmentKind.DISPLAY_BOARD, null));
        clock.advance(DeviceService.CODE_LIFETIME);
        InvalidInputException expired = assertThrows(InvalidInputException.class, () -> devices.pair(late.code(), clock.instant()));
        assertEquals("Mã ghép nối đã hết hạn. Xin giám đốc trung tâm tạo mã mới", expired.vietnamese());
        assertThrows(InvalidInputException.class, () -> devices.pair("ZZZZ2222", clock.instant()));
        assertEquals(1, devices.list(f.now(c.director())).size(), "the refused codes paired nothing");

        DeviceSession session = devices.authenticate(kiosk.credential(), clock.instant()).orElseThrow();
        assertEquals("Xã D-PAIR", session.centerName());
        String[] parts = kiosk.credential().split("\\.");
        assertTrue(devices.authenticate(other.id().value() + "." + parts[1] + "." + parts[2], clock.instant()).isEmpty(),
                "the credential with another center's id finds nothing");
        assertTrue(devices.authenticate(parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "x", clock.instant()).isEmpty());
        assertTrue(devices.authenticate("garbage", clock.instant()).isEmpty());
        assertThrows(vn.motcua.core.validation.NotFoundException.class, () -> devices.revoke(f.now(other.director()), session.deviceId()),
                "another center's director cannot revoke it");
        assertNotNull(devices.list(f.now(c.director())).get(0).lastSeenAt());

        devices.revoke(f.now(c.director()), session.deviceId());
        assertTrue(devices.authenticate(kiosk.credential(), clock.instant()).isEmpty(), "revoked: refused at the next request");
        assertFalse(devices.list(f.now(c.director())).get(0).active());

        long printer = item(c.director(), EquipmentKind.PRINTER, null);
        assertThrows(InvalidInputException.class, () -> devices.startPairing(f.now(c.director()), printer));
        InvalidInputException noCounter = assertThrows(InvalidInputException.class,
                () -> devices.startPairing(f.now(c.director()), item(c.director(), EquipmentKind.RATING_TABLET, null)));
        assertEquals("Máy tính bảng đánh giá phải gắn với một quầy (sửa thiết bị, chọn quầy) trước khi ghép nối", noCounter.vietnamese());
        assertThrows(AccessDeniedException.class, () -> devices.startPairing(f.now(c.clerk1()), kioskItem), "clerks do not pair");
        assertThrows(vn.motcua.core.validation.NotFoundException.class, () -> devices.startPairing(f.now(other.director()), kioskItem));
        assertNotNull(counter);
    }

    @Test
    void theKioskGivesTicketsTheBoardShowsCallsTheTabletRatesTheClerkAndTheFollowPageShowsNothingPersonal() {
        f.at(1, 8, 0);
        QueueFixture.Center c = f.center("D-FLOW");
        long one = f.counter(c.director(), 1, List.of(CIVIL));
        f.counter(c.director(), 2, List.of(LAND));
        DeviceSession kiosk = paired(c.director(), item(c.director(), EquipmentKind.TICKET_KIOSK, null));
        DeviceSession boardDevice = paired(c.director(), item(c.director(), EquipmentKind.DISPLAY_BOARD, null));
        DeviceSession tablet = paired(c.director(), item(c.director(), EquipmentKind.RATING_TABLET, one));
        List<QueueSignals.Signal> heard = new CopyOnWriteArrayList<>();
        List<QueueSignals.Signal> heardElsewhere = new CopyOnWriteArrayList<>();
        QueueFixture.Center other = f.center("D-FLOW2");
        assertTrue(tickets.closedNow(kiosk).isEmpty(), "ticket hours");
        assertEquals(java.util.Optional.of("Ngoài giờ cấp số (07:00–17:00, ngày làm việc). Mời ông/bà quay lại trong giờ cấp số"),
                tickets.closedNow(kiosk.at(BusinessTime.instant(LocalDateTime.of(2026, 12, 6, 9, 0)))), "the kiosk says so on a Sunday");
        try (var sub = signals.subscribe(c.id(), heard::add); var sub2 = signals.subscribe(other.id(), heardElsewhere::add)) {
            TakenTicket first = tickets.take(kiosk, CIVIL, null, null);
            TakenTicket second = tickets.take(kiosk.at(clock.instant()), CIVIL, null, PriorityGroup.PREGNANT);
            assertThrows(AccessDeniedException.class, () -> tickets.take(boardDevice, CIVIL, null, null), "a board gives no tickets");

            FollowView follow = board.follow(first.ticket().followToken(), clock.instant()).orElseThrow();
            assertEquals("001", follow.number());
            assertEquals(1, follow.waitingAhead(), "the priority ticket went ahead");
            assertTrue(board.follow(other.id().value() + "." + first.ticket().publicToken(), clock.instant()).isEmpty(),
                    "the token under another center finds nothing");

            Ticket called = tickets.callNext(f.now(c.clerk1()), one);
            assertEquals(second.ticket().id(), called.id());
            tickets.recall(f.now(c.clerk1()), one);
            BoardView view = board.board(boardDevice.at(clock.instant()));
            assertEquals("002", view.counters().get(0).serving());
            assertNull(view.counters().get(1).serving());
            assertEquals(List.of(new BoardView.Call("002", 1)), view.lastCalls());
            assertEquals(List.of(new BoardView.FieldWaiting(CIVIL, 1)), view.waiting());
            assertThrows(AccessDeniedException.class, () -> board.board(kiosk));
            List<QueueSignals.Signal> calls = heard.stream().filter(s -> s.kind() != QueueSignals.Kind.CHANGED).toList();
            assertEquals(List.of("Mời công dân có số thứ tự 002 đến quầy số 1", "Mời công dân có số thứ tự 002 đến quầy số 1"),
                    calls.stream().map(QueueSignals.Signal::announcement).toList(), "the call and the recall, in order");
            assertEquals(List.of(), heardElsewhere, "another center's pages hear nothing");

            TabletView before = board.tablet(tablet.at(clock.instant()));
            assertEquals("Trần Văn Bình", before.clerkName(), "the clerk serving now");
            assertEquals("002", before.currentNumber());
            assertNull(before.toRateTicketId());
            tickets.serve(f.now(c.clerk1()), one);
            clock.advance(Duration.ofMinutes(4));
            tickets.finish(f.now(c.clerk1()), one);
            TabletView after = board.tablet(tablet.at(clock.instant()));
            assertEquals(called.id(), after.toRateTicketId());
            InvalidInputException noReason = assertThrows(InvalidInputException.class,
                    () -> board.rate(tablet.at(clock.instant()), called.id(), DossierRating.Level.NOT_SATISFIED, " "));
            assertEquals("Vui lòng cho biết lý do chưa hài lòng", noReason.vietnamese());
            board.rate(tablet.at(clock.instant()), called.id(), DossierRating.Level.NOT_SATISFIED, "Chờ lâu");
            QueueBoard.Rating rating = board.rating(f.now(c.director()), called.id()).orElseThrow();
            assertEquals(c.clerk1().userId(), rating.staffUserId(), "the rating lands on the clerk who served");
            assertEquals(one, rating.counterId());
            assertEquals("Chờ lâu", rating.reason());
            assertThrows(InvalidInputException.class,
                    () -> board.rate(tablet.at(clock.instant()), called.id(), DossierRating.Level.SATISFIED, null), "once");
            assertNull(board.tablet(tablet.at(clock.instant())).toRateTicketId());
            clock.advance(Duration.ofMinutes(5));
            assertNull(board.tablet(tablet.at(clock.instant())).toRateTicketId(), "the window is over");
        }
    }

    @Test
    void aBookingInThePastOrAFullSlotIsRefusedAndCheckInMakesATicketServedAheadOfWalkInsAtItsTime() {
        f.at(1, 8, 0);
        QueueFixture.Center c = f.center("D-BOOK");
        long one = f.counter(c.director(), 1, List.of(CIVIL));
        long birth = f.procedureId("1.001193");
        DeviceSession kiosk = paired(c.director(), item(c.director(), EquipmentKind.TICKET_KIOSK, null));
        assertTrue(appointments.centers().stream().anyMatch(p -> p.tenantId() == c.id().value()));
        assertEquals(List.of("Đăng ký khai sinh"), appointments.procedures(c.id()).stream().map(p -> p.name()).toList());

        List<Slot> slots = appointments.slots(c.id(), birth, LocalDate.of(2026, 12, 1), clock.instant());
        assertEquals(BusinessTime.instant(LocalDateTime.of(2026, 12, 1, 8, 30)), slots.get(0).start(), "past slots are not offered");
        assertEquals(1, slots.get(0).capacity(), "one counter serves the field");
        assertEquals(List.of(), appointments.slots(c.id(), birth, LocalDate.of(2026, 12, 6), clock.instant()), "Sunday");

        Instant nine = BusinessTime.instant(LocalDateTime.of(2026, 12, 1, 9, 0));
        Appointment booked = appointments.book(c.id(), birth, nine, clock.instant());
        assertTrue(booked.code().startsWith("LH"));
        InvalidInputException full = assertThrows(InvalidInputException.class, () -> appointments.book(c.id(), birth, nine, clock.instant()));
        assertEquals("Khung giờ 01/12/2026 09:00 đã đủ chỗ, mời chọn khung giờ khác", full.vietnamese());
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> appointments.book(c.id(), birth, BusinessTime.instant(LocalDateTime.of(2026, 12, 1, 7, 30)), clock.instant()));
        assertEquals("Khung giờ đã qua, mời chọn khung giờ khác", past.vietnamese());
        assertThrows(InvalidInputException.class,
                () -> appointments.book(c.id(), birth, BusinessTime.instant(LocalDateTime.of(2026, 12, 1, 9, 10)), clock.instant()));
        assertEquals(1, f.number("SELECT count(*) FROM queue_appointment WHERE tenant_id = " + c.id().value()), "nothing more booked");

        f.at(1, 8, 40);
        Ticket walkIn = tickets.take(kiosk.at(clock.instant()), CIVIL, null, null).ticket();
        f.at(1, 8, 50);
        Ticket fromBooking = appointments.checkIn(kiosk.at(clock.instant()), booked.code().toLowerCase()).ticket();
        assertEquals(booked.id(), fromBooking.appointmentId());
        assertThrows(InvalidInputException.class, () -> appointments.checkIn(kiosk.at(clock.instant()), booked.code()), "used");
        assertThrows(InvalidInputException.class, () -> appointments.checkIn(kiosk.at(clock.instant()), "LHNOPE99"));
        Ticket walkIn2 = tickets.take(kiosk.at(clock.instant()), CIVIL, null, null).ticket();
        f.at(1, 9, 1);
        assertEquals(fromBooking.id(), tickets.callNext(f.now(c.clerk1()), one).id(), "the booking due at nine before the walk-ins");
        tickets.serve(f.now(c.clerk1()), one);
        clock.advance(Duration.ofMinutes(10));
        tickets.finish(f.now(c.clerk1()), one);
        assertEquals(walkIn.id(), tickets.callNext(f.now(c.clerk1()), one).id(), "then first come");
        tickets.finish(f.now(c.clerk1()), one);
        assertEquals(walkIn2.id(), tickets.callNext(f.now(c.clerk1()), one).id());
        tickets.skip(f.now(c.clerk1()), one);
        assertEquals(walkIn2.number(), tickets.get(f.now(c.clerk1()), walkIn2.id()).number());

        List<StatRow> rows = statistics.refresh(f.now(c.director()), LocalDate.of(2026, 12, 1));
        StatRow field = rows.stream().filter(r -> r.dimension() == StatRow.Dimension.FIELD).findFirst().orElseThrow();
        assertEquals(CIVIL, field.key());
        assertEquals(3, field.tickets());
        assertEquals(2, field.served());
        assertEquals(1, field.noShows());
        assertEquals(1, field.appointments());
        assertEquals(1, field.appointmentsKept());
        assertEquals(1260, field.waitP50Seconds(), "waits 1 min (from the booking's time), 21 and 31 min");
        assertEquals(1740, field.waitP90Seconds());
        StatRow clerk = rows.stream().filter(r -> r.dimension() == StatRow.Dimension.CLERK).findFirst().orElseThrow();
        assertEquals("Trần Văn Bình", clerk.key());
        assertEquals(List.of("08"), rows.stream().filter(r -> r.dimension() == StatRow.Dimension.HOUR).map(StatRow::key).toList());
        assertEquals(rows.stream().filter(r -> r.dimension() == StatRow.Dimension.FIELD).toList(),
                statistics.stored(f.now(c.director()), StatRow.Dimension.FIELD, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)),
                "the figures are stored for the indicators");
    }
}
