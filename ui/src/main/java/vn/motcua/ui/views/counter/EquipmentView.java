package vn.motcua.ui.views.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.Permission;
import vn.motcua.core.counter.Counter;
import vn.motcua.core.counter.Equipment;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The center's equipment inventory, for its director: filter by kind and status, search without diacritics, sort,
 * page, export as CSV (Excel opens it); a warranty ending within 30 days is marked.
 */
@RequiresPermission(Permission.MANAGE_CENTER)
@Route(value = "trung-tam/thiet-bi", layout = MainLayout.class)
@Prototype
public class EquipmentView extends VerticalLayout implements HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EquipmentService equipment;
    private final CallContexts calls;
    final Grid<Equipment> grid = new Grid<>();
    final ComboBox<EquipmentKind> kind = new ComboBox<>(Texts.t("equipment.field.kind"));
    final ComboBox<EquipmentStatus> status = new ComboBox<>(Texts.t("equipment.field.status"));
    final TextField search = new TextField();
    final Span total = new Span();
    private Map<Long, Counter> counterNames = Map.of();

    private final vn.motcua.ui.views.queue.DevicesPanel devicesPanel;

    public EquipmentView(EquipmentService equipment, CallContexts calls, vn.motcua.core.queue.DeviceService devices) {
        this.devicesPanel = new vn.motcua.ui.views.queue.DevicesPanel(devices, calls);
        this.equipment = equipment;
        this.calls = calls;
        setSizeFull();
        kind.setId("equipment-kind-filter");
        kind.setItems(EquipmentKind.values());
        kind.setItemLabelGenerator(EquipmentKind::label);
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(Texts.t("equipment.filter.all"));
        status.setId("equipment-status-filter");
        status.setItems(EquipmentStatus.values());
        status.setItemLabelGenerator(EquipmentStatus::label);
        status.setClearButtonVisible(true);
        status.setPlaceholder(Texts.t("equipment.filter.all"));
        search.setId("equipment-search");
        search.setLabel(Texts.t("equipment.search.label"));
        search.setPlaceholder(Texts.t("equipment.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        total.setId("equipment-total");

        grid.setId("equipment-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.kind().label()).setHeader(Texts.t("equipment.field.kind")).setKey("kind").setSortable(true).setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(e -> text(e.model())).setHeader(Texts.t("equipment.field.model")).setKey("model").setSortable(true).setFlexGrow(1);
        grid.addColumn(e -> text(e.serial())).setHeader(Texts.t("equipment.field.serial")).setKey("serial").setSortable(true).setWidth("7em").setFlexGrow(0);
        grid.addColumn(this::location).setHeader(Texts.t("equipment.field.location")).setKey("location").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(e -> {
            Span badge = new Span(e.status().label());
            badge.getElement().getThemeList().add(switch (e.status()) {
                case WORKING -> "badge success";
                case BROKEN -> "badge error";
                case IN_REPAIR -> "badge contrast";
            });
            return badge;
        }).setHeader(Texts.t("equipment.field.status")).setKey("status").setSortable(true).setWidth("9em").setFlexGrow(0);
        grid.addColumn(e -> date(e.purchasedOn())).setHeader(Texts.t("equipment.field.purchasedOn")).setKey("purchasedOn").setSortable(true).setWidth("7.5em").setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span until = new Span(date(e.warrantyUntil()));
            if (warrantyEndingSoon(e)) {
                until.setText(Texts.t("equipment.warrantySoon", date(e.warrantyUntil())));
                until.getElement().getThemeList().add("badge warning");
                until.getStyle().set("background-color", "var(--lumo-warning-color-10pct, #fff3cd)")
                        .set("color", "var(--lumo-warning-text-color, #8a5a00)");
            }
            return until;
        }).setHeader(Texts.t("equipment.field.warrantyUntil")).setKey("warrantyUntil").setSortable(true).setWidth("10em").setFlexGrow(0);
        grid.addComponentColumn(e -> {
            // icons with their words as tooltip and accessible name: the row keeps its width at 1366 px
            Button edit = new Button(VaadinIcon.EDIT.create(), x -> openDialog(e));
            edit.setTooltipText(Texts.t("equipment.edit"));
            edit.setAriaLabel(Texts.t("equipment.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
            Button remove = new Button(VaadinIcon.ARCHIVE.create(), x -> confirmRemove(e));
            remove.setTooltipText(Texts.t("equipment.remove"));
            remove.setAriaLabel(Texts.t("equipment.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            HorizontalLayout buttons = new HorizontalLayout(edit, remove);
            if (vn.motcua.core.queue.DeviceService.PAIRED.contains(e.kind())) {
                Button pair = new Button(VaadinIcon.CONNECT.create(), x -> devicesPanel.pair(e.id()));
                pair.setTooltipText(Texts.t("equipment.pair"));
                pair.setAriaLabel(Texts.t("equipment.pair"));
                pair.setId("pair-" + e.id());
                pair.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
                buttons.addComponentAsFirst(pair);
            }
            buttons.setSpacing(false);
            return buttons;
        }).setHeader(Texts.t("equipment.actions")).setKey("actions").setWidth("9em").setFlexGrow(0);
        grid.setPageSize(50);
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            Page<Equipment> page = equipment.page(calls.current(), filter(), query.getPage(), query.getPageSize(),
                    order == null ? "kind" : order.getSorted(), order == null || order.getDirection() == SortDirection.ASCENDING);
            total.setText(Texts.t("equipment.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) equipment.page(calls.current(), filter(), 0, 1, null, true).getTotalSize());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("kind")).build());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add = new Button(Texts.t("equipment.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.setId("add-equipment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(new StreamResource("thiet-bi.csv",
                () -> new ByteArrayInputStream(equipment.export(calls.current(), filter()))), Texts.t("equipment.export"));
        export.setId("equipment-export");
        export.getElement().setAttribute("download", true);
        HorizontalLayout tools = new HorizontalLayout(add, kind, status, search, export, total);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        add(new H2(Texts.t("equipment.heading", calls.current().centerName())), tools, grid, devicesPanel);
        grid.setMinHeight("20em");
        expand(grid);
        refreshCounters();
    }

    EquipmentService.Filter filter() {
        return new EquipmentService.Filter(kind.getValue(), status.getValue(), search.getValue());
    }

    boolean warrantyEndingSoon(Equipment e) {
        return e.warrantyEndsWithin(BusinessTime.localDate(calls.current().now()), EquipmentService.WARRANTY_WARNING_DAYS);
    }

    String location(Equipment e) {
        if (e.counterId() != null) {
            Counter c = counterNames.get(e.counterId());
            return c == null ? "" : Texts.t("equipment.atCounter", c.number(), c.name());
        }
        return text(e.location());
    }

    private void refreshCounters() {
        counterNames = equipment.counterNames(calls.current());
    }

    void openDialog(Equipment existing) {
        refreshCounters();
        new EquipmentDialog(equipment, calls, counterNames, existing, () -> grid.getDataProvider().refreshAll()).open();
    }

    private void confirmRemove(Equipment e) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("equipment.removeQuestion", e.kind().label(), text(e.model())));
        dialog.setText(Texts.t("equipment.removeWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("equipment.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(x -> {
            try {
                equipment.remove(calls.current(), e.id());
                Notices.success(Texts.t("equipment.removed"));
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.equipment");
    }
}
