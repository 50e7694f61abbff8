package vn.motcua.core.calendar;

/** A date of the Vietnamese lunar calendar; {@code leapMonth} marks the repeated (nhuận) month. */
public record LunarDate(int day, int month, int year, boolean leapMonth) {
    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new CalendarException("Ngày âm lịch không hợp lệ: " + day + "/" + month + "/" + year);
        }
    }

    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }
}
