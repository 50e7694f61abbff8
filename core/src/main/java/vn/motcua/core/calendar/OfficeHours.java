package vn.motcua.core.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The center's opening sessions on a working day, the same every working day, and the time zone they are
 * read in. Default 07:00–11:30 and 13:30–17:00 (8 h) as in DOMAIN.md; provinces may configure others
 * (e.g. summer/winter hours), which is why deadlines count working time rather than wall-clock hours.
 * {@code sameDayCutoff} is the hour after which a same-day procedure moves to the next working day (15:00).
 */
public record OfficeHours(List<Session> sessions, LocalTime sameDayCutoff, ZoneId zone) {
    public static final ZoneId VIETNAM = vn.motcua.core.context.BusinessTime.ZONE;

    /** One opening interval, [start, end). */
    public record Session(LocalTime start, LocalTime end) {
        public Session {
            if (!start.isBefore(end)) {
                throw new CalendarException("Ca làm việc " + start + "–" + end + " không hợp lệ: giờ bắt đầu phải trước giờ kết thúc");
            }
        }

        String text() {
            return start + "–" + end;
        }

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    public OfficeHours {
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new CalendarException("Giờ làm việc phải có ít nhất một ca");
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new CalendarException("Các ca làm việc phải theo thứ tự và không chồng lên nhau: "
                        + sessions.get(i - 1).text() + " và " + sessions.get(i).text());
            }
        }
        if (sameDayCutoff == null || zone == null) {
            throw new CalendarException("Giờ làm việc cần có mốc 'sau 15 giờ' và múi giờ");
        }
    }

    public static OfficeHours standard() {
        return new OfficeHours(List.of(new Session(LocalTime.of(7, 0), LocalTime.of(11, 30)),
                new Session(LocalTime.of(13, 30), LocalTime.of(17, 0))), LocalTime.of(15, 0), VIETNAM);
    }

    public static OfficeHours of(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd) {
        return new OfficeHours(List.of(new Session(morningStart, morningEnd), new Session(afternoonStart, afternoonEnd)),
                LocalTime.of(15, 0), VIETNAM);
    }

    public OfficeHours withSameDayCutoff(LocalTime cutoff) {
        return new OfficeHours(sessions, cutoff, zone);
    }

    /** Working time in one working day: what "one working day" of a legal deadline is worth. */
    public Duration workingDay() {
        return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
    }

    public LocalTime opening() {
        return sessions.get(0).start();
    }

    public LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }

    /** Working time between two times of the same working day. */
    Duration workingTimeWithin(LocalTime from, LocalTime to) {
        Duration total = Duration.ZERO;
        for (Session s : sessions) {
            LocalTime a = from.isAfter(s.start()) ? from : s.start();
            LocalTime b = to.isBefore(s.end()) ? to : s.end();
            if (a.isBefore(b)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }
}
