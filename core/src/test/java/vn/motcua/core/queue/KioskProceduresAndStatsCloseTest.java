package vn.motcua.core.queue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.cluster.ClusterOnce;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.counter.CounterForm;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.EquipmentForm;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.counter.ProcedureChoice;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.validation.InvalidInputException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.queue.QueueFixture.CIVIL;
import static vn.motcua.core.queue.QueueFixture.LAND;

/**
 * The kiosk's common procedures (the director's choice, or the most received) and the nightly close of the queue's
 * figures, once across nodes, equal to what the director's page computes.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskProceduresAndStatsCloseTest implements IntegrationTestProperties {
    @Inject
    MovableClock clock;
    @Inject
    TicketService tickets;
    @Inject
    KioskProcedures kiosk;
    @Inject
    QueueStatistics statistics;
    @Inject
    QueueStatsClose close;
    @Inject
    DeviceService devices;
    @Inject
    EquipmentService equipment;
    @Inject
    CounterService counters;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    QueueFixture f;

    @BeforeAll
    void catalog() {
        f.exec("INSERT INTO procedure (national_code, name, field, levels, current_version) VALUES "
                + "('1.000894', 'Đăng ký kết hôn', '" + CIVIL + "', 'COMMUNE', 1), "
                + "('1.001022', 'Đăng ký khai tử', '" + CIVIL + "', 'COMMUNE', 1) ON CONFLICT DO NOTHING");
    }

    void at(int day, int hour, int minute) {
        clock.set(BusinessTime.instant(LocalDateTime.of(2026, 12, day, hour, minute)));
    }

    CallContext now(CallContext ctx) {
        return ctx.at(clock.instant());
    }

    DeviceSession pairedKiosk(CallContext director) {
        long item = equipment.add(now(director), new EquipmentForm(EquipmentKind.TICKET_KIOSK, "Model", null, "Sảnh", null,
                EquipmentStatus.WORKING, null, null, null)).id();
        PairedDevice d = devices.pair(devices.startPairing(now(director), item).code(), clock.instant());
        return devices.authenticate(d.credential(), clock.instant()).orElseThrow();
    }

    void received(QueueFixture.Center c, String procedureCode, int count) {
        for (int i = 0; i < count; i++) {
            f.exec("INSERT INTO dossier (tenant_id, code, procedure_code, procedure_name, workflow_version, steps_json, channel, "
                    + "applicant_name, applicant_json, status, received_at, due_at) VALUES (" + c.id().value() + ", 'HS-"
                    + procedureCode + "-" + i + "', '" + procedureCode + "', 'x', 0, '[]', 'IN_PERSON', 'Người nộp', '{}', "
                    + "'RECEIVED', '2026-11-20T09:00:00+07', '2026-11-25T09:00:00+07')");
        }
    }

    @Test
    void theKioskOffersTheMostReceivedProceduresUntilTheDirectorChoosesAndTheTicketRecordsTheProcedure() {
        at(1, 8, 0);
        QueueFixture.Center c = f.center("K-PROC");
        long birth = f.procedureId("1.001193");
        long land = f.procedureId("1.004227");
        long marriage = f.procedureId("1.000894");
        counters.create(now(c.director()), new CounterForm(1, "Quầy 1", List.of(), List.of(birth, land), Map.of()));
        DeviceSession device = pairedKiosk(c.director());

        assertEquals(java.util.Set.of("1.004227", "1.001193"), java.util.Set.copyOf(codes(kiosk.offered(device.at(clock.instant())))),
                "no dossiers yet: the procedures the counters take by name");
        counters.create(now(c.director()), new CounterForm(2, "Quầy 2", List.of(CIVIL), List.of(), Map.of()));
        received(c, "1.000894", 3);
        received(c, "1.004227", 2);
        received(c, "1.001022", 1);
        assertEquals(List.of("1.000894", "1.004227", "1.001022"), codes(kiosk.offered(device.at(clock.instant()))),
                "the most received of the last 90 days that an open counter takes, most first");

        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> kiosk.save(now(c.director()), List.of(marriage, 999_999_999L)));
        assertTrue(unknown.vietnamese().startsWith("Thủ tục này không có quầy nào"), unknown.vietnamese());
        assertEquals(List.of(), kiosk.chosen(now(c.director())), "nothing saved");
        assertThrows(vn.motcua.core.context.AccessDeniedException.class, () -> kiosk.save(now(c.clerk1()), List.of(birth)));

        kiosk.save(now(c.director()), List.of(land, birth));
        assertEquals(List.of("1.004227", "1.001193"), codes(kiosk.offered(device.at(clock.instant()))), "the director's order");

        TakenTicket t = tickets.take(device.at(clock.instant()), null, land, null);
        assertEquals(land, t.ticket().procedureId());
        assertEquals(LAND, t.ticket().field());
        assertEquals(List.of(1), t.counters(), "the counter taking the procedure");
        kiosk.save(now(c.director()), List.of());
        assertEquals(3, kiosk.offered(now(c.director())).size(), "back to the default");
    }

    @Test
    void theNightlyCloseRunsOnOneNodeStoresTheFiguresThePageComputesAndASecondRunFindsNothingLeft() throws Exception {
        at(1, 8, 0);
        QueueFixture.Center c = f.center("S-CLOSE");
        long one = f.counter(c.director(), 1, List.of(CIVIL));
        long two = f.counter(c.director(), 2, List.of(CIVIL, LAND));
        for (String field : List.of(CIVIL, LAND, CIVIL, CIVIL)) {
            tickets.take(now(c.clerk1()), field, null, null);
            clock.advance(Duration.ofMinutes(3));
        }
        tickets.take(now(c.clerk1()), CIVIL, null, PriorityGroup.OLDER_PEOPLE);
        at(1, 8, 30);
        tickets.callNext(now(c.clerk1()), one);
        tickets.callNext(now(c.clerk2()), two);
        tickets.serve(now(c.clerk1()), one);
        clock.advance(Duration.ofMinutes(7));
        tickets.finish(now(c.clerk1()), one);
        tickets.skip(now(c.clerk2()), two);
        tickets.callNext(now(c.clerk2()), two);
        tickets.serve(now(c.clerk2()), two);
        clock.advance(Duration.ofMinutes(12));
        tickets.finish(now(c.clerk2()), two);
        LocalDate day = LocalDate.of(2026, 12, 1);

        at(2, 0, 20);
        // another node holds the job: this one skips, nothing is stored
        try (Connection other = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement lock = other.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, ClusterOnce.lockKey(QueueStatsClose.JOB));
            try (ResultSet rs = lock.executeQuery()) {
                assertTrue(rs.next() && rs.getBoolean(1));
            }
            assertFalse(close.closeEndedDays().ran());
            assertEquals(0, f.number("SELECT count(*) FROM queue_stats_closed WHERE tenant_id = " + c.id().value()));
            try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, ClusterOnce.lockKey(QueueStatsClose.JOB));
                unlock.execute();
            }
        }

        QueueStatsClose.Run first = close.closeEndedDays();
        assertTrue(first.ran());
        assertEquals(0, first.failed());
        assertEquals(QueueStatsClose.DAYS_BACK, f.number("SELECT count(*) FROM queue_stats_closed WHERE tenant_id = "
                + c.id().value()), "the last seven ended days closed, today not");
        assertEquals(0, f.number("SELECT count(*) FROM queue_stats_closed WHERE tenant_id = " + c.id().value()
                + " AND day = '2026-12-02'"));
        List<StatRow> stored = all(c, day);
        assertFalse(stored.isEmpty());
        assertTrue(stored.stream().anyMatch(r -> r.dimension() == StatRow.Dimension.FIELD && r.key().equals(CIVIL)
                && r.tickets() == 4 && r.served() == 1 && r.noShows() == 1));

        // the second node's run (or the next hour's) finds the day closed and changes nothing
        f.exec("UPDATE queue_daily_stats SET tickets = tickets + 100 WHERE tenant_id = " + c.id().value());
        QueueStatsClose.Run second = close.closeEndedDays();
        assertTrue(second.ran());
        assertEquals(0, second.closed(), "nothing left to close");
        f.exec("UPDATE queue_daily_stats SET tickets = tickets - 100 WHERE tenant_id = " + c.id().value());

        // the same figures as the director's page computes when it reads the day
        List<StatRow> onRead = statistics.refresh(now(c.director()), day);
        assertEquals(sorted(onRead), sorted(stored));
        assertEquals(sorted(onRead), sorted(all(c, day)));
    }

    List<StatRow> all(QueueFixture.Center c, LocalDate day) {
        List<StatRow> rows = new ArrayList<>();
        for (StatRow.Dimension d : StatRow.Dimension.values()) {
            rows.addAll(statistics.stored(now(c.director()), d, day, day));
        }
        return rows;
    }

    static List<String> sorted(List<StatRow> rows) {
        return rows.stream().map(StatRow::toString).sorted().toList();
    }

    static List<String> codes(List<ProcedureChoice> list) {
        return list.stream().map(ProcedureChoice::nationalCode).toList();
    }
}
