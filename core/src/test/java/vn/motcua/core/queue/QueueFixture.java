package vn.motcua.core.queue;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.counter.CounterForm;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.Callers;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.testing.TestCatalog;
import vn.motcua.core.testing.TestCenters;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Test centers with a catalog of two fields, a director and two clerks, for the queue's tests, and the day and hour
 * they happen at: a test with the movable clock injects it ({@code @Inject QueueFixture f}); the catalog is there
 * from its start.
 */
@Singleton
@Requires(bean = MovableClock.class)
final class QueueFixture {
    static final String CIVIL = TestCatalog.CIVIL;
    static final String LAND = TestCatalog.LAND;

    private final ProvincialScope province;
    private final DataSource dataSource;
    private final MovableClock clock;
    private final CounterService counters;

    QueueFixture(ProvincialScope province, DataSource dataSource, MovableClock clock, CounterService counters) {
        this.province = province;
        this.dataSource = dataSource;
        this.clock = clock;
        this.counters = counters;
        TestCatalog.twoFields(province, dataSource);
    }

    /** December 2026 (Tuesday the 1st is a working day) at this local time. */
    void at(int day, int hour, int minute) {
        clock.set(BusinessTime.instant(LocalDateTime.of(2026, 12, day, hour, minute)));
    }

    /** The call at the clock's instant. */
    CallContext now(CallContext ctx) {
        return ctx.at(clock.instant());
    }

    record Center(TenantId id, CallContext director, CallContext clerk1, CallContext clerk2) {
    }

    Center center(String code) {
        TenantId id = TestCenters.create(province, dataSource, code);
        long director = user(id, "gd." + code, "DIRECTOR", "Nguyễn Thị An");
        long clerk1 = user(id, "cb1." + code, "CLERK", "Trần Văn Bình");
        long clerk2 = user(id, "cb2." + code, "CLERK", "Lê Thị Chi");
        return new Center(id, Callers.as(id, new Actor(director, "gd." + code, id), clock),
                Callers.as(id, new Actor(clerk1, "cb1." + code, id), clock),
                Callers.as(id, new Actor(clerk2, "cb2." + code, id), clock));
    }

    long counter(CallContext director, int number, List<String> fields) {
        return counters.create(director.at(clock.instant()),
                new CounterForm(number, "Quầy " + number, fields, List.of(), Map.of())).id();
    }

    long procedureId(String code) {
        return number("SELECT id FROM procedure WHERE national_code = '" + code + "'");
    }

    /** A user with a staff record; returns the user's id (the id a CallContext carries). */
    long user(TenantId tenant, String username, String role, String name) {
        return number("WITH u AS (INSERT INTO app_user (tenant_id, username, password_hash, role) VALUES ("
                + tenant.value() + ", '" + username + "', 'x', '" + role + "') RETURNING tenant_id, id), s AS ("
                + "INSERT INTO staff_member (tenant_id, user_id, full_name) SELECT tenant_id, id, '" + name + "' FROM u) "
                + "SELECT id FROM u");
    }

    /** Runs SQL on the provincial path (test set-up and checks only). */
    void exec(String sql) {
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute(sql);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    long number(String query) {
        return province.unaudited(() -> {
            try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
