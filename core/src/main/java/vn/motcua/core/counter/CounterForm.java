package vn.motcua.core.counter;

import io.micronaut.core.annotation.Nullable;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a director types for a counter: its number and name, the fields and procedures it serves, and who staffs it
 * on each weekday (staff ids).
 */
public record CounterForm(@Nullable Integer number, @Nullable String name, List<String> fields, List<Long> procedureIds,
                          Map<DayOfWeek, Set<Long>> staff) {
    public CounterForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
        procedureIds = procedureIds == null ? List.of() : List.copyOf(procedureIds);
        staff = staff == null ? Map.of() : Map.copyOf(staff);
    }
}
