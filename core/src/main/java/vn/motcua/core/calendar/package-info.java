/**
 * Working calendars and deadlines of the one-stop-shop centers; pure Java, no database.
 * <ul>
 * <li>{@link vn.motcua.core.calendar.LunarCalendar}: Vietnamese lunar dates (UTC+7), for Tết and Giỗ Tổ.</li>
 * <li>{@link vn.motcua.core.calendar.HolidayRules#propose(int)}: a year's calendar from the Labour Code 2019.</li>
 * <li>{@link vn.motcua.core.calendar.OfficialAdjustments}: the government's announced swaps, applied to it.</li>
 * <li>{@link vn.motcua.core.calendar.WorkingCalendar}: the province's published calendar, immutable, validated.</li>
 * <li>{@link vn.motcua.core.calendar.DeadlineCalculator}: due dates and elapsed working time, the only place
 * deadlines are computed (conventions documented there, after DOMAIN.md "Deadlines").</li>
 * </ul>
 */
package vn.motcua.core.calendar;
