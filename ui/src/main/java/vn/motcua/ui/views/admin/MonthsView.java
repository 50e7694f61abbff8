package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.motcua.core.calendar.CalendarEntry;
import vn.motcua.core.calendar.CalendarYear;
import vn.motcua.core.calendar.EntryKind;
import vn.motcua.ui.views.Texts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The year at a glance: twelve small months, days off in red, weekend days worked in green. */
class MonthsView extends Div {
    private static final String[] HEAD = {"T2", "T3", "T4", "T5", "T6", "T7", "CN"};

    MonthsView() {
        setId("calendar-months");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(13em, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
    }

    void show(int year, CalendarYear calendar) {
        removeAll();
        for (int m = 1; m <= 12; m++) {
            add(month(YearMonth.of(year, m), calendar));
        }
    }

    private static Div month(YearMonth month, CalendarYear calendar) {
        Div box = new Div();
        Span title = new Span(Texts.t("calendar.month." + month.getMonthValue()));
        title.getStyle().set("font-weight", "600");
        Div days = new Div();
        days.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, 1fr)")
                .set("font-size", "var(--lumo-font-size-xs)").set("text-align", "center");
        for (String h : HEAD) {
            Span s = new Span(h);
            s.getStyle().set("color", "var(--lumo-secondary-text-color)");
            days.add(s);
        }
        for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
            days.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Span cell = new Span(String.valueOf(d));
            cell.getStyle().set("padding", "1px").set("border-radius", "3px");
            Optional<CalendarEntry> entry = calendar == null ? Optional.empty() : calendar.calendar().entryOn(date);
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            if (entry.isPresent()) {
                boolean worked = entry.get().kind() == EntryKind.WORKING_DAY_MOVED;
                cell.getStyle().set("background", worked ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)")
                        .set("color", worked ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                        .set("font-weight", "600");
                cell.setTitle(entry.get().name());
            } else if (weekend) {
                cell.getStyle().set("color", "var(--lumo-tertiary-text-color)");
            }
            days.add(cell);
        }
        box.add(title, days);
        return box;
    }
}
