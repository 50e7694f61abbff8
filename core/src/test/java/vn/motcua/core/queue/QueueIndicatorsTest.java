package vn.motcua.core.queue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.indicator.IndicatorService;
import vn.motcua.core.indicator.Period;
import vn.motcua.core.indicator.QueueFigures;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.Callers;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.core.queue.QueueFixture.CIVIL;

/**
 * The queue's operational figures in the indicators: a day of known tickets (waits of 10 and 20 minutes, one no-show
 * after 30, one still waiting), read back as the center's and the province's figures, and the kept tallies equal to
 * those rebuilt from the tickets.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueIndicatorsTest implements IntegrationTestProperties {
    @Inject
    MovableClock clock;
    @Inject
    TicketService tickets;
    @Inject
    CounterService counters;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    IndicatorService indicators;
    @Inject
    QueueTallies tallies;
    @Inject
    TenantTransactions tx;
    @Inject
    QueueFixture f;

    void at(int hour, int minute) {
        clock.set(BusinessTime.instant(LocalDateTime.of(2026, 12, 1, hour, minute)));
    }

    CallContext now(CallContext ctx) {
        return ctx.at(clock.instant());
    }

    @Test
    void averageWaitServiceTimeAndNoShowShareOfADayOfTicketsEqualTheHandCalculation() throws Exception {
        at(8, 0);
        QueueFixture.Center c = f.center("Q-IND");
        long counter = f.counter(c.director(), 1, List.of(CIVIL));
        for (int i = 0; i < 4; i++) {
            tickets.take(now(c.clerk1()), CIVIL, null, null);
        }
        at(8, 10);
        tickets.callNext(now(c.clerk1()), counter);      // waited 10 min
        at(8, 15);
        tickets.finish(now(c.clerk1()), counter);        // served 5 min
        at(8, 20);
        tickets.callNext(now(c.clerk1()), counter);      // waited 20 min
        at(8, 35);
        tickets.finish(now(c.clerk1()), counter);        // served 15 min
        at(8, 40);
        tickets.callNext(now(c.clerk1()), counter);      // waited 40 min
        at(8, 45);
        tickets.skip(now(c.clerk1()), counter);          // did not come; the fourth still waits

        Period december = Period.month(YearMonth.of(2026, 12));
        QueueFigures q = indicators.center(now(c.director()), december).queue();
        assertEquals(new QueueFigures(4, 2, 1, 3, (10 + 20 + 40) * 60, 2, (5 + 15) * 60), q);
        assertEquals(70.0 / 3, q.averageWaitMinutes().orElseThrow(), 1e-9, "the three that ended");
        assertEquals(10.0, q.averageServiceMinutes().orElseThrow(), 1e-9);
        assertEquals(1.0 / 3, q.noShowShare().orElseThrow(), 1e-9, "one of three called");
        assertEquals(q, indicators.center(now(c.director()), Period.year(2026)).queue(), "the year reads the month's sums");
        assertEquals(QueueFigures.NONE, indicators.center(now(c.director()), Period.month(YearMonth.of(2026, 11))).queue());

        IndicatorService.ProvinceReport p = indicators.province(Callers.provincialIt(
                vn.motcua.core.testing.TestCenters.createProvincial(province, dataSource, "Q-IND-T"), clock), december);
        assertEquals(q, p.centers().stream().filter(r -> r.tenantId() == c.id().value()).findFirst().orElseThrow().queue());
        assertEquals(p.centers().stream().mapToLong(r -> r.queue().tickets()).sum(), p.queueTotal().tickets(),
                "the province's total sums its centers");

        List<String> kept = dump(c);
        tallies.rebuild(c.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 1));
        assertEquals(kept, dump(c), "rebuilt from the tickets: the same rows");
    }

    private List<String> dump(QueueFixture.Center c) {
        return tx.read(c.id(), () -> {
            List<String> lines = new ArrayList<>();
            for (String table : List.of("indicator_queue_day", "indicator_queue_month")) {
                try (Connection conn = dataSource.getConnection();
                     ResultSet rs = conn.createStatement().executeQuery("SELECT * FROM " + table + " WHERE tenant_id = "
                             + c.id().value() + " ORDER BY 2")) {
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder(table);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            line.append('|').append(rs.getString(i));
                        }
                        lines.add(line.toString());
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return lines;
        });
    }
}
