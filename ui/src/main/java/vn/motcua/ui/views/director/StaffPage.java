package vn.motcua.ui.views.director;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

/**
 * A center's staff. Everyone of the center sees the list; the director adds, edits and deactivates.
 * {@code trung-tam/can-bo/<id>} opens one member: an id of another center is simply not found.
 */
@RequiresPermission(Permission.READ_CENTER)
@Route(value = "trung-tam/can-bo", layout = MainLayout.class)
@Prototype
public class StaffPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final StaffService staff;
    private final Principal principal;
    final Grid<StaffView> grid = new Grid<>();
    final TextField search = new TextField();
    private final Checkbox onlyActive = new Checkbox(Texts.t("staff.onlyActive"), true);
    private final Span total = new Span();

    private final CallContexts calls;

    public StaffPage(StaffService staff, CallContexts calls) {
        this.calls = calls;
        this.staff = staff;
        this.principal = Session.require();
        setSizeFull();
        search.setPlaceholder(Texts.t("staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.setId("staff-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        onlyActive.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // people's names and positions wrap at laptop width instead of ending in "…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StaffView::fullName).setHeader(Texts.t("staff.field.fullName")).setKey("fullName").setSortable(true)
                .setWidth("9em").setFlexGrow(2);
        grid.addColumn(StaffView::username).setHeader(Texts.t("staff.field.username")).setAutoWidth(true);
        grid.addColumn(s -> s.role() == null ? "" : s.role().label()).setHeader(Texts.t("staff.field.role")).setWidth("8em");
        grid.addColumn(StaffView::position).setHeader(Texts.t("staff.field.position")).setKey("position").setSortable(true)
                .setWidth("7em").setFlexGrow(1);
        grid.addColumn(StaffView::phone).setHeader(Texts.t("staff.field.phone")).setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(s -> s.active() ? Texts.t("staff.active") : Texts.t("staff.inactive")).setHeader(Texts.t("staff.status")).setKey("active").setSortable(true).setWidth("7.5em").setFlexGrow(0);
        grid.setId("staff-grid");
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            var page = staff.list(calls.current(), search.getValue(), onlyActive.getValue() ? Boolean.TRUE : null,
                    query.getPage(), query.getPageSize(), order == null ? "fullName" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING);
            total.setText(Texts.t("staff.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) staff.list(calls.current(), search.getValue(), onlyActive.getValue() ? Boolean.TRUE : null, 0, 1,
                "fullName", true).getTotalSize());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("fullName")).build());

        HorizontalLayout tools = new HorizontalLayout(search, onlyActive, total);
        tools.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        if (calls.current().managesCenter()) {
            Button add = new Button(Texts.t("staff.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-staff");
            tools.addComponentAsFirst(add);
            grid.addComponentColumn(s -> {
                Button edit = new Button(Texts.t("staff.editShort"), e -> openDialog(s));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button toggle = new Button(s.active() ? Texts.t("staff.deactivate") : Texts.t("staff.reactivate"), e -> confirmToggle(s));
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, s.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
                HorizontalLayout actions = new HorizontalLayout(edit, toggle);
                if (!s.username().equals(calls.current().actor().username())) {
                    // an icon with its words as tooltip and label: the row still fits a 1366 px screen
                    Button reset = new Button(VaadinIcon.KEY.create(), e -> confirmReset(s));
                    reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                    reset.setTooltipText(Texts.t("staff.resetPassword"));
                    reset.setAriaLabel(Texts.t("staff.resetPassword"));
                    reset.setId("reset-password-" + s.username());
                    actions.add(reset);
                }
                return actions;
            }).setHeader(Texts.t("staff.actions")).setAutoWidth(true);
        }
        add(new H2(Texts.t("staff.heading", principal.centerName())), tools, grid);
        expand(grid);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long staffId) {
        if (staffId != null) {
            // throws NotFoundException for an id that is not this center's: the page shows "not found"
            StaffView member = staff.get(calls.current(), staffId);
            if (calls.current().managesCenter()) {
                openDialog(member);
            } else {
                search.setValue(member.fullName());
            }
        }
    }

    void openDialog(StaffView member) {
        new StaffDialog(staff, calls, member, () -> grid.getDataProvider().refreshAll()).open();
    }

    /** Asks first; then shows the one-time password once, in a dialog the director closes after noting it. */
    void confirmReset(StaffView s) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("reset-confirm");
        dialog.setHeader(Texts.t("staff.resetQuestion", s.fullName()));
        dialog.setText(Texts.t("staff.resetWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        Button confirm = new Button(Texts.t("staff.resetPassword"), e -> {
            dialog.close();
            try {
                showOneTime(s, staff.resetPassword(calls.current(), s.id()));
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
        });
        confirm.setId("reset-confirm-button");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    private void showOneTime(StaffView s, String oneTime) {
        Dialog shown = new Dialog();
        shown.setId("one-time-dialog");
        shown.setHeaderTitle(Texts.t("staff.oneTimeHeading", s.fullName()));
        Span code = new Span(oneTime);
        code.setId("one-time-password");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xxl)")
                .set("letter-spacing", "0.1em");
        shown.add(new Paragraph(Texts.t("staff.oneTimeUsername", s.username())), code,
                new Paragraph(Texts.t("staff.oneTimeText")));
        Button done = new Button(Texts.t("staff.oneTimeDone"), e -> shown.close());
        done.setId("one-time-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.getFooter().add(done);
        shown.setCloseOnOutsideClick(false);
        shown.open();
    }

    private void confirmToggle(StaffView s) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(s.active() ? Texts.t("staff.deactivateQuestion", s.fullName()) : Texts.t("staff.reactivateQuestion", s.fullName()));
        dialog.setText(s.active() ? Texts.t("staff.deactivateWarning")
                : Texts.t("staff.reactivateWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("common.ok"));
        dialog.setConfirmButtonTheme(s.active() ? "error primary" : "primary");
        dialog.addConfirmListener(e -> {
            try {
                staff.setActive(calls.current(), s.id(), !s.active());
                Notices.success(Texts.t("staff.updated", s.fullName()));
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.staff");
    }
}
