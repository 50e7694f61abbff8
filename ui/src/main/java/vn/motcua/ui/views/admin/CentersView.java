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
import vn.motcua.tenants.merge.CenterLineage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final CenterLineage lineage;
    /** The lineage of the centers shown, read with each page of the grid. */
    private final Map<Long, CenterLineage.Lineage> lineages = new HashMap<>();

    public CentersView(CenterService centers, CallContexts calls, CenterLineage lineage,
                       @Value("${motcua.demo.enabled:false}") boolean demo) {
        this.calls = calls;
        this.lineage = lineage;
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
        grid.addColumn(this::lineageText).setHeader(Texts.t("center.field.mergedFrom")).setKey("lineage")
                .setFlexGrow(3).setTooltipGenerator(this::lineageText);
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
            lineages.putAll(lineage.of(calls.current(), page.getContent()));
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

    /** "sáp nhập từ Xã A, Xã B (một phần); từ 01/12/2026: Xã C — đã sáp nhập vào Xã D". */
    String lineageText(ServiceCenter c) {
        CenterLineage.Lineage l = lineages.get(c.id());
        if (l == null || (l.predecessors().isEmpty() && l.successorName() == null)) {
            return Texts.t("center.field.notMerged");
        }
        Map<java.time.LocalDate, List<String>> byDay = new java.util.TreeMap<>();
        for (CenterLineage.Predecessor p : l.predecessors()) {
            byDay.computeIfAbsent(p.effectiveOn(), d -> new java.util.ArrayList<>())
                    .add(p.partial() ? Texts.t("center.lineage.partial", p.name()) : p.name());
        }
        List<String> parts = new java.util.ArrayList<>();
        byDay.forEach((day, names) -> parts.add(day.equals(CenterLineage.REFORM_2025) ? String.join(", ", names)
                : Texts.t("center.lineage.on", DAY.format(day), String.join(", ", names))));
        List<String> out = new java.util.ArrayList<>();
        if (!parts.isEmpty()) {
            out.add(Texts.t("center.lineage.from", String.join("; ", parts)));
        }
        if (l.successorName() != null) {
            out.add(Texts.t("center.lineage.into", l.successorName()));
        }
        return String.join(" — ", out);
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.centers");
    }
}
