package vn.motcua.tenants.calendar;

import jakarta.inject.Singleton;
import vn.motcua.core.calendar.CalendarEntry;
import vn.motcua.core.calendar.CalendarRelease;
import vn.motcua.core.calendar.CalendarYear;
import vn.motcua.core.calendar.OfficeHours;
import vn.motcua.core.calendar.ProvinceCalendarService;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.tenants.security.Principal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The province's working calendar for the logged-in provincial IT: the province is the one of their center
 * (never a code from the request), only {@link vn.motcua.core.context.Role#PROVINCIAL_ADMIN} may use it,
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
    public String provinceCode(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return centers.current(ctx).provinceCode();
    }

    public Optional<CalendarYear> find(CallContext ctx, int year) {
        return calendars.find(provinceCode(ctx), year);
    }

    public List<CalendarRelease> history(CallContext ctx, int year) {
        return calendars.history(provinceCode(ctx), year);
    }

    public CalendarYear propose(CallContext ctx, int year) {
        return calendars.propose(ctx, provinceCode(ctx), year);
    }

    public CalendarYear putEntry(CallContext ctx, int year, CalendarEntry entry, long expectedVersion) {
        return calendars.putEntry(ctx, provinceCode(ctx), year, entry,
                expectedVersion);
    }

    public CalendarYear removeEntry(CallContext ctx, int year, LocalDate date, long expectedVersion) {
        return calendars.removeEntry(ctx, provinceCode(ctx), year, date,
                expectedVersion);
    }

    public CalendarYear publish(CallContext ctx, int year, long expectedVersion) {
        return calendars.publish(ctx, provinceCode(ctx), year,
                expectedVersion);
    }

    /** The month from which provincial IT is reminded to publish the next year's calendar (1 November). */
    public static final int REMINDER_MONTH = 11;

    /**
     * From 1 November (Vietnam time, the call's instant), the next year if the province has not published its
     * calendar for it yet: deadlines running into that year would otherwise use the proposal of the rules.
     */
    public Optional<Integer> unpublishedNextYear(CallContext ctx) {
        String province = provinceCode(ctx);
        LocalDate today = BusinessTime.localDate(ctx.now());
        if (today.getMonthValue() < REMINDER_MONTH) {
            return Optional.empty();
        }
        int next = today.getYear() + 1;
        return calendars.history(province, next).isEmpty() ? Optional.of(next) : Optional.empty();
    }

    public OfficeHours officeHours(CallContext ctx) {
        return calendars.officeHours(provinceCode(ctx));
    }

    public OfficeHours saveOfficeHours(CallContext ctx, OfficeHours hours) {
        return calendars.saveOfficeHours(ctx, provinceCode(ctx), hours);
    }
}
