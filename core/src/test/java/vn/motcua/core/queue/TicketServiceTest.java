package vn.motcua.core.queue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.counter.QueueSettings;
import vn.motcua.core.counter.QueueSettingsService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.queue.QueueFixture.CIVIL;
import static vn.motcua.core.queue.QueueFixture.LAND;

/** Tickets against real PostgreSQL: numbering, hours, daily maximum, the call order and every counter action. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketServiceTest implements IntegrationTestProperties {
    @Inject
    MovableClock clock;
    @Inject
    TicketService tickets;
    @Inject
    QueueSettingsService settings;
    @Inject
    QueueFixture f;

    void prefixesAndMax(QueueFixture.Center c, Integer max) {
        settings.save(f.now(c.director()), new QueueSettings(LocalTime.of(7, 30), LocalTime.of(16, 30), true, max,
                EnumSet.allOf(PriorityGroup.class), QueueSettings.DEFAULT_ANNOUNCEMENT, true, Map.of(CIVIL, "A", LAND, "B"), false));
    }

    @Test
    void aTicketHasItsFieldsPrefixTheCounterGroupThoseAheadAndAnEstimateAndResetsDaily() {
        f.at(1, 8, 0);
        QueueFixture.Center c = f.center("T-NUM");
        f.counter(c.director(), 1, List.of(CIVIL));
        f.counter(c.director(), 2, List.of(CIVIL, LAND));
        prefixesAndMax(c, null);

        TakenTicket first = tickets.take(f.now(c.clerk1()), CIVIL, null, null);
        assertEquals("A001", first.ticket().number());
        assertEquals(List.of(1, 2), first.counters(), "the counters serving the field");
        assertEquals(0, first.waitingAhead());
        assertEquals(0, first.estimatedMinutes());
        TakenTicket second = tickets.take(f.now(c.clerk1()), null, f.procedureId("1.001193"), null);
        assertEquals("A002", second.ticket().number(), "a procedure's ticket takes its field's prefix");
        assertEquals(CIVIL, second.ticket().field());
        assertEquals(1, second.waitingAhead());
        assertEquals(3, second.estimatedMinutes(), "one ahead × 6 minutes shared by two counters");
        TakenTicket land = tickets.take(f.now(c.clerk1()), LAND, null, null);
        assertEquals("B001", land.ticket().number());
        assertEquals(List.of(2), land.counters());
        TakenTicket priority = tickets.take(f.now(c.clerk1()), CIVIL, null, PriorityGroup.OLDER_PEOPLE);
        assertEquals("A003", priority.ticket().number());
        assertTrue(priority.ticket().priority());
        assertEquals(0, priority.waitingAhead(), "a priority ticket goes before the walk-ins");
        assertEquals(3, tickets.take(f.now(c.clerk1()), CIVIL, null, null).waitingAhead(),
                "a walk-in after it has three ahead");

        f.at(2, 7, 45);
        assertEquals("A001", tickets.take(f.now(c.clerk1()), CIVIL, null, null).ticket().number(), "numbers start again each day");
    }

    @Test
    void outsideTicketHoursOnASundayOrAFullDayTheTicketIsRefusedClearlyAndNothingChanges() {
        f.at(1, 8, 0);
        QueueFixture.Center c = f.center("T-LIM");
        f.counter(c.director(), 1, List.of(CIVIL));
        prefixesAndMax(c, 2);
        tickets.take(f.now(c.clerk1()), CIVIL, null, null);
        tickets.take(f.now(c.clerk1()), CIVIL, null, null);
        InvalidInputException full = assertThrows(InvalidInputException.class, () -> tickets.take(f.now(c.clerk1()), CIVIL, null, null));
        assertEquals("Hôm nay đã hết số thứ tự (2 số/ngày). Mời ông/bà quay lại vào ngày làm việc tiếp theo hoặc đặt lịch hẹn",
                full.vietnamese());
        f.at(1, 16, 30);
        InvalidInputException late = assertThrows(InvalidInputException.class, () -> tickets.take(f.now(c.clerk1()), CIVIL, null, null));
        assertEquals("Ngoài giờ cấp số (07:30–16:30, ngày làm việc). Mời ông/bà quay lại trong giờ cấp số", late.vietnamese());
        f.at(6, 9, 0);
        assertThrows(InvalidInputException.class, () -> tickets.take(f.now(c.clerk1()), CIVIL, null, null), "Sunday");
        InvalidInputException noCounter = assertThrows(InvalidInputException.class, () -> {
            f.at(2, 9, 0);
            tickets.take(f.now(c.clerk1()), LAND, null, null);
        });
        assertEquals("Chưa có quầy nào tiếp nhận lĩnh vực \"Đất đai\"", noCounter.vietnamese());
        assertEquals(2, f.number("SELECT count(*) FROM queue_ticket WHERE tenant_id = " + c.id().value()), "nothing was added");
        assertEquals(2, f.number("SELECT last FROM queue_number WHERE tenant_id = " + c.id().value() + " AND prefix = '*'"
                + " AND day = '2026-12-01'"), "the refused ticket did not use a number");
    }

    @Test
    void countersCallPriorityFirstThenAppointmentsDueThenFirstComeOnlyInTheirFieldsAndEveryActionIsRecorded() {
        f.at(1, 8, 0);
        QueueFixture.Center c = f.center("T-CALL");
        long one = f.counter(c.director(), 1, List.of(CIVIL));
        long two = f.counter(c.director(), 2, List.of(CIVIL, LAND));
        prefixesAndMax(c, null);
        Ticket walkIn = tickets.take(f.now(c.clerk1()), CIVIL, null, null).ticket();
        f.at(1, 8, 1);
        Ticket land = tickets.take(f.now(c.clerk1()), LAND, null, null).ticket();
        f.at(1, 8, 2);
        Ticket priority = tickets.take(f.now(c.clerk1()), CIVIL, null, PriorityGroup.DISABLED).ticket();
        f.at(1, 8, 3);
        Ticket booked = tickets.issue(c.id(), clock.instant(), CIVIL, null, null, null,
                BusinessTime.instant(LocalDateTime.of(2026, 12, 1, 8, 30))).ticket();
        f.at(1, 8, 4);
        Ticket later = tickets.take(f.now(c.clerk1()), CIVIL, null, null).ticket();

        f.at(1, 8, 10);
        assertEquals(priority.id(), tickets.callNext(f.now(c.clerk1()), one).id(), "priority first");
        InvalidInputException busy = assertThrows(InvalidInputException.class, () -> tickets.callNext(f.now(c.clerk1()), one));
        assertEquals("Quầy đang phục vụ số A002: hãy kết thúc hoặc bỏ qua số đó trước khi gọi số mới", busy.vietnamese());
        assertEquals(TicketStatus.NO_SHOW, tickets.skip(f.now(c.clerk1()), one).status());
        assertEquals(walkIn.id(), tickets.callNext(f.now(c.clerk1()), one).id(), "the appointment is not due yet: first come");
        assertEquals(land.id(), tickets.callNext(f.now(c.clerk2()), two).id(), "counter 2 serves land too");

        f.at(1, 8, 31);
        tickets.finish(f.now(c.clerk1()), one);
        Ticket due = tickets.callNext(f.now(c.clerk1()), one);
        assertEquals(booked.id(), due.id(), "a due appointment goes before the walk-in who came earlier");
        assertEquals(60, due.waitSeconds(), "an appointment waits from its time");
        assertEquals(2, tickets.recall(f.now(c.clerk1()), one).calls());
        assertEquals(TicketStatus.SERVING, tickets.serve(f.now(c.clerk1()), one).status());
        clock.advance(Duration.ofMinutes(5));
        Ticket done = tickets.finish(f.now(c.clerk1()), one);
        assertEquals(TicketStatus.DONE, done.status());
        assertEquals(300, done.serviceSeconds());
        assertEquals(c.clerk1().userId(), done.staffUserId());

        Ticket moved = tickets.transfer(f.now(c.clerk2()), two, one, null, "Công dân cần hỏi về hộ tịch");
        assertEquals(TicketStatus.WAITING, moved.status());
        assertEquals("Công dân cần hỏi về hộ tịch", moved.transferNote());
        assertNull(moved.counterId());
        assertEquals(land.id(), tickets.callNext(f.now(c.clerk1()), one).id(), "a ticket sent to a counter goes to it, whatever its field");
        Ticket toField = tickets.transfer(f.now(c.clerk1()), one, null, CIVIL, null);
        assertEquals(CIVIL, toField.field());
        assertEquals(land.id(), tickets.callNext(f.now(c.clerk2()), two).id(), "now in the civil field, before the later walk-in");
        assertEquals(later.id(), tickets.callNext(f.now(c.clerk1()), one).id());
        assertThrows(InvalidInputException.class, () -> tickets.transfer(f.now(c.clerk1()), one, null, null, "x"));

        QueueFixture.Center other = f.center("T-CALL2");
        assertThrows(NotFoundException.class, () -> tickets.callNext(f.now(other.clerk1()), one), "another center's counter");
        assertThrows(NotFoundException.class, () -> tickets.get(f.now(other.clerk1()), later.id()));
        long otherCounter = f.counter(other.director(), 1, List.of(CIVIL));
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> tickets.callNext(f.now(other.clerk1()), otherCounter));
        assertEquals("Không còn ai chờ ở các lĩnh vực của quầy này", none.vietnamese(), "never a ticket of another center");
        List<String> order = new ArrayList<>(tickets.today(f.now(c.director())).stream().map(Ticket::number).toList());
        assertEquals(5, order.size());
    }
}
