package vn.motcua.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The nationally announced changes to the rule-based proposal (swapped working days, a different Tết window),
 * read from {@code calendar/official-adjustments.csv}. Each block of the file names its source decision.
 * Provinces may still adjust further (local holidays, their own swaps) with {@link CalendarAdjustment}.
 * <p>
 * Line format: {@code PUT;yyyy-MM-dd;KIND;Tên} or {@code REMOVE;yyyy-MM-dd}; '#' starts a comment.
 */
public final class OfficialAdjustments {
    public static final String RESOURCE = "/calendar/official-adjustments.csv";

    private final Map<Integer, List<CalendarAdjustment>> byYear;

    private OfficialAdjustments(Map<Integer, List<CalendarAdjustment>> byYear) {
        this.byYear = byYear;
    }

    /** The file bundled with the application. */
    public static OfficialAdjustments bundled() {
        try (InputStream in = OfficialAdjustments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CalendarException("Không tìm thấy tệp điều chỉnh lịch " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OfficialAdjustments parse(Reader reader) {
        Map<Integer, List<CalendarAdjustment>> byYear = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                CalendarAdjustment a = parseLine(text, n);
                byYear.computeIfAbsent(a.date().getYear(), y -> new ArrayList<>()).add(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byYear.replaceAll((y, list) -> List.copyOf(list));
        return new OfficialAdjustments(Collections.unmodifiableMap(byYear));
    }

    public List<CalendarAdjustment> forYear(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    public boolean hasYear(int year) {
        return byYear.containsKey(year);
    }

    /** Applies the announced changes for every year the calendar covers. */
    public WorkingCalendar applyTo(WorkingCalendar calendar) {
        WorkingCalendar result = calendar;
        for (int year : calendar.years()) {
            result = CalendarAdjustment.applyAll(result, forYear(year));
        }
        return result;
    }

    /** The rule-based proposal for the year with the announced changes: the national schedule for civil servants. */
    public WorkingCalendar nationalCalendar(int year) {
        return applyTo(HolidayRules.propose(year));
    }

    private static CalendarAdjustment parseLine(String text, int lineNo) {
        String[] f = text.split(";", -1);
        try {
            String action = f[0].strip();
            LocalDate date = LocalDate.parse(f[1].strip());
            if (action.equals("REMOVE") && f.length == 2) {
                return CalendarAdjustment.remove(date);
            }
            if (action.equals("PUT") && f.length == 4) {
                return CalendarAdjustment.put(new CalendarEntry(date, EntryKind.valueOf(f[2].strip()), f[3]));
            }
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // fall through to the message naming the line
        }
        throw new CalendarException("Dòng " + lineNo + " của tệp điều chỉnh lịch không hợp lệ: \"" + text + "\"");
    }
}
