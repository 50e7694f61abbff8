package vn.motcua.ui.views.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.Permission;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.CounterView;
import vn.motcua.core.counter.ProcedureChoice;
import vn.motcua.core.counter.StaffChoice;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The center's counters (quầy), for its director: number and name, the fields and procedures each serves, who staffs
 * it on which weekday, open or closed now. Removing one asks first and only marks it out of use.
 */
@RequiresPermission(Permission.MANAGE_CENTER)
@Route(value = "trung-tam/quay", layout = MainLayout.class)
@Prototype
public class CountersView extends VerticalLayout implements HasDynamicTitle {
    private final CounterService counters;
    private final CallContexts calls;
    final Grid<CounterView> grid = new Grid<>();
    final Button add = new Button(Texts.t("counter.add"), VaadinIcon.PLUS.create());

    public CountersView(CounterService counters, CallContexts calls) {
        this.counters = counters;
        this.calls = calls;
        setSizeFull();
        grid.setId("counter-grid");
        // fields and staff lists are sentences: they wrap at laptop width instead of ending in "…"
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CounterView::number).setHeader(Texts.t("counter.field.number")).setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CounterView::name).setHeader(Texts.t("counter.field.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(CountersView::serves).setHeader(Texts.t("counter.field.serves")).setKey("serves").setFlexGrow(2);
        grid.addColumn(CountersView::staffing).setHeader(Texts.t("counter.field.staff")).setKey("staff").setFlexGrow(2);
        grid.addComponentColumn(c -> {
            Span badge = new Span(c.openNow() ? Texts.t("counter.open") : Texts.t("counter.closed"));
            badge.getElement().getThemeList().add(c.openNow() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(Texts.t("counter.field.state")).setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Button toggle = new Button(c.openNow() ? Texts.t("counter.close") : Texts.t("counter.openNow"), e -> toggle(c));
            toggle.setId("counter-toggle-" + c.number());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button edit = new Button(Texts.t("counter.edit"), e -> openDialog(c));
            edit.setId("counter-edit-" + c.number());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button remove = new Button(Texts.t("counter.remove"), e -> confirmRemove(c));
            remove.setId("counter-remove-" + c.number());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(toggle, edit, remove);
        }).setHeader(Texts.t("counter.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-counter");
        add.addClickListener(e -> openDialog(null));
        Span help = new Span(Texts.t("counter.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2(Texts.t("counter.heading", calls.current().centerName())), help, add, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(counters.list(calls.current()));
    }

    void openDialog(CounterView existing) {
        new CounterDialog(counters, calls, existing, this::refresh).open();
    }

    void toggle(CounterView c) {
        try {
            CounterView now = counters.setOpen(calls.current(), c.id(), !c.openNow());
            Notices.success(now.openNow() ? Texts.t("counter.opened", c.number()) : Texts.t("counter.closedNotice", c.number()));
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
        }
        refresh();
    }

    private void confirmRemove(CounterView c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("counter.removeQuestion", c.number(), c.name()));
        dialog.setText(Texts.t("counter.removeWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("counter.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                counters.remove(calls.current(), c.id());
                Notices.success(Texts.t("counter.removed", c.number()));
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
            refresh();
        });
        dialog.open();
    }

    /** "Hộ tịch, Đất đai; 1 thủ tục" — the fields, then how many procedures by name. */
    static String serves(CounterView c) {
        String fields = String.join(", ", c.fields());
        if (c.procedures().isEmpty()) {
            return fields;
        }
        String procedures = c.procedures().stream().map(ProcedureChoice::name).collect(Collectors.joining(", "));
        return fields.isEmpty() ? procedures : fields + "; " + procedures;
    }

    /** "T2: Trần Văn Bình · T3: Trần Văn Bình, Nguyễn Thị An" — who is on the counter each weekday. */
    static String staffing(CounterView c) {
        return c.staff().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> dayShort(e.getKey()) + ": " + e.getValue().stream().map(StaffChoice::fullName)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" · "));
    }

    static String dayShort(DayOfWeek day) {
        return Texts.t("counter.day.short." + day.getValue());
    }

    static String dayLong(DayOfWeek day) {
        return Texts.t("counter.day.long." + day.getValue());
    }

    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.counters");
    }
}
