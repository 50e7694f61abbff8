package vn.motcua.ui.views.audit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditEntry;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.VietnameseDates;

import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Nhật ký: who did what in the center (or, for provincial IT, in the province's own log), newest first, in
 * Vietnamese (the action's words from {@link AuditAction}, local dd/MM/yyyy HH:mm), filtered by person, action
 * and period.
 */
@Route(value = "nhat-ky", layout = MainLayout.class)
@RequiresPermission(Permission.READ_AUDIT)
@Prototype
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    /** What each kind of target is called in the log. */
    static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("dossier", Texts.t("audit.target.dossier")), Map.entry("procedure", Texts.t("audit.target.procedure")),
            Map.entry("staff_member", Texts.t("audit.target.staff")), Map.entry("service_center", Texts.t("audit.target.center")),
            Map.entry("app_user", Texts.t("audit.target.account")), Map.entry("catalog_import", Texts.t("audit.target.catalogImport")),
            Map.entry("center_workflow", Texts.t("audit.target.workflow")), Map.entry("workflow_default", Texts.t("audit.target.defaultWorkflow")),
            Map.entry("province_calendar", Texts.t("audit.target.calendar")), Map.entry("province_office_hours", Texts.t("audit.target.officeHours")),
            Map.entry("province", Texts.t("audit.target.province")), Map.entry("audit_log", Texts.t("audit.target.auditLog")),
            Map.entry("counter", Texts.t("audit.target.counter")), Map.entry("equipment", Texts.t("audit.target.equipment")),
            Map.entry("queue_settings", Texts.t("audit.target.queueSettings")));

    final Grid<AuditEntry> grid = new Grid<>();
    final TextField person = new TextField(Texts.t("audit.filter.person"));
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = VietnameseDates.of(new DatePicker(Texts.t("audit.filter.from")));
    final DatePicker until = VietnameseDates.of(new DatePicker(Texts.t("audit.filter.until")));

    public AuditView(AuditLog audit, CallContexts calls) {
        CallContext viewer = calls.current();
        setSizeFull();
        Span total = new Span();
        total.setId("audit-total");
        person.setId("audit-person");
        person.setClearButtonVisible(true);
        person.setPlaceholder(Texts.t("audit.filter.personHint"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel(Texts.t("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? Texts.t("audit.filter.allActions") : a.label());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(Texts.t("audit.filter.allActions"));
        from.setId("audit-from");
        until.setId("audit-until");
        grid.setId("audit-grid");
        // details are sentences: they wrap at laptop width instead of ending in "…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> BusinessTime.format(e.at())).setHeader(Texts.t("audit.at")).setAutoWidth(true);
        // the person's full name; the login name on hover (as in the inbox)
        grid.addColumn(AuditView::actor).setHeader(Texts.t("audit.actor")).setKey("actor").setAutoWidth(true)
                .setTooltipGenerator(AuditView::actorHover);
        grid.addColumn(e -> label(e.action())).setHeader(Texts.t("audit.action")).setFlexGrow(1);
        grid.addColumn(AuditView::target).setHeader(Texts.t("audit.target")).setFlexGrow(1);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(Texts.t("audit.detail")).setFlexGrow(3)
                .setTooltipGenerator(e -> e.detail() == null ? "" : e.detail());
        grid.setItems(query -> {
            Page<AuditEntry> page = audit.search(calls.current(), filter(), query.getPage(), query.getPageSize());
            total.setText(Texts.t("audit.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) audit.search(calls.current(), filter(), 0, 1).getTotalSize());
        person.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        until.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor export = new Anchor(new StreamResource("nhat-ky-thao-tac.csv",
                () -> new ByteArrayInputStream(audit.export(calls.current(), filter()))), Texts.t("audit.export"));
        export.setId("audit-export");
        export.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(person, action, from, until, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(Texts.t("audit.heading", viewer.centerName())), filters, total, grid);
        expand(grid);
    }

    /** The filter the fields describe; the "until" day is included. */
    AuditLog.Filter filter() {
        return new AuditLog.Filter(person.getValue(), action.getValue(),
                from.getValue() == null ? null : BusinessTime.instant(from.getValue().atStartOfDay()),
                until.getValue() == null ? null : BusinessTime.instant(until.getValue().plusDays(1).atStartOfDay()));
    }

    /** Who acted: the full name, the login name when the person is not known here, "Hệ thống" for the system. */
    static String actor(AuditEntry e) {
        return e.actorUsername() == null ? Texts.t("audit.system") : e.actorDisplayName();
    }

    /** The login name behind the shown name. */
    static String actorHover(AuditEntry e) {
        return e.actorUsername() == null ? "" : e.actorUsername();
    }

    /** The action's Vietnamese words; a stored name no longer in use shows as it was written. */
    static String label(String action) {
        return AuditAction.parse(action).map(AuditAction::label).orElse(action);
    }

    static String target(AuditEntry e) {
        String kind = e.targetType() == null ? "" : TARGETS.getOrDefault(e.targetType(), e.targetType());
        return (kind + (e.targetId() == null ? "" : " " + e.targetId())).strip();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.audit");
    }
}
