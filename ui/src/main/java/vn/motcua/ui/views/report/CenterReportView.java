package vn.motcua.ui.views.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.Permission;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.LateRisk;
import vn.motcua.core.indicator.IndicatorCharts;
import vn.motcua.core.indicator.IndicatorService;
import vn.motcua.core.indicator.IndicatorWorkbook;
import vn.motcua.core.indicator.Period;
import vn.motcua.core.indicator.Scorecard;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.clerk.DossierView;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Báo cáo chỉ số of the center for its director: the QĐ 766 score and groups against the previous period, the
 * operational figures (each opens the dossiers behind it), charts, every indicator with its formula and inputs,
 * the late-risk list, breakdowns by procedure, field, channel and step, and the whole as an Excel workbook.
 */
@Route(value = "trung-tam/bao-cao", layout = MainLayout.class)
@RequiresPermission(Permission.MANAGE_CENTER)
@Prototype
public class CenterReportView extends VerticalLayout implements HasDynamicTitle {
    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    final ReportPanels.PeriodBar periodBar;
    final VerticalLayout body = new VerticalLayout();
    final Anchor export = new Anchor();
    Dialog drill;

    private final IndicatorService indicators;
    private final CallContexts calls;

    public CenterReportView(IndicatorService indicators, CallContexts calls) {
        this.indicators = indicators;
        this.calls = calls;
        setWidthFull();
        periodBar = new ReportPanels.PeriodBar(calls.time().today(), this::show);
        export.setText(Texts.t("report.export"));
        export.setId("report-export");
        export.getElement().setAttribute("download", true);
        HorizontalLayout bar = new HorizontalLayout(periodBar, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.setPadding(false);
        body.setWidthFull();
        add(new H2(Texts.t("report.centerHeading", calls.current().centerName())), bar, body);
        show();
    }

    void show() {
        Period period = periodBar.period();
        IndicatorService.CenterReport r = indicators.center(calls.current(), period);
        body.removeAll();
        body.add(new Paragraph(Texts.t("report.periodLine", period.label(), DAY.format(period.from()),
                DAY.format(period.last()))));
        body.add(ReportPanels.scoreLine(r.score(), r.previousScore(), period));
        body.add(ReportPanels.figures(r.figures(), r.previous(), m -> openDrill(period, m)));
        body.add(ReportPanels.charts(
                ReportPanels.chart("report-chart-groups", "nhom-chi-so.png", () -> IndicatorCharts.groups(r.score(),
                        r.previousScore(), period.label(), period.previous().label()), Texts.t("report.chartGroups")),
                ReportPanels.chart("report-chart-trend", "xu-huong.png", () -> IndicatorCharts.trend(r.trend(),
                        Texts.t("report.chartTrend")), Texts.t("report.chartTrend"))));
        body.add(new H3(Texts.t("report.indicators")), ReportPanels.indicators(r.score(), m -> openDrill(period, m)));
        body.add(new H3(Texts.t("report.queue")), ReportPanels.queue(r.queue(), r.previousQueue()));
        body.add(new H3(Texts.t("report.lateRisk")), lateRisk(indicators.lateRisk(calls.current())));
        body.add(new H3(Texts.t("report.byProcedure")), ReportPanels.rows("report-by-procedure", Texts.t("report.col.procedure"), r.byProcedure()));
        body.add(new H3(Texts.t("report.byField")), ReportPanels.rows("report-by-field", Texts.t("report.col.field"), r.byField()));
        body.add(new H3(Texts.t("report.byChannel")), ReportPanels.rows("report-by-channel", Texts.t("report.col.channel"), r.byChannel()));
        body.add(new H3(Texts.t("report.steps")), ReportPanels.steps(r.steps()));
        export.setHref(new StreamResource("bao-cao-chi-so.xlsx", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IndicatorWorkbook.center(indicators.centerExport(calls.current(), period), out);
            return new ByteArrayInputStream(out.toByteArray());
        }));
    }

    private Grid<LateRisk.Item> lateRisk(List<LateRisk.Item> items) {
        Grid<LateRisk.Item> grid = new Grid<>();
        grid.setId("report-late-risk");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LateRisk.Item::code).setHeader(Texts.t("dossier.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LateRisk.Item::procedureName).setHeader(Texts.t("report.col.procedure")).setFlexGrow(2);
        grid.addColumn(i -> i.stepNumber() + "/" + i.steps() + ". " + i.stepName()).setHeader(Texts.t("report.col.step")).setFlexGrow(2);
        grid.addComponentColumn(i -> {
            Span who = new Span(i.holder() != null ? i.holder() : Texts.t("report.anyOfRole", i.role()));
            if (i.holderUsername() != null) {
                who.getElement().setAttribute("title", i.holderUsername());
            }
            return who;
        }).setHeader(Texts.t("report.col.holder")).setFlexGrow(1);
        grid.addColumn(i -> BusinessTime.format(i.dueAt())).setHeader(Texts.t("dossier.field.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> ReportPanels.number(i.needed().toMinutes() / 60.0) + " / " + ReportPanels.number(i.left().toMinutes() / 60.0))
                .setHeader(Texts.t("report.col.neededLeft")).setWidth("9em").setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().dossierId())));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(Texts.t("report.noLateRisk"));
        return grid;
    }

    /** The dossiers behind a figure, as the dossier list shows them; a row opens the dossier. */
    void openDrill(Period period, Scorecard.Measure measure) {
        List<Dossier> dossiers = indicators.dossiers(calls.current(), period, measure);
        Grid<Dossier> grid = new Grid<>();
        grid.setId("report-drill-grid");
        // long procedure names wrap onto a second line (and show whole on hover) instead of being cut at 1366 px
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Dossier::code).setHeader(Texts.t("dossier.field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Dossier::applicantName).setHeader(Texts.t("dossier.field.applicant")).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(Dossier::procedureName).setHeader(Texts.t("dossier.field.procedure")).setWidth("16rem").setFlexGrow(4)
                .setTooltipGenerator(Dossier::procedureName).setId("report-drill-procedure");
        grid.addColumn(d -> d.status().label()).setHeader(Texts.t("dossier.field.status")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(d -> BusinessTime.format(d.receivedAt())).setHeader(Texts.t("dossier.field.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> BusinessTime.format(d.appointment())).setHeader(Texts.t("dossier.field.due")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(dossiers);
        grid.addItemClickListener(e -> {
            drill.close();
            getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().id()));
        });
        drill = new Dialog();
        drill.setId("report-drill");
        drill.setHeaderTitle(Texts.t("report.drillTitle", measure.label(), period.label(), dossiers.size()));
        drill.setWidth("1240px");
        drill.setMaxWidth("96vw");
        drill.setHeight("600px");
        grid.setSizeFull();
        drill.add(grid);
        drill.getFooter().add(new Button(Texts.t("common.close"), e -> drill.close()));
        drill.open();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.centerReport");
    }
}
