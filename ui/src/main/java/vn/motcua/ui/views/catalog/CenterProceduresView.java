package vn.motcua.ui.views.catalog;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.CatalogTexts;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.tenants.security.Principal;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

/**
 * The procedures a center serves (by default every commune-level procedure). The director — or
 * provincial IT acting as the center — removes or adds procedures, each after a confirmation.
 */
@RequiresPermission(Permission.READ_CENTER)
@Route(value = "trung-tam/thu-tuc", layout = MainLayout.class)
@Prototype
public class CenterProceduresView extends VerticalLayout implements HasDynamicTitle {
    private final CenterCatalogService centerCatalog;
    private final Principal principal;
    final Grid<Procedure> grid = new Grid<>();
    final TextField search = new TextField();
    final Tabs tabs;
    private final Tab servedTab = new Tab(Texts.t("centerProcedures.served"));
    private final Tab otherTab = new Tab(Texts.t("centerProcedures.others"));
    private final Span total = new Span();

    private final CallContexts calls;

    public CenterProceduresView(CenterCatalogService centerCatalog, CenterService centers, CallContexts calls) {
        this.calls = calls;
        this.centerCatalog = centerCatalog;
        this.principal = Session.require();
        if (!calls.current().managesCenter() && calls.current().isProvincial()) {
            throw new vn.motcua.core.validation.NotFoundException("page", "trung-tam/thu-tuc");
        }
        setSizeFull();
        tabs = calls.current().managesCenter() ? new Tabs(servedTab, otherTab) : new Tabs(servedTab);
        tabs.setId("center-procedures-tabs");
        tabs.addSelectedChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setPlaceholder(Texts.t("common.searchCodeOrName"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.setId("center-procedure-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(Procedure::nationalCode).setHeader(Texts.t("procedure.field.nationalCode")).setKey("nationalCode").setSortable(true).setAutoWidth(true);
        grid.addColumn(Procedure::name).setHeader(Texts.t("procedure.field.name")).setKey("name").setSortable(true).setFlexGrow(4);
        grid.addColumn(Procedure::field).setHeader(Texts.t("procedure.field.field")).setKey("field").setSortable(true).setFlexGrow(1);
        grid.addColumn(Procedure::levelsLabel).setHeader(Texts.t("procedure.field.levels")).setFlexGrow(1);
        grid.addColumn(p -> CatalogTexts.deadline(p.legalDeadline())).setHeader(Texts.t("procedure.field.deadlineShort")).setAutoWidth(true);
        grid.addColumn(p -> CatalogService.onlineLabel(p.onlineLevel())).setHeader(Texts.t("procedure.field.onlineShort")).setAutoWidth(true);
        if (calls.current().managesCenter()) {
            grid.addComponentColumn(p -> {
                boolean serving = serving();
                Button action = new Button(serving ? Texts.t("centerProcedures.remove") : Texts.t("centerProcedures.add"), e -> confirm(p, !serving));
                action.addThemeVariants(ButtonVariant.LUMO_SMALL, serving ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
                return action;
            }).setHeader(Texts.t("centerProcedures.actions")).setAutoWidth(true);
        }
        grid.setPageSize(50);
        grid.setId("center-procedures-grid");
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            Page<Procedure> page = centerCatalog.list(calls.current(), serving(), search.getValue(), query.getPage(),
                    query.getPageSize(), order == null ? "name" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING);
            total.setText(Texts.t("centerProcedures.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) centerCatalog.list(calls.current(), serving(), search.getValue(), 0, 1, null, true).getTotalSize());

        String code = centers.current(calls.current()).code();
        Anchor kiosk = new Anchor("tra-cuu/" + code, Texts.t("centerProcedures.kioskLink"));
        kiosk.setTarget("_blank");
        HorizontalLayout tools = new HorizontalLayout(search, total, kiosk);
        tools.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(new H2(Texts.t("centerProcedures.heading", principal.centerName())), tabs, tools, grid);
        expand(grid);
    }

    private boolean serving() {
        return tabs.getSelectedTab() != otherTab;
    }

    private void confirm(Procedure p, boolean add) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(add ? Texts.t("centerProcedures.addQuestion", p.nationalCode()) : Texts.t("centerProcedures.removeQuestion", p.nationalCode()));
        dialog.setText(add ? Texts.t("centerProcedures.addText", p.name()) : Texts.t("centerProcedures.removeText", p.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("common.ok"));
        dialog.setConfirmButtonTheme(add ? "primary" : "error primary");
        dialog.addConfirmListener(e -> {
            try {
                if (add) {
                    centerCatalog.add(calls.current(), p.id());
                } else {
                    centerCatalog.remove(calls.current(), p.id());
                }
                Notices.success(add ? Texts.t("centerProcedures.added", p.nationalCode()) : Texts.t("centerProcedures.removed", p.nationalCode()));
            } catch (AccessDeniedException ex) {
                Notices.error(Texts.t("centerProcedures.forbidden"));
            }
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.centerProcedures");
    }
}
