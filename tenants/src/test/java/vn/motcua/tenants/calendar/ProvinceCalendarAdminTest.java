package vn.motcua.tenants.calendar;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.calendar.CalendarEntry;
import vn.motcua.core.calendar.CalendarStatus;
import vn.motcua.core.calendar.CalendarYear;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceCalendarAdminTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    ProvinceCalendarAdmin calendars;
    @Inject
    DeadlineService deadlines;
    @Inject
    AuditLog audit;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "cal.");
    }

    @Test
    void provincialItEditsAndPublishesTheCalendarOfItsOwnProvinceAndTheChangeIsAuditedThere() {
        assertEquals("25", calendars.provinceCode(c.admin()));
        CalendarYear draft = calendars.propose(c.admin(), 2025);
        CalendarYear edited = calendars.removeEntry(c.admin(), 2025, LocalDate.of(2025, 1, 27), draft.version());
        CalendarYear published = calendars.publish(c.admin(), 2025, edited.version());
        assertEquals(CalendarStatus.PUBLISHED, calendars.find(c.admin(), 2025).orElseThrow().status());
        assertEquals(1, published.publishedVersion());
        // the province's communes get the published calendar: 3 days from Thu 23/01 15:00 end Mon 03/02 15:00
        assertEquals(ZonedDateTime.of(2025, 2, 3, 15, 0, 0, 0, OfficeHours.VIETNAM), deadlines.due(
                c.a.provinceCode(), ZonedDateTime.of(2025, 1, 23, 15, 0, 0, 0, OfficeHours.VIETNAM).toInstant(),
                LegalDeadline.workingDays(3), List.of()));
        for (AuditAction action : List.of(AuditAction.CALENDAR_PROPOSED, AuditAction.CALENDAR_ENTRY_REMOVED, AuditAction.CALENDAR_PUBLISHED)) {
            assertEquals(1, audit.count(c.admin().homeTenant(), action), action.name());
            assertEquals(0, audit.count(c.a.tenantId(), action), action.name());
        }
    }

    @Test
    void directorsAndClerksCannotReadOrEditTheProvinceCalendar() {
        for (CallContext p : List.of(c.directorA(), c.clerkA(), c.directorB())) {
            assertThrows(AccessDeniedException.class, () -> calendars.propose(p, 2026));
            assertThrows(AccessDeniedException.class, () -> calendars.putEntry(p, 2026,
                    CalendarEntry.holiday(LocalDate.of(2026, 3, 10), "Nghỉ"), 0));
            assertThrows(AccessDeniedException.class, () -> calendars.removeEntry(p, 2026, LocalDate.of(2026, 1, 1), 0));
            assertThrows(AccessDeniedException.class, () -> calendars.publish(p, 2026, 0));
            assertThrows(AccessDeniedException.class, () -> calendars.saveOfficeHours(p, OfficeHours.standard()));
            assertThrows(AccessDeniedException.class, () -> calendars.find(p, 2026));
        }
        assertTrue(calendars.find(c.admin(), 2026).isEmpty());
    }
}
