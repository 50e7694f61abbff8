package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import vn.motcua.core.queue.QueueStatistics;
import vn.motcua.core.queue.StatRow;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.VietnameseDates;

import java.util.List;

/**
 * The queue's figures of a day on the director's queue page: a table (tickets, served, no-shows, waiting p50/p90,
 * serving time, appointments kept) per field, counter, clerk or hour, and a bar chart of tickets; reading them
 * stores them for the indicators ({@code queue_daily_stats}).
 */
public class QueueStatsPanel extends VerticalLayout {
    final DatePicker day = VietnameseDates.of(new DatePicker(Texts.t("queueStats.day")));
    final Select<StatRow.Dimension> dimension = new Select<>();
    final Grid<StatRow> grid = new Grid<>();
    final Div chart = new Div();
    private final QueueStatistics statistics;
    private final CallContexts calls;

    public QueueStatsPanel(QueueStatistics statistics, CallContexts calls) {
        this.statistics = statistics;
        this.calls = calls;
        setPadding(false);
        day.setId("queue-stats-day");
        day.setValue(calls.time().today());
        dimension.setLabel(Texts.t("queueStats.by"));
        dimension.setId("queue-stats-by");
        dimension.setItems(StatRow.Dimension.values());
        dimension.setItemLabelGenerator(d -> Texts.t("queueStats.dimension." + d.name()));
        dimension.setValue(StatRow.Dimension.FIELD);
        grid.setId("queue-stats-grid");
        grid.addColumn(StatRow::key).setHeader(Texts.t("queueStats.key")).setFlexGrow(1);
        grid.addColumn(StatRow::tickets).setHeader(Texts.t("queueStats.tickets")).setAutoWidth(true);
        grid.addColumn(StatRow::served).setHeader(Texts.t("queueStats.served")).setAutoWidth(true);
        grid.addColumn(StatRow::noShows).setHeader(Texts.t("queueStats.noShows")).setAutoWidth(true);
        grid.addColumn(r -> minutes(r.waitP50Seconds())).setHeader(Texts.t("queueStats.waitP50")).setAutoWidth(true);
        grid.addColumn(r -> minutes(r.waitP90Seconds())).setHeader(Texts.t("queueStats.waitP90")).setAutoWidth(true);
        grid.addColumn(r -> minutes(r.serviceAvgSeconds())).setHeader(Texts.t("queueStats.service")).setAutoWidth(true);
        grid.addColumn(r -> r.appointmentsKept() + "/" + r.appointments()).setHeader(Texts.t("queueStats.appointments"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        chart.setId("queue-stats-chart");
        chart.setWidthFull();
        Button show = new Button(Texts.t("queueStats.show"), e -> refresh());
        show.setId("queue-stats-show");
        HorizontalLayout tools = new HorizontalLayout(day, dimension, show);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(Texts.t("queueStats.heading")), tools, chart, grid);
        refresh();
    }

    void refresh() {
        if (day.getValue() == null) {
            return;
        }
        List<StatRow> all = statistics.refresh(calls.current(), day.getValue());
        List<StatRow> rows = all.stream().filter(r -> r.dimension() == dimension.getValue()).toList();
        grid.setItems(rows);
        chart.removeAll();
        int max = rows.stream().mapToInt(StatRow::tickets).max().orElse(1);
        for (StatRow r : rows) {
            Span label = new Span(r.key());
            label.setWidth("12em");
            Div bar = new Div();
            bar.getStyle().set("background", "var(--lumo-primary-color)").set("height", "1em")
                    .set("width", Math.max(1, 100 * r.tickets() / Math.max(1, max)) * 0.6 + "%");
            Span n = new Span(String.valueOf(r.tickets()));
            HorizontalLayout line = new HorizontalLayout(label, bar, n);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            line.setWidthFull();
            chart.add(line);
        }
    }

    private static String minutes(Integer seconds) {
        return seconds == null ? "" : Texts.t("queueStats.minutes", Math.round(seconds / 6.0) / 10.0);
    }
}
