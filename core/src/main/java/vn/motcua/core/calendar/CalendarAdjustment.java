package vn.motcua.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One edit of a proposed calendar: put an entry on a date (replacing the proposed one) or remove the proposed
 * entry. A province's published calendar is its proposal plus a list of these, which is also what to store:
 * the proposal can be recomputed, the edits are the province's decisions.
 */
public record CalendarAdjustment(Action action, LocalDate date, CalendarEntry entry) {
    public enum Action { PUT, REMOVE }

    public CalendarAdjustment {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(date, "date");
        if (action == Action.PUT && (entry == null || !entry.date().equals(date))) {
            throw new CalendarException("Điều chỉnh ngày " + Dates.format(date) + " thiếu mục lịch");
        }
        if (action == Action.REMOVE && entry != null) {
            throw new CalendarException("Bỏ ngày " + Dates.format(date) + " không kèm mục lịch");
        }
    }

    public static CalendarAdjustment put(CalendarEntry entry) {
        return new CalendarAdjustment(Action.PUT, entry.date(), entry);
    }

    public static CalendarAdjustment remove(LocalDate date) {
        return new CalendarAdjustment(Action.REMOVE, date, null);
    }

    public WorkingCalendar applyTo(WorkingCalendar calendar) {
        return action == Action.PUT ? calendar.with(entry) : calendar.without(date);
    }

    /** Applies the edits in order; the result is validated once per edit, like a clerk's edit in the UI. */
    public static WorkingCalendar applyAll(WorkingCalendar calendar, List<CalendarAdjustment> adjustments) {
        WorkingCalendar result = calendar;
        for (CalendarAdjustment a : adjustments) {
            result = a.applyTo(result);
        }
        return result;
    }
}
