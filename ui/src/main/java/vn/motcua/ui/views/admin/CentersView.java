package vn.motcua.ui.views.admin;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Page;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.ProfileGaps;
import vn.motcua.ui.views.Texts;
import com.vaadin.flow.component.grid.GridVariant;

/** Provincial IT: every center of the province, searchable without diacritics. */
@Route(value = "tinh/trung-tam", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class CentersView extends VerticalLayout implements HasDynamicTitle {
    final Grid<ServiceCenter> grid = new Grid<>(ServiceCenter.class, false);
    final TextField search = new TextField();
    private final ComboBox<CenterType> type = new ComboBox<>(Texts.t("center.field.type"));
    private final ComboBox<CenterStatus> status = new ComboBox<>(Texts.t("center.field.status"));
    private final Span total = new Span();
    final Span incomplete = new Span();
    /** The demo province's agency codes are generated, not official: said where they are shown. */
    final Span demoNote = new Span();

    private final CallContexts calls;

    public CentersView(CenterService centers, CallContexts calls,
                       @Value("${motcua.demo.enabled:false}") boolean demo) {
        this.calls = calls;
        Principal principal = Session.require();
        centers.registryViewed(calls.current());
        setSizeFull();

        search.setLabel(Texts.t("common.searchCodeOrName"));
        search.setPlaceholder("vd: dao xa");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.setId("center-search");
        type.setItems(CenterType.values());
        type.setItemLabelGenerator(CenterType::label);
        type.setClearButtonVisible(true);
        status.setItems(CenterStatus.values());
        status.setItemLabelGenerator(CenterStatus::label);
        status.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(ServiceCenter::code).setHeader(Texts.t("center.field.code")).setKey("code").setSortable(true).setAutoWidth(true);
        grid.addColumn(ServiceCenter::displayName).setHeader(Texts.t("center.field.name")).setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(c -> c.type().label()).setHeader(Texts.t("center.field.type")).setKey("type").setSortable(true);
        grid.addColumn(c -> c.status().label()).setHeader(Texts.t("center.field.status")).setKey("status").setSortable(true);
        grid.addColumn(c -> c.agencyCode() == null ? "" : c.agencyCode()).setHeader(Texts.t("center.field.agencyCode"))
                .setKey("agencyCode").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ProfileGaps::badge).setHeader(Texts.t("centers.profileColumn")).setKey("profile")
                .setFlexGrow(2).setTooltipGenerator(ProfileGaps::text);
        grid.addColumn(c -> c.mergedFrom() == null ? Texts.t("center.field.notMerged") : c.mergedFrom()).setHeader(Texts.t("center.field.mergedFrom"))
                .setFlexGrow(3).setTooltipGenerator(c -> c.mergedFrom() == null ? "" : c.mergedFrom());
        // long names and merger lists wrap at laptop width instead of being cut
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setId("centers-grid");
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            Page<ServiceCenter> page = centers.search(calls.current(), search.getValue(), type.getValue(), status.getValue(),
                    query.getPage(), query.getPageSize(), order == null ? "name" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING);
            total.setText(Texts.t("centers.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) centers.search(calls.current(), search.getValue(), type.getValue(), status.getValue(), 0, 1,
                "name", true).getTotalSize());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CenterDetailView.class, e.getItem().id())));

        com.vaadin.flow.component.button.Button add = new com.vaadin.flow.component.button.Button(Texts.t("centers.add"),
                VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate(OnboardCenterView.class)));
        add.setId("centers-add");
        com.vaadin.flow.component.button.Button addMany = new com.vaadin.flow.component.button.Button(
                Texts.t("centers.addMany"), VaadinIcon.LIST.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(BulkOnboardView.class)));
        addMany.setId("centers-add-many");
        HorizontalLayout filters = new HorizontalLayout(search, type, status, total, add, addMany);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        incomplete.setId("centers-incomplete");
        long gaps = centers.incompleteCount(calls.current());
        incomplete.setText(Texts.t("centers.incomplete", gaps));
        incomplete.getElement().getThemeList().add(gaps == 0 ? "badge success" : "badge error");
        incomplete.setVisible(gaps > 0);
        demoNote.setId("centers-demo-note");
        demoNote.setText(Texts.t("center.agencyCode.demo"));
        demoNote.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        demoNote.setVisible(demo);
        add(new H2(Texts.t("centers.heading")), incomplete, demoNote, filters, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.centers");
    }
}
