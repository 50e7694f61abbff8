package vn.motcua.core.calendar;

import static vn.motcua.core.testing.Callers.as;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A province's calendar from proposal to publication, and the deadlines computed with it. Each test uses its
 * own province code, so they do not depend on each other.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceCalendarServiceTest implements IntegrationTestProperties {
    static final TenantId PROVINCE_CENTER = TenantId.of(1);
    static final Actor ADMIN = new Actor(7L, "it.tinh", PROVINCE_CENTER);

    @Inject
    java.time.Clock clock;
    @Inject
    ProvinceCalendarService service;
    @Inject
    DeadlineService deadlines;
    @Inject
    AuditLog audit;

    static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, OfficeHours.VIETNAM).toInstant();
    }

    static ZonedDateTime local(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, OfficeHours.VIETNAM);
    }

    /** What a person sees of a stored year (timestamps aside). */
    static List<Object> stored(CalendarYear y) {
        return List.of(y.status(), y.version(), y.publishedVersion(), y.calendar());
    }

    @Test
    void proposeEditAndPublishAndDeadlinesFollowOnlyThePublishedVersion() {
        String p = "91";
        LegalDeadline threeDays = LegalDeadline.workingDays(3);
        // nothing published: the national calendar of 2025 (Tết 27/01–31/01) is used
        assertEquals(local(2025, 2, 4, 15, 0), deadlines.due(p, at(2025, 1, 23, 15, 0), threeDays, List.of()));

        CalendarYear proposed = service.propose(as(PROVINCE_CENTER, ADMIN, clock), p, 2025);
        assertEquals(CalendarStatus.DRAFT, proposed.status());
        assertEquals(0, proposed.publishedVersion());
        assertEquals(OfficialAdjustments.bundled().nationalCalendar(2025).entries(), proposed.entries());
        int workingDays = proposed.workingDays();

        // the province works on 27/01/2025 (28 tháng Chạp) after all
        CalendarYear edited = service.removeEntry(as(PROVINCE_CENTER, ADMIN, clock), p, 2025, LocalDate.of(2025, 1, 27),
                proposed.version());
        assertEquals(workingDays + 1, edited.workingDays());
        assertEquals(stored(edited), stored(service.find(p, 2025).orElseThrow()));
        // a draft changes no deadline
        assertEquals(local(2025, 2, 4, 15, 0), deadlines.due(p, at(2025, 1, 23, 15, 0), threeDays, List.of()));

        CalendarYear v1 = service.publish(as(PROVINCE_CENTER, ADMIN, clock), p, 2025, edited.version());
        assertEquals(CalendarStatus.PUBLISHED, v1.status());
        assertEquals(1, v1.publishedVersion());
        assertEquals("it.tinh", v1.header().publishedBy());
        // Thu 23/01 15:00 → Fri 24/01 15:00 (1), Mon 27/01 15:00 (2), Tết 28/01–02/02, Mon 03/02 15:00 (3)
        assertEquals(local(2025, 2, 3, 15, 0), deadlines.due(p, at(2025, 1, 23, 15, 0), threeDays, List.of()));

        // edited again: a draft; version 1 stays in force until version 2 is published
        CalendarYear again = service.putEntry(as(PROVINCE_CENTER, ADMIN, clock), p, 2025,
                CalendarEntry.holiday(LocalDate.of(2025, 1, 27), "Tết Nguyên đán (28 tháng Chạp)"), v1.version());
        assertEquals(CalendarStatus.DRAFT, again.status());
        assertEquals(1, again.publishedVersion());
        assertEquals(local(2025, 2, 3, 15, 0), deadlines.due(p, at(2025, 1, 23, 15, 0), threeDays, List.of()));

        CalendarYear v2 = service.publish(as(PROVINCE_CENTER, ADMIN, clock), p, 2025, again.version());
        assertEquals(2, v2.publishedVersion());
        assertEquals(local(2025, 2, 4, 15, 0), deadlines.due(p, at(2025, 1, 23, 15, 0), threeDays, List.of()));

        List<CalendarRelease> history = service.history(p, 2025);
        assertEquals(List.of(2, 1), history.stream().map(CalendarRelease::releaseNo).toList());
        assertEquals(workingDays + 1, history.get(1).workingDays());
        assertFalse(service.releaseEntries(history.get(1)).stream().anyMatch(e -> e.date().equals(LocalDate.of(2025, 1, 27))));
        assertTrue(audit.count(PROVINCE_CENTER, AuditAction.CALENDAR_PUBLISHED) >= 2);
        assertTrue(audit.count(PROVINCE_CENTER, AuditAction.CALENDAR_ENTRY_REMOVED) >= 1);

        // publishing again without a change is refused
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.publish(as(PROVINCE_CENTER, ADMIN, clock), p, 2025, v2.version()));
        assertEquals("Lịch năm 2025 đã được công bố và chưa có thay đổi nào kể từ đó", e.vietnamese());
        assertEquals(2, service.history(p, 2025).size());
    }

    @Test
    void aDraftLeavingTheYearWithoutWorkingDaysIsRefusedAndTheStoredCalendarIsUnchanged() {
        String p = "92";
        CalendarYear before = service.propose(as(PROVINCE_CENTER, ADMIN, clock), p, 2026);
        List<CalendarEntry> allOff = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                allOff.add(CalendarEntry.holiday(d, "Nghỉ"));
            }
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.saveDraft(as(PROVINCE_CENTER, ADMIN, clock), p, 2026, allOff));
        assertEquals("Năm 2026 không còn ngày làm việc nào", e.vietnamese());
        assertEquals(stored(before), stored(service.find(p, 2026).orElseThrow()));

        // one working day left (Friday 31/12/2026) is a valid draft; taking that one too is refused
        CalendarYear oneLeft = service.saveDraft(as(PROVINCE_CENTER, ADMIN, clock), p, 2026,
                allOff.subList(0, allOff.size() - 1));
        assertEquals(1, oneLeft.workingDays());
        InvalidInputException last = assertThrows(InvalidInputException.class, () -> service.putEntry(as(PROVINCE_CENTER, ADMIN, clock),
                p, 2026, CalendarEntry.holiday(LocalDate.of(2026, 12, 31), "Nghỉ"), oneLeft.version()));
        assertEquals("Năm 2026 không còn ngày làm việc nào", last.vietnamese());
        assertEquals(stored(oneLeft), stored(service.find(p, 2026).orElseThrow()));
    }

    @Test
    void anEntryOutsideTheYearOrAWorkedWeekdayIsRefusedInVietnameseAndNothingChanges() {
        String p = "93";
        CalendarYear before = service.propose(as(PROVINCE_CENTER, ADMIN, clock), p, 2026);
        InvalidInputException outside = assertThrows(InvalidInputException.class, () -> service.putEntry(as(PROVINCE_CENTER, ADMIN, clock),
                p, 2026, CalendarEntry.holiday(LocalDate.of(2027, 1, 1), "Tết Dương lịch"), before.version()));
        assertEquals("Ngày 01/01/2027 nằm ngoài năm 2026 của lịch", outside.vietnamese());
        assertEquals("date", outside.problems().get(0).field());
        InvalidInputException weekday = assertThrows(InvalidInputException.class, () -> service.putEntry(as(PROVINCE_CENTER, ADMIN, clock),
                p, 2026, CalendarEntry.workingDay(LocalDate.of(2026, 3, 4), "Làm bù"), before.version()));
        assertEquals("Ngày làm bù 04/03/2026 là thứ Tư, đã là ngày làm việc; ngày làm bù phải là thứ Bảy hoặc Chủ nhật",
                weekday.vietnamese());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> service.removeEntry(
                as(PROVINCE_CENTER, ADMIN, clock), p, 2026, LocalDate.of(2026, 3, 4), before.version()));
        assertEquals("Lịch không có mục nào vào ngày 04/03/2026 để bỏ", missing.vietnamese());
        assertEquals(stored(before), stored(service.find(p, 2026).orElseThrow()));
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAsAConcurrentChange() {
        String p = "94";
        CalendarYear first = service.propose(as(PROVINCE_CENTER, ADMIN, clock), p, 2026);
        CalendarYear second = service.putEntry(as(PROVINCE_CENTER, ADMIN, clock), p, 2026,
                CalendarEntry.holiday(LocalDate.of(2026, 3, 10), "Ngày giải phóng tỉnh"), first.version());
        assertThrows(ConcurrentChangeException.class, () -> service.removeEntry(as(PROVINCE_CENTER, ADMIN, clock), p, 2026,
                LocalDate.of(2026, 3, 10), first.version()));
        assertEquals(stored(second), stored(service.find(p, 2026).orElseThrow()));
    }

    @Test
    void pinnedDeadlinesAroundTet2025AndTet2026() {
        String p = "95";
        // 3 working days received Thursday 23/01/2025 15:00, before Tết Ất Tỵ (off 25/01–02/02/2025)
        assertEquals(local(2025, 2, 4, 15, 0), deadlines.due(p, at(2025, 1, 23, 15, 0), LegalDeadline.workingDays(3), List.of()));
        // 3 working days received Friday 13/02/2026 14:00, before Tết Bính Ngọ (off 14/02–22/02/2026)
        assertEquals(local(2026, 2, 25, 14, 0), deadlines.due(p, at(2026, 2, 13, 14, 0), LegalDeadline.workingDays(3), List.of()));
        // the same once the province published 2026 as proposed
        CalendarYear y2026 = service.propose(as(PROVINCE_CENTER, ADMIN, clock), p, 2026);
        service.publish(as(PROVINCE_CENTER, ADMIN, clock), p, 2026, y2026.version());
        assertEquals(local(2026, 2, 25, 14, 0), deadlines.due(p, at(2026, 2, 13, 14, 0), LegalDeadline.workingDays(3), List.of()));
        assertEquals(Duration.ofHours(8), deadlines.workingTimeBetween(p, at(2026, 2, 13, 14, 0), at(2026, 2, 23, 14, 0)));
    }

    @Test
    void aDeadlineRunsFromAPublished2026IntoAnUnpublished2027() {
        String p = "96";
        CalendarYear draft = service.propose(as(PROVINCE_CENTER, ADMIN, clock), p, 2026);
        CalendarYear withDayOff = service.putEntry(as(PROVINCE_CENTER, ADMIN, clock), p, 2026,
                CalendarEntry.dayOff(LocalDate.of(2026, 12, 31), "Nghỉ cuối năm của tỉnh"), draft.version());
        service.publish(as(PROVINCE_CENTER, ADMIN, clock), p, 2026, withDayOff.version());
        // Wed 30/12/2026 09:00; 31/12 off (province); 01/01/2027 Friday holiday (proposed 2027, not published)
        // → 04/01 (1), 05/01 (2), 06/01 (3), 07/01 (4), Friday 08/01/2027 09:00 (5)
        assertEquals(local(2027, 1, 8, 9, 0), deadlines.due(p, at(2026, 12, 30, 9, 0), LegalDeadline.workingDays(5), List.of()));
        // 30/12 09:00–17:00 is 6 h of sessions, 04/01 07:00–09:00 is 2 h
        assertEquals(Duration.ofHours(8), deadlines.workingTimeBetween(p, at(2026, 12, 30, 9, 0), at(2027, 1, 4, 9, 0)));
        // a supplement pause across the year end adds the working time it covered
        Pause supplement = new Pause(at(2026, 12, 30, 13, 30), at(2027, 1, 4, 13, 30));
        assertEquals(local(2027, 1, 11, 9, 0), deadlines.due(p, at(2026, 12, 30, 9, 0), LegalDeadline.workingDays(5),
                List.of(supplement)));
    }

    @Test
    void theProvincesOfficeHoursDecideTheSameDayCutoff() {
        String p = "97";
        assertEquals(OfficeHours.standard(), service.officeHours(p));
        // a same-day (1 working hour) procedure received Monday 06/01/2025 15:30, after the 15:00 cut-off
        assertEquals(local(2025, 1, 7, 8, 0), deadlines.due(p, at(2025, 1, 6, 15, 30), LegalDeadline.workingHours(1), List.of()));
        service.saveOfficeHours(as(PROVINCE_CENTER, ADMIN, clock), p, OfficeHours.standard().withSameDayCutoff(LocalTime.of(16, 0)));
        assertEquals(LocalTime.of(16, 0), service.officeHours(p).sameDayCutoff());
        assertEquals(local(2025, 1, 6, 16, 30), deadlines.due(p, at(2025, 1, 6, 15, 30), LegalDeadline.workingHours(1), List.of()));
        assertEquals(1, audit.count(PROVINCE_CENTER, AuditAction.OFFICE_HOURS_SAVED));
    }
}
