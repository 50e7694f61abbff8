package vn.motcua.core.counter;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** A counter as its page shows it: what it serves and, per weekday, who staffs it (by full name). */
public record CounterView(long id, int number, String name, boolean openNow, boolean active, List<String> fields,
                          List<ProcedureChoice> procedures, Map<DayOfWeek, List<StaffChoice>> staff) {

    /** The form that edits it, filled with what it holds. */
    public CounterForm form() {
        Map<DayOfWeek, java.util.Set<Long>> ids = new java.util.EnumMap<>(DayOfWeek.class);
        staff.forEach((day, people) -> ids.put(day, people.stream().map(StaffChoice::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
        return new CounterForm(number, name, fields, procedures.stream().map(ProcedureChoice::id).toList(), ids);
    }
}
