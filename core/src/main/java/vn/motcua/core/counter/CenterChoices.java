package vn.motcua.core.counter;

import java.util.List;

/** What a counter's form offers at one center: the fields and procedures it serves, its active staff. */
public record CenterChoices(List<String> fields, List<ProcedureChoice> procedures, List<StaffChoice> staff) {
}
