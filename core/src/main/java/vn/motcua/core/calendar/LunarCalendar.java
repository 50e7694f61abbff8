package vn.motcua.core.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Vietnamese lunar calendar, computed for UTC+7 with Hồ Ngọc Đức's algorithm (astronomical new moons and
 * sun longitude, after Meeus). The time zone matters: a new moon near midnight falls on different days in
 * Hanoi and Beijing, which is why Tết 1985 and 2007 differ from the Chinese New Year. Valid 1900–2100.
 */
public final class LunarCalendar {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1 January 1900, the origin of the new-moon index k. */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private LunarCalendar() {
    }

    /** Mùng 1 tháng Giêng of the lunar year that starts in the given solar year. */
    public static LocalDate tet(int year) {
        return toSolar(LunarDate.of(1, 1, year));
    }

    /** Giỗ Tổ Hùng Vương, 10/3 lunar. */
    public static LocalDate hungKingsDay(int year) {
        return toSolar(LunarDate.of(10, 3, year));
    }

    /** Last day of the lunar year that ends in the given solar year: 29 or 30 tháng Chạp, the eve of Tết. */
    public static LocalDate lastDayOfLunarYear(int year) {
        return tet(year).minusDays(1);
    }

    public static LocalDate toSolar(LunarDate lunar) {
        checkYear(lunar.year());
        int a11;
        int b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int off = Math.floorMod(lunar.month() - 11, 12);
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = Math.floorMod(leapOff - 2, 12);
            if (leapMonth == 0) {
                leapMonth = 12;
            }
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                throw new CalendarException("Năm âm lịch " + lunar.year() + " không có tháng " + lunar.month() + " nhuận");
            }
            if (lunar.leapMonth() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leapMonth()) {
            throw new CalendarException("Năm âm lịch " + lunar.year() + " không có tháng nhuận");
        }
        int monthStart = newMoonDay(k + off);
        return fromJulianDay(monthStart + lunar.day() - 1);
    }

    public static LunarDate toLunar(LocalDate date) {
        checkYear(date.getYear());
        int dayNumber = julianDay(date);
        int monthStart = monthStartOn(dayNumber);
        int a11 = lunarMonth11(date.getYear());
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = date.getYear();
            a11 = lunarMonth11(date.getYear() - 1);
        } else {
            lunarYear = date.getYear() + 1;
            b11 = lunarMonth11(date.getYear() + 1);
        }
        int day = dayNumber - monthStart + 1;
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(day, month, lunarYear, leap);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new CalendarException("Chỉ tính được âm lịch cho các năm " + MIN_YEAR + "–" + MAX_YEAR + ", không tính được năm " + year);
        }
    }

    private static int julianDay(LocalDate date) {
        return (int) date.getLong(JulianFields.JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(long jd) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
    }

    /** Local day (UTC+7) of the k-th new moon after 1 January 1900. */
    static int newMoonDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        double jdNew = jd1 + c1 - deltaT;
        return (int) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** Sun longitude at local midnight starting the given day, as one of 12 sectors of 30° (0 = spring equinox). */
    static int sunLongitudeSector(int dayNumber) {
        double t = (dayNumber - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /**
     * Day of the last new moon on or before the given day. The mean-month estimate of k can be one off
     * either way (e.g. in April 2054), so the neighbours are checked.
     */
    private static int monthStartOn(int dayNumber) {
        int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        return newMoonDay(k);
    }

    /** Start of lunar month 11 (the month containing the winter solstice) of the given solar year. */
    private static int lunarMonth11(int year) {
        int off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        int nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset from month 11 of the first month without a major solar term: that month is the leap one. */
    private static int leapMonthOffset(int a11) {
        int k = (int) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
