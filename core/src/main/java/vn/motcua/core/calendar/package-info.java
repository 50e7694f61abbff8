/**
 * Working calendars and deadlines of the one-stop-shop centers.
 * <p>Pure Java, no database:
 * <ul>
 * <li>{@link vn.motcua.core.calendar.LunarCalendar}: Vietnamese lunar dates (UTC+7), for Tết and Giỗ Tổ.</li>
 * <li>{@link vn.motcua.core.calendar.HolidayRules#propose(int)}: a year's calendar from the Labour Code 2019.</li>
 * <li>{@link vn.motcua.core.calendar.OfficialAdjustments}: the government's announced swaps, applied to it.</li>
 * <li>{@link vn.motcua.core.calendar.WorkingCalendar}: the province's published calendar, immutable, validated.</li>
 * <li>{@link vn.motcua.core.calendar.DeadlineCalculator}: due dates and elapsed working time, the only place
 * deadlines are computed (conventions documented there, after DOMAIN.md "Deadlines").</li>
 * </ul>
 * <p>Stored per province (provincial shared tables of 002-calendar.sql, no tenant_id):
 * <ul>
 * <li>{@link vn.motcua.core.calendar.ProvinceCalendarService}: propose, edit, publish a year (every publication
 * kept as a {@link vn.motcua.core.calendar.CalendarRelease}), office hours; audited.</li>
 * <li>{@link vn.motcua.core.calendar.DeadlineService}: the bean features call for due dates and working time,
 * with the published years (the proposed national calendar for a year not yet published) and the province's
 * office hours, through the {@link vn.motcua.core.calendar.PublishedCalendars} cache.</li>
 * </ul>
 */
package vn.motcua.core.calendar;
