package vn.motcua.core.calendar;

/**
 * A calendar or deadline cannot be built or computed. The message is Vietnamese because it is shown as is
 * to the provincial staff who maintain the calendar.
 */
public class CalendarException extends RuntimeException {
    public CalendarException(String messageVi) {
        super(messageVi);
    }
}
