package vn.motcua.tenants.calendar;

import jakarta.inject.Singleton;
import vn.motcua.core.calendar.CalendarEntry;
import vn.motcua.core.calendar.CalendarRelease;
import vn.motcua.core.calendar.CalendarYear;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.core.calendar.ProvinceCalendarService;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.security.AccessDeniedException;
import vn.motcua.tenants.security.Principal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The province's working calendar for the logged-in provincial IT: the province is the one of their center
 * (never a code from the request), only {@link vn.motcua.tenants.security.Role#PROVINCIAL_ADMIN} may use it,
 * and every change is audited in the provincial center's log by {@link ProvinceCalendarService}.
 */
@Singleton
public class ProvinceCalendarAdmin {
    private final ProvinceCalendarService calendars;
    private final CenterService centers;

    public ProvinceCalendarAdmin(ProvinceCalendarService calendars, CenterService centers) {
        this.calendars = calendars;
        this.centers = centers;
    }

    /** Mã tỉnh of the person's center. */
    public String provinceCode(Principal principal) {
        requireProvincial(principal);
        return centers.current(principal).provinceCode();
    }

    public Optional<CalendarYear> find(Principal principal, int year) {
        return calendars.find(provinceCode(principal), year);
    }

    public List<CalendarRelease> history(Principal principal, int year) {
        return calendars.history(provinceCode(principal), year);
    }

    public CalendarYear propose(Principal principal, int year) {
        return calendars.propose(principal.homeTenant(), principal.actor(), provinceCode(principal), year);
    }

    public CalendarYear putEntry(Principal principal, int year, CalendarEntry entry, long expectedVersion) {
        return calendars.putEntry(principal.homeTenant(), principal.actor(), provinceCode(principal), year, entry,
                expectedVersion);
    }

    public CalendarYear removeEntry(Principal principal, int year, LocalDate date, long expectedVersion) {
        return calendars.removeEntry(principal.homeTenant(), principal.actor(), provinceCode(principal), year, date,
                expectedVersion);
    }

    public CalendarYear publish(Principal principal, int year, long expectedVersion) {
        return calendars.publish(principal.homeTenant(), principal.actor(), provinceCode(principal), year,
                expectedVersion);
    }

    public OfficeHours officeHours(Principal principal) {
        return calendars.officeHours(provinceCode(principal));
    }

    public OfficeHours saveOfficeHours(Principal principal, OfficeHours hours) {
        return calendars.saveOfficeHours(principal.homeTenant(), principal.actor(), provinceCode(principal), hours);
    }

    private static void requireProvincial(Principal principal) {
        if (!principal.isProvincial()) {
            throw new AccessDeniedException("province working calendar");
        }
    }
}
