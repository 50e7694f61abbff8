package vn.motcua.ui.views.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.Permission;
import vn.motcua.core.indicator.Area;
import vn.motcua.core.indicator.IndicatorCharts;
import vn.motcua.core.indicator.IndicatorService;
import vn.motcua.core.indicator.IndicatorWorkbook;
import vn.motcua.core.indicator.Period;
import vn.motcua.core.indicator.Scorecard;
import vn.motcua.core.text.VietnameseOrder;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Báo cáo chỉ số of the province for provincial IT: every center ranked by its score or by one group, the spread
 * (best, median, worst), filters by type, the province's total, charts, a center's own page one click away, and
 * the ranking with the periodic report as an Excel workbook.
 */
@Route(value = "tinh/bao-cao", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class ProvinceReportView extends VerticalLayout implements HasDynamicTitle {
    /** Rank by the whole score or by one group (null: the whole score). */
    final Select<Optional<Scorecard.Group>> rankBy = new Select<>();
    final Select<String> type = new Select<>();
    /** The old province (before the 2025 merger) a center comes from: "" for all ({@link Area}). */
    final Select<String> area = new Select<>();
    final ReportPanels.PeriodBar periodBar;
    final VerticalLayout body = new VerticalLayout();
    final Anchor export = new Anchor();
    final Grid<IndicatorService.CenterRow> ranking = new Grid<>();

    private final IndicatorService indicators;
    private final CallContexts calls;

    public ProvinceReportView(IndicatorService indicators, CallContexts calls) {
        this.indicators = indicators;
        this.calls = calls;
        setWidthFull();
        periodBar = new ReportPanels.PeriodBar(calls.time().today(), this::show);
        rankBy.setId("report-rank-by");
        rankBy.setLabel(Texts.t("report.rankBy"));
        rankBy.setItems(List.of(Optional.empty(), Optional.of(Scorecard.Group.PROGRESS), Optional.of(Scorecard.Group.DIGITIZATION),
                Optional.of(Scorecard.Group.ONLINE), Optional.of(Scorecard.Group.SATISFACTION)));
        rankBy.setItemLabelGenerator(g -> g.map(Scorecard.Group::label).orElse(Texts.t("report.wholeScore")));
        rankBy.setValue(Optional.empty());
        rankBy.addValueChangeListener(e -> show());
        type.setId("report-type");
        type.setLabel(Texts.t("report.type"));
        type.setItems("", "XA", "PHUONG", "DAC_KHU");
        type.setItemLabelGenerator(t -> t.isEmpty() ? Texts.t("report.allTypes") : Texts.t("report.centerType." + t));
        type.setValue("");
        type.addValueChangeListener(e -> show());
        area.setId("report-area");
        area.setLabel(Texts.t("report.area"));
        area.setItems("");
        area.setItemLabelGenerator(a -> a.isEmpty() ? Texts.t("report.allAreas") : areaNames.getOrDefault(a, a));
        area.setValue("");
        area.addValueChangeListener(e -> show());
        export.setText(Texts.t("report.export"));
        export.setId("report-export");
        export.getElement().setAttribute("download", true);
        type.setWidth("9em");
        area.setWidth("10.5em");
        rankBy.setWidth("11em");
        HorizontalLayout bar = new HorizontalLayout(periodBar, type, area, rankBy, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        body.setPadding(false);
        body.setWidthFull();

        ranking.setId("report-ranking");
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ranking.addColumn(c -> place(c)).setHeader(Texts.t("report.col.place")).setWidth("4rem").setFlexGrow(0);
        ranking.addColumn(IndicatorService.CenterRow::name).setHeader(Texts.t("report.col.center")).setWidth("9rem").setFlexGrow(2)
                .setComparator(Comparator.comparing(IndicatorService.CenterRow::name, VietnameseOrder.NAMES));
        ranking.addColumn(c -> Texts.t("report.centerType." + c.type())).setHeader(Texts.t("report.col.type")).setWidth("5.5rem").setFlexGrow(0);
        ranking.addColumn(c -> c.area() == null ? "" : c.area().name()).setHeader(Texts.t("report.col.area")).setWidth("7rem")
                .setFlexGrow(0).setId("report-col-area");
        ranking.addColumn(c -> ReportPanels.score(c.score())).setHeader(Texts.t("report.col.score")).setWidth("4.5rem").setFlexGrow(0);
        for (Scorecard.Group g : List.of(Scorecard.Group.PROGRESS, Scorecard.Group.DIGITIZATION, Scorecard.Group.ONLINE,
                Scorecard.Group.SATISFACTION)) {
            ranking.addColumn(c -> c.score().group(g).measurable() > 0 ? ReportPanels.number(c.score().group(g).earned())
                    : Texts.t("report.none")).setHeader(shortLabel(g)).setWidth("5.5rem").setFlexGrow(0)
                    .setTooltipGenerator(c -> g.label());
        }
        ranking.addColumn(c -> ReportPanels.count(c.figures().received())).setHeader(Texts.t("report.fig.received")).setWidth("5.5rem").setFlexGrow(0);
        ranking.addColumn(c -> ReportPanels.count(c.figures().overdueNow())).setHeader(Texts.t("report.col.overdueShort")).setWidth("5rem").setFlexGrow(0);
        ranking.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProvinceCenterReportView.class, e.getItem().tenantId())));
        ranking.setHeight("32em");

        add(new H2(Texts.t("report.provinceHeading")), bar, body);
        show();
    }

    private List<IndicatorService.CenterRow> shown = List.of();
    private final java.util.Map<String, String> areaNames = new java.util.LinkedHashMap<>();

    private static String shortLabel(Scorecard.Group g) {
        return switch (g) {
            case PROGRESS -> Texts.t("report.short.progress");
            case DIGITIZATION -> Texts.t("report.short.digitization");
            case ONLINE -> Texts.t("report.short.online");
            case SATISFACTION -> Texts.t("report.short.satisfaction");
            case TRANSPARENCY -> Texts.t("report.short.transparency");
        };
    }

    private String place(IndicatorService.CenterRow c) {
        int i = shown.indexOf(c);
        return i < 0 ? "" : String.valueOf(i + 1);
    }

    private static Optional<Double> value(IndicatorService.CenterRow c, Optional<Scorecard.Group> by) {
        return by.isEmpty() ? c.score().outOf100() : c.score().group(by.get()).ratio().map(r -> r * 100);
    }

    void show() {
        Period period = periodBar.period();
        IndicatorService.ProvinceReport r = indicators.province(calls.current(), period);
        Optional<Scorecard.Group> by = rankBy.getValue() == null ? Optional.empty() : rankBy.getValue();
        String t = type.getValue() == null ? "" : type.getValue();
        showAreas(r.centers());
        String a = area.getValue() == null ? "" : area.getValue();
        shown = r.centers().stream().filter(c -> t.isEmpty() || c.type().equals(t))
                .filter(c -> a.isEmpty() || (c.area() != null && c.area().code().equals(a)))
                .sorted(Comparator.comparing((IndicatorService.CenterRow c) -> value(c, by).orElse(-1.0)).reversed()
                        .thenComparing(IndicatorService.CenterRow::name, VietnameseOrder.NAMES)).toList();
        ranking.setItems(shown);
        body.removeAll();
        body.add(new Paragraph(Texts.t("report.periodLine", period.label(), CenterReportView.DAY.format(period.from()),
                CenterReportView.DAY.format(period.last()))));
        body.add(ReportPanels.scoreLine(r.totalScore(), Scorecard.score(r.previousTotal()), period));
        body.add(ReportPanels.figures(r.total(), r.previousTotal(), null));
        if (!t.isEmpty() || !a.isEmpty()) {
            vn.motcua.core.indicator.Figures sum = shown.stream().map(IndicatorService.CenterRow::figures)
                    .reduce(vn.motcua.core.indicator.Figures.empty(), vn.motcua.core.indicator.Figures::plus);
            Span selection = new Span(Texts.t("report.selection", shown.size(), ReportPanels.score(Scorecard.score(sum)),
                    ReportPanels.count(sum.received()), ReportPanels.count(sum.onTimeOrEarly()), ReportPanels.count(sum.ended())));
            selection.setId("report-selection");
            body.add(selection);
        }
        body.add(spread(shown, by));
        body.add(ReportPanels.charts(
                ReportPanels.chart("report-chart-distribution", "phan-bo-diem.png", () -> IndicatorCharts.distribution(shown),
                        Texts.t("report.chartDistribution")),
                ReportPanels.chart("report-chart-trend", "xu-huong-tinh.png", () -> IndicatorCharts.trend(r.trend(),
                        Texts.t("report.chartTrendProvince")), Texts.t("report.chartTrendProvince"))));
        body.add(new H3(Texts.t("report.ranking", shown.size())), ranking);
        body.add(new H3(Texts.t("report.indicatorsProvince")), ReportPanels.indicators(r.totalScore(), null));
        body.add(new H3(Texts.t("report.queueProvince")), ReportPanels.queue(r.queueTotal(), null));
        export.setHref(new StreamResource("bao-cao-chi-so-tinh.xlsx", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IndicatorWorkbook.province(indicators.provinceExport(calls.current(), period), out);
            return new ByteArrayInputStream(out.toByteArray());
        }));
    }

    /** The area filter offers the areas the centers have (none shown when the province has no areas). */
    private void showAreas(List<IndicatorService.CenterRow> centers) {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        centers.stream().map(IndicatorService.CenterRow::area).filter(java.util.Objects::nonNull)
                .forEach(x -> found.put(x.code(), x.name()));
        if (!found.equals(areaNames)) {
            areaNames.clear();
            areaNames.putAll(found);
            String current = area.getValue();
            List<String> items = new java.util.ArrayList<>(List.of(""));
            items.addAll(found.keySet());
            area.setItems(items);
            area.setValue(current != null && found.containsKey(current) ? current : "");
        }
        area.setVisible(!found.isEmpty());
    }

    /** Best, median and worst of the centers shown, by what they are ranked by. */
    private Span spread(List<IndicatorService.CenterRow> rows, Optional<Scorecard.Group> by) {
        List<IndicatorService.CenterRow> scored = rows.stream().filter(c -> value(c, by).isPresent()).toList();
        Span line = new Span(scored.isEmpty() ? Texts.t("report.spreadNone") : Texts.t("report.spread",
                ReportPanels.number(value(scored.get(0), by).get()), scored.get(0).name(),
                ReportPanels.number(median(scored, by)),
                ReportPanels.number(value(scored.get(scored.size() - 1), by).get()), scored.get(scored.size() - 1).name()));
        line.setId("report-spread");
        return line;
    }

    private static double median(List<IndicatorService.CenterRow> sorted, Optional<Scorecard.Group> by) {
        int n = sorted.size();
        double a = value(sorted.get((n - 1) / 2), by).get();
        double b = value(sorted.get(n / 2), by).get();
        return (a + b) / 2;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.provinceReport");
    }
}
