package vn.motcua.ui.views.report;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.Permission;
import vn.motcua.core.indicator.IndicatorCharts;
import vn.motcua.core.indicator.IndicatorService;
import vn.motcua.core.indicator.Period;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;

/**
 * One center's indicators seen from the province page (provincial IT, audited): the same score, figures, charts and
 * tables as its director's page, without its dossiers (provincial IT opens those only by acting as the center).
 */
@Route(value = "tinh/bao-cao/trung-tam", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class ProvinceCenterReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final IndicatorService indicators;
    private final CallContexts calls;
    private final VerticalLayout body = new VerticalLayout();
    private ReportPanels.PeriodBar periodBar;
    private long tenantId;

    public ProvinceCenterReportView(IndicatorService indicators, CallContexts calls) {
        this.indicators = indicators;
        this.calls = calls;
        setWidthFull();
        body.setPadding(false);
        body.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        tenantId = id == null ? 0 : id;
        removeAll();
        periodBar = new ReportPanels.PeriodBar(calls.time().today(), this::show);
        add(periodBar, body);
        show();
        addComponentAsFirst(new RouterLink(Texts.t("report.backToProvince"), ProvinceReportView.class));
    }

    void show() {
        Period period = periodBar.period();
        IndicatorService.CenterReport r = indicators.centerOfProvince(calls.current(), tenantId, period);
        body.removeAll();
        body.add(new H2(Texts.t("report.centerHeading", r.centerName())));
        body.add(new Paragraph(Texts.t("report.periodLine", period.label(), CenterReportView.DAY.format(period.from()),
                CenterReportView.DAY.format(period.last()))));
        body.add(ReportPanels.scoreLine(r.score(), r.previousScore(), period));
        body.add(ReportPanels.figures(r.figures(), r.previous(), null));
        body.add(ReportPanels.charts(
                ReportPanels.chart("report-chart-groups", "nhom-chi-so.png", () -> IndicatorCharts.groups(r.score(),
                        r.previousScore(), period.label(), period.previous().label()), Texts.t("report.chartGroups")),
                ReportPanels.chart("report-chart-trend", "xu-huong.png", () -> IndicatorCharts.trend(r.trend(),
                        Texts.t("report.chartTrend")), Texts.t("report.chartTrend"))));
        body.add(new H3(Texts.t("report.indicators")), ReportPanels.indicators(r.score(), null));
        body.add(new H3(Texts.t("report.queue")), ReportPanels.queue(r.queue(), r.previousQueue()));
        body.add(new H3(Texts.t("report.byProcedure")), ReportPanels.rows("report-by-procedure", Texts.t("report.col.procedure"), r.byProcedure()));
        body.add(new H3(Texts.t("report.byChannel")), ReportPanels.rows("report-by-channel", Texts.t("report.col.channel"), r.byChannel()));
        body.add(new H3(Texts.t("report.steps")), ReportPanels.steps(r.steps()));
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.centerReport");
    }
}
