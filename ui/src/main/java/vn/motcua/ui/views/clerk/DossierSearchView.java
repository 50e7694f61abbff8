package vn.motcua.ui.views.clerk;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Sort;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.tenants.dossier.DossierDesk;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;

import java.io.ByteArrayInputStream;
import java.util.Arrays;


/** Tra cứu hồ sơ of the center: every dossier whatever its status, searched without diacritics, sortable, exportable. */
@Route(value = "danh-sach-ho-so", layout = MainLayout.class)
@RequiresPermission(Permission.WORK_ON_DOSSIERS)
@Prototype
public class DossierSearchView extends VerticalLayout implements HasDynamicTitle {
    final Grid<Dossier> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<DossierStatus> status = new Select<>();
    final Span total = new Span();

    private final CallContexts calls;
    private final DossierDesk desk;

    public DossierSearchView(DossierDesk desk, CallContexts calls) {
        this.calls = calls;
        Principal p = Session.require();
        if (!calls.current().may(Permission.WORK_ON_DOSSIERS)) {
            // provincial IT works on a center's dossiers only while acting as that center
            throw new vn.motcua.core.validation.NotFoundException("page", "dossiers");
        }
        setSizeFull();
        search.setId("dossier-search");
        search.setPlaceholder(Texts.t("search.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("30em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setId("dossier-status-filter");
        status.setLabel(Texts.t("dossier.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Texts.t("search.allStatuses"));
        status.setItems(Arrays.asList(DossierStatus.values()));
        status.setItemLabelGenerator(s -> s == null ? Texts.t("search.allStatuses") : s.label());
        status.addValueChangeListener(e -> refresh());
        total.setId("dossier-total");

        grid.setId("dossier-grid");
        grid.addColumn(Dossier::code).setHeader(Texts.t("dossier.field.code")).setKey("code").setSortable(true).setAutoWidth(true);
        grid.addColumn(Dossier::applicantName).setHeader(Texts.t("dossier.field.applicant")).setKey("applicantName").setSortable(true).setAutoWidth(true);
        // long procedure names wrap instead of ending in "…" at 1366 px, and the whole name is on hover too (as the inbox)
        grid.addColumn(Dossier::procedureName).setHeader(Texts.t("dossier.field.procedure")).setFlexGrow(2)
                .setWidth("12em").setTooltipGenerator(Dossier::procedureName);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(d -> DossierView.badge(d.status().label(), DossierView.statusTheme(d, calls.time().now())))
                .setHeader(Texts.t("dossier.field.status")).setKey("status").setSortable(true).setAutoWidth(true);
        grid.addColumn(d -> DossierView.time(d.receivedAt())).setHeader(Texts.t("dossier.field.received")).setKey("receivedAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(d -> DossierView.time(d.appointment())).setHeader(Texts.t("dossier.field.due")).setKey("dueAt").setSortable(true).setAutoWidth(true);
        // no count callback: the search counts only up to DossierInbox.SEARCH_COUNT_LIMIT, so the grid pages on until
        // a page comes back short, and the total is told beside the search box
        this.desk = desk;
        grid.setItems(q -> {
            Sort sort = Sort.of(q.getSortOrders().stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                    ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
            return desk.search(calls.current(), status.getValue(), search.getValue(), q.getPage(), q.getPageSize(), sort).getContent().stream();
        });
        showTotal();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().id())));

        Anchor export = new Anchor(new StreamResource("ho-so.csv",
                () -> new ByteArrayInputStream(desk.export(calls.current(), status.getValue(), search.getValue()))), Texts.t("search.export"));
        export.getElement().setAttribute("download", true);
        export.setId("dossier-export");
        HorizontalLayout bar = new HorizontalLayout(search, status, export, total);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(Texts.t("search.heading", p.centerName())), bar, grid);
        expand(grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    private void showTotal() {
        long n = desk.search(calls.current(), status.getValue(), search.getValue(), 0, 1, null).getTotalSize();
        total.setText(DossierInbox.isCapped(n) ? Texts.t("search.totalMore", DossierInbox.SEARCH_COUNT_LIMIT)
                : Texts.t("search.total", n));
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.search");
    }
}
