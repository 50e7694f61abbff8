package vn.motcua.ui.views.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.StreamResource;
import vn.motcua.core.indicator.Figures;
import vn.motcua.core.indicator.IndicatorCharts;
import vn.motcua.core.indicator.IndicatorService;
import vn.motcua.core.indicator.Period;
import vn.motcua.core.indicator.Scorecard;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.VietnameseDates;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What both report pages show of a center's (or the province's) indicators: period bar, score, figures, charts, tables. */
final class ReportPanels {
    static final Locale VI = vn.motcua.core.validation.Messages.VI;

    private ReportPanels() {
    }

    static String number(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(VI);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    static String count(long v) {
        return NumberFormat.getIntegerInstance(VI).format(v);
    }

    static String percent(Optional<Double> rate) {
        return rate.map(r -> number(r * 100) + " %").orElse(Texts.t("report.none"));
    }

    static String score(Scorecard.Score s) {
        return s.outOf100().map(ReportPanels::number).orElse(Texts.t("report.none"));
    }

    /** The period chooser: kind, a day inside the period, and for a custom period its first and last day. */
    static final class PeriodBar extends HorizontalLayout {
        final Select<Period.Kind> kind = new Select<>();
        final DatePicker day = VietnameseDates.of(new DatePicker());
        final DatePicker until = VietnameseDates.of(new DatePicker());
        private final LocalDate today;

        PeriodBar(LocalDate today, Runnable changed) {
            this.today = today;
            kind.setId("report-period-kind");
            kind.setLabel(Texts.t("report.period"));
            kind.setItems(Period.Kind.values());
            kind.setItemLabelGenerator(Period.Kind::label);
            kind.setValue(Period.Kind.MONTH);
            day.setId("report-period-day");
            day.setLabel(Texts.t("report.periodDay"));
            day.setValue(today);
            until.setId("report-period-until");
            until.setLabel(Texts.t("report.periodUntil"));
            until.setValue(today);
            until.setVisible(false);
            kind.addValueChangeListener(e -> {
                until.setVisible(e.getValue() == Period.Kind.CUSTOM);
                day.setLabel(e.getValue() == Period.Kind.CUSTOM ? Texts.t("report.periodFrom") : Texts.t("report.periodDay"));
                changed.run();
            });
            day.addValueChangeListener(e -> changed.run());
            until.addValueChangeListener(e -> changed.run());
            kind.setWidth("8em");
            day.setWidth("10em");
            until.setWidth("10em");
            add(kind, day, until);
            setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        Period period() {
            LocalDate d = day.getValue() == null ? today : day.getValue();
            if (kind.getValue() == Period.Kind.CUSTOM) {
                LocalDate last = until.getValue() == null || until.getValue().isBefore(d) ? d : until.getValue();
                return Period.custom(d, last.isAfter(d.plusYears(5)) ? d.plusYears(5).minusDays(1) : last);
            }
            return Period.containing(kind.getValue() == null ? Period.Kind.MONTH : kind.getValue(), d);
        }
    }

    /** The score against the previous period, in words. */
    static Component scoreLine(Scorecard.Score now, Scorecard.Score before, Period period) {
        Span big = new Span(Texts.t("report.score", score(now), number(now.earned()), number(now.measurable())));
        big.setId("report-score");
        big.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        String trend = now.outOf100().isPresent() && before.outOf100().isPresent()
                ? Texts.t("report.trend", period.previous().label(), score(before),
                (now.outOf100().get() >= before.outOf100().get() ? "+" : "") + number(now.outOf100().get() - before.outOf100().get()))
                : Texts.t("report.trendNone", period.previous().label());
        Span small = new Span(trend);
        small.setId("report-trend");
        small.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout line = new HorizontalLayout(big, small);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    /** The operational figures, each a button to the dossiers behind it when {@code drill} is given. */
    static Component figures(Figures f, Figures before, Consumer<Scorecard.Measure> drill) {
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-s)");
        cards.add(card("received", Texts.t("report.fig.received"), f.received(), before.received(), Scorecard.Measure.RECEIVED, drill));
        cards.add(card("ended", Texts.t("report.fig.ended"), f.ended(), before.ended(), Scorecard.Measure.ENDED, drill));
        cards.add(card("on-time", Texts.t("report.fig.onTime"), f.onTimeOrEarly(), before.onTimeOrEarly(), Scorecard.Measure.ON_TIME, drill));
        cards.add(card("late", Texts.t("report.fig.late"), f.late(), before.late(), Scorecard.Measure.LATE, drill));
        cards.add(card("withdrawn", Texts.t("report.fig.withdrawn"), f.get(vn.motcua.core.dossier.Tally.WITHDRAWN),
                before.get(vn.motcua.core.dossier.Tally.WITHDRAWN), Scorecard.Measure.WITHDRAWN, drill));
        cards.add(card("open", Texts.t("report.fig.open"), f.openNow(), -1, Scorecard.Measure.OPEN_NOW, drill));
        cards.add(card("overdue", Texts.t("report.fig.overdue"), f.overdueNow(), -1, Scorecard.Measure.OVERDUE_NOW, drill));
        cards.add(card("fees", Texts.t("report.fig.fees"), f.feesVnd(), before.feesVnd(), null, drill));
        return cards;
    }

    private static Component card(String id, String label, long value, long before, Scorecard.Measure measure,
                                  Consumer<Scorecard.Measure> drill) {
        Span v = new Span(count(value));
        v.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span l = new Span(label);
        l.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(v, new Div(l));
        if (before >= 0) {
            Span b = new Span(Texts.t("report.before", count(before)));
            b.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            box.add(new Div(b));
        }
        if (drill != null && measure != null) {
            Button open = new Button(box, e -> drill.accept(measure));
            open.setId("report-fig-" + id);
            open.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
            open.getStyle().set("height", "auto").set("padding", "var(--lumo-space-s)").set("min-width", "8.5em")
                    .set("border", "1px solid var(--lumo-contrast-10pct)");
            open.setTooltipText(Texts.t("report.drillHint"));
            return open;
        }
        box.setId("report-fig-" + id);
        box.getStyle().set("padding", "var(--lumo-space-s)").set("min-width", "8.5em")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return box;
    }

    /**
     * The queue's operational figures (not scored): tickets, served, average wait and service time, no-show share; the
     * previous period's beside each when {@code before} is given.
     */
    static Component queue(vn.motcua.core.indicator.QueueFigures q, vn.motcua.core.indicator.QueueFigures before) {
        FlexLayout cards = new FlexLayout();
        cards.setId("report-queue");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-s)");
        cards.add(text("queue-tickets", count(q.tickets()), Texts.t("report.queue.tickets"), before == null ? null : count(before.tickets())));
        cards.add(text("queue-served", count(q.served()), Texts.t("report.queue.served"), before == null ? null : count(before.served())));
        cards.add(text("queue-wait", minutes(q.averageWaitMinutes()), Texts.t("report.queue.wait"),
                before == null ? null : minutes(before.averageWaitMinutes())));
        cards.add(text("queue-service", minutes(q.averageServiceMinutes()), Texts.t("report.queue.service"),
                before == null ? null : minutes(before.averageServiceMinutes())));
        cards.add(text("queue-no-show", percent(q.noShowShare()), Texts.t("report.queue.noShow"),
                before == null ? null : percent(before.noShowShare())));
        return cards;
    }

    static String minutes(Optional<Double> m) {
        return m.map(ReportPanels::number).orElse(Texts.t("report.none"));
    }

    private static Component text(String id, String value, String label, String before) {
        Span v = new Span(value);
        v.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span l = new Span(label);
        l.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(v, new Div(l));
        if (before != null) {
            Span b = new Span(Texts.t("report.before", before));
            b.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            box.add(new Div(b));
        }
        box.setId("report-" + id);
        box.getStyle().set("padding", "var(--lumo-space-s)").set("min-width", "8.5em")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return box;
    }

    /** A server-drawn PNG chart, scaled to half the content width. */
    static Image chart(String id, String file, Supplier<byte[]> png, String alt) {
        Image image = new Image(new StreamResource(file, () -> new ByteArrayInputStream(png.get())), alt);
        image.setId(id);
        image.setWidth("49%");
        image.setMinWidth("420px");
        image.getStyle().set("max-width", IndicatorCharts.WIDTH + "px").set("border", "1px solid var(--lumo-contrast-10pct)");
        return image;
    }

    static Component charts(Component... charts) {
        FlexLayout row = new FlexLayout(charts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        row.setWidthFull();
        return row;
    }

    /** Every indicator with its formula, inputs, rate, target and points; a figure drills down when {@code drill} is given. */
    static Grid<Scorecard.Indicator> indicators(Scorecard.Score score, Consumer<Scorecard.Measure> drill) {
        Grid<Scorecard.Indicator> grid = new Grid<>();
        grid.setId("report-indicators");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> i.group().label()).setHeader(Texts.t("report.col.group")).setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(i -> {
            Div name = new Div(new Span(i.name()));
            Span formula = new Span(i.formula());
            formula.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            name.add(new Div(formula));
            return name;
        }).setHeader(Texts.t("report.col.indicator")).setFlexGrow(3);
        grid.addComponentColumn(i -> inputs(i, true, drill)).setHeader(Texts.t("report.col.numerator")).setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(i -> inputs(i, false, drill)).setHeader(Texts.t("report.col.denominator")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(i -> i.measured() ? percent(i.rate()) : Texts.t("report.notMeasured")).setHeader(Texts.t("report.col.rate"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(i -> number(i.target() * 100) + " %").setHeader(Texts.t("report.col.target")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(i -> i.scored() ? number(i.earned()) + " / " + number(i.points()) : "— / " + number(i.points()))
                .setHeader(Texts.t("report.col.points")).setWidth("8em").setFlexGrow(0);
        grid.setItems(score.indicators());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component inputs(Scorecard.Indicator i, boolean numerator, Consumer<Scorecard.Measure> drill) {
        if (!i.measured()) {
            return new Span("");
        }
        long value = numerator ? i.numerator() : i.denominator();
        Optional<Scorecard.Measure> measure = numerator ? i.numeratorMeasure() : i.denominatorMeasure();
        if (drill == null || measure.isEmpty()) {
            return new Span(count(value));
        }
        Button b = new Button(count(value), e -> drill.accept(measure.get()));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.setTooltipText(measure.get().label());
        return b;
    }

    /** The rows of a breakdown (procedure, field, channel) with their counts. */
    static Grid<IndicatorService.Row> rows(String id, String what, List<IndicatorService.Row> rows) {
        Grid<IndicatorService.Row> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IndicatorService.Row::label).setHeader(what).setFlexGrow(3);
        grid.addColumn(r -> count(r.figures().received())).setHeader(Texts.t("report.fig.received")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> count(r.figures().ended())).setHeader(Texts.t("report.fig.ended")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> count(r.figures().onTimeOrEarly())).setHeader(Texts.t("report.fig.onTime")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(r -> count(r.figures().late())).setHeader(Texts.t("report.fig.late")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(r -> r.figures().ended() == 0 ? Texts.t("report.none")
                : number(100.0 * r.figures().onTimeOrEarly() / r.figures().ended()) + " %").setHeader(Texts.t("report.col.onTimeRate"))
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> count(r.figures().feesVnd())).setHeader(Texts.t("report.fig.fees")).setWidth("8em").setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Average working time per step against its budget. */
    static Grid<IndicatorService.StepTime> steps(List<IndicatorService.StepTime> steps) {
        Grid<IndicatorService.StepTime> grid = new Grid<>();
        grid.setId("report-steps");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IndicatorService.StepTime::procedureName).setHeader(Texts.t("report.col.procedure")).setFlexGrow(2);
        grid.addColumn(s -> s.step() + ". " + s.stepName()).setHeader(Texts.t("report.col.step")).setFlexGrow(2);
        grid.addColumn(s -> count(s.dossiers())).setHeader(Texts.t("report.col.dossiers")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(s -> number(s.averageMinutes() / 60.0)).setHeader(Texts.t("report.col.average")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(s -> s.budgetMinutes() == null ? Texts.t("report.none") : number(s.budgetMinutes() / 60.0))
                .setHeader(Texts.t("report.col.budget")).setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Span b = new Span(s.overBudget() ? Texts.t("report.overBudget") : Texts.t("report.withinBudget"));
            b.getElement().getThemeList().add(s.overBudget() ? "badge error" : "badge success");
            return b;
        }).setHeader(Texts.t("report.col.budgetState")).setWidth("9em").setFlexGrow(0);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
