package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.Permission;
import vn.motcua.core.outbox.EventSubscriptions;
import vn.motcua.core.outbox.EventSubscriptions.CenterChoice;
import vn.motcua.core.outbox.EventSubscriptions.Delivery;
import vn.motcua.core.outbox.EventSubscriptions.EventSubscription;
import vn.motcua.core.outbox.OutboxEventType;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Đăng ký nhận sự kiện: provincial IT names the systems (the national portal's adapter, the LGSP) that receive the
 * province's dossier events — endpoint, event types, one center or the whole province — gets the signing secret once,
 * pauses or deletes a subscription after a confirmation, and reads its delivery log and dead letters, each dead letter
 * with "Gửi lại".
 */
@RequiresPermission(Permission.MANAGE_EVENT_SUBSCRIPTIONS)
@Route(value = "tinh/dang-ky-su-kien", layout = MainLayout.class)
@Prototype
public class EventSubscriptionsView extends VerticalLayout implements HasDynamicTitle {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessTime.ZONE);

    private final EventSubscriptions subscriptions;
    private final CallContexts calls;
    final TextField name = new TextField(Texts.t("events.field.name"));
    final TextField endpoint = new TextField(Texts.t("events.field.endpoint"));
    final ComboBox<CenterChoice> scope = new ComboBox<>(Texts.t("events.field.scope"));
    final CheckboxGroup<OutboxEventType> types = new CheckboxGroup<>(Texts.t("events.field.types"));
    final Button add = new Button(Texts.t("events.add"), VaadinIcon.PLUS.create());
    final Grid<EventSubscription> grid = new Grid<>();
    final H3 deliveriesHeading = new H3();
    final RadioButtonGroup<String> show = new RadioButtonGroup<>();
    final Grid<Delivery> deliveries = new Grid<>();
    EventSubscription selected;

    public EventSubscriptionsView(EventSubscriptions subscriptions, CallContexts calls) {
        this.subscriptions = subscriptions;
        this.calls = calls;
        setWidthFull();

        name.setId("events-name");
        name.setMaxLength(120);
        name.setWidth("16em");
        endpoint.setId("events-endpoint");
        endpoint.setPlaceholder("https://");
        endpoint.setHelperText(Texts.t("events.field.endpointHelp"));
        endpoint.setWidth("24em");
        scope.setId("events-scope");
        // typed without diacritics: "tan hoa" finds Phường Tân Hòa
        scope.setItems((center, typed) -> SearchKey.of(center.name()).contains(SearchKey.of(typed)),
                subscriptions.centers(calls.current()));
        scope.setItemLabelGenerator(CenterChoice::name);
        scope.setClearButtonVisible(true);
        scope.setPlaceholder(Texts.t("events.scope.province"));
        scope.setWidth("16em");
        types.setId("events-types");
        types.setItems(OutboxEventType.values());
        types.setItemLabelGenerator(OutboxEventType::label);
        types.setValue(EnumSet.allOf(OutboxEventType.class));
        add.setId("events-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, endpoint, scope);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");

        grid.setId("events-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EventSubscription::name).setHeader(Texts.t("events.field.name")).setFlexGrow(1);
        grid.addColumn(EventSubscription::endpoint).setHeader(Texts.t("events.field.endpoint")).setFlexGrow(2);
        grid.addColumn(EventSubscription::scopeName).setHeader(Texts.t("events.field.scope")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(s -> s.types().size() == OutboxEventType.values().length ? Texts.t("events.types.all")
                : Texts.t("events.types.some", s.types().size())).setHeader(Texts.t("events.field.types")).setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Span badge = new Span(s.enabled() ? Texts.t("events.state.on") : Texts.t("events.state.paused"));
            badge.getElement().getThemeList().add(s.enabled() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(Texts.t("events.field.state")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(s -> Texts.t("events.counts", s.delivered(), s.pending(), s.dead()))
                .setHeader(Texts.t("events.field.counts")).setWidth("12em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(Texts.t("events.actions")).setWidth("7em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> {
            selected = e.getFirstSelectedItem().orElse(null);
            refreshDeliveries();
        });

        show.setId("events-show");
        show.setItems("log", "dead");
        show.setItemLabelGenerator(v -> v.equals("dead") ? Texts.t("events.show.dead") : Texts.t("events.show.log"));
        show.setValue("dead");
        show.addValueChangeListener(e -> refreshDeliveries());
        deliveries.setId("events-deliveries");
        deliveries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveries.addColumn(Delivery::centerName).setHeader(Texts.t("events.delivery.center")).setFlexGrow(1);
        deliveries.addColumn(Delivery::dossierCode).setHeader(Texts.t("events.delivery.dossier")).setWidth("15em").setFlexGrow(0);
        deliveries.addColumn(d -> label(d.type()) + " (" + d.sequence() + ")").setHeader(Texts.t("events.delivery.event")).setFlexGrow(1);
        deliveries.addColumn(d -> Texts.t("events.delivery.status." + d.status())).setHeader(Texts.t("events.delivery.status"))
                .setWidth("7em").setFlexGrow(0);
        deliveries.addColumn(Delivery::attempts).setHeader(Texts.t("events.delivery.attempts")).setWidth("4.5em").setFlexGrow(0);
        deliveries.addColumn(d -> when(d.lastAttemptAt())).setHeader(Texts.t("events.delivery.last")).setWidth("9em").setFlexGrow(0);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader(Texts.t("events.delivery.error"))
                .setTooltipGenerator(d -> d.lastError() == null ? "" : d.lastError()).setFlexGrow(1);
        deliveries.addComponentColumn(d -> {
            if (!d.dead()) {
                return new Span();
            }
            Button resend = new Button(Texts.t("events.resend"), VaadinIcon.REFRESH.create(), x -> resend(d));
            resend.setId("events-resend-" + d.centerId() + "-" + d.id());
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return resend;
        }).setKey("resend").setWidth("8em").setFlexGrow(0);

        Paragraph help = new Paragraph(Texts.t("events.help"));
        add(new H2(Texts.t("events.heading")), help, form, types, add, grid, deliveriesHeading, show, deliveries);
        deliveries.setHeight("24em");
        refresh();
    }

    private HorizontalLayout actions(EventSubscription s) {
        Button toggle = new Button((s.enabled() ? VaadinIcon.PAUSE : VaadinIcon.PLAY).create(), x -> confirmToggle(s));
        String words = s.enabled() ? Texts.t("events.pause") : Texts.t("events.resume");
        toggle.setTooltipText(words);
        toggle.setAriaLabel(words);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        Button remove = new Button(VaadinIcon.TRASH.create(), x -> confirmDelete(s));
        remove.setTooltipText(Texts.t("events.delete"));
        remove.setAriaLabel(Texts.t("events.delete"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(toggle, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    void create() {
        try {
            EventSubscriptions.Created created = subscriptions.create(calls.current(), new EventSubscriptions.Draft(
                    name.getValue(), endpoint.getValue(), types.getValue(),
                    scope.getValue() == null ? null : scope.getValue().id()));
            name.clear();
            endpoint.clear();
            scope.clear();
            showSecret(created);
            refresh();
        } catch (InvalidInputException e) {
            Notices.show(e, Map.of("name", name, "endpoint", endpoint, "types", types, "scope", scope));
        }
    }

    /** The secret once: the receiving system needs it to check the signature; it is not shown again. */
    private void showSecret(EventSubscriptions.Created created) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("events-secret-dialog");
        dialog.setWidth("40em");
        dialog.setHeader(Texts.t("events.secret.heading", created.subscription().name()));
        TextField secret = new TextField(Texts.t("events.secret.field"));
        secret.setId("events-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(new Paragraph(Texts.t("events.secret.text")), secret);
        dialog.setConfirmText(Texts.t("events.secret.done"));
        dialog.open();
    }

    void confirmToggle(EventSubscription s) {
        if (!s.enabled()) {
            toggle(s, true);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("events.pauseQuestion", s.name()));
        dialog.setText(Texts.t("events.pauseWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("events.pause"));
        dialog.addConfirmListener(x -> toggle(s, false));
        dialog.open();
    }

    private void toggle(EventSubscription s, boolean enabled) {
        try {
            subscriptions.setEnabled(calls.current(), s.id(), enabled);
            Notices.success(enabled ? Texts.t("events.resumed") : Texts.t("events.paused"));
        } catch (NotFoundException e) {
            Notices.error(Texts.t("events.gone"));
        }
        refresh();
    }

    void confirmDelete(EventSubscription s) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("events.deleteQuestion", s.name()));
        dialog.setText(Texts.t("events.deleteWarning", s.pending() + s.dead()));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("events.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(x -> {
            try {
                subscriptions.delete(calls.current(), s.id());
                Notices.success(Texts.t("events.deleted"));
            } catch (NotFoundException e) {
                Notices.error(Texts.t("events.gone"));
            }
            if (selected != null && selected.id() == s.id()) {
                selected = null;
            }
            refresh();
        });
        dialog.open();
    }

    void resend(Delivery d) {
        try {
            subscriptions.resend(calls.current(), selected.id(), d.centerId(), d.id());
            Notices.success(Texts.t("events.resent", d.dossierCode()));
        } catch (NotFoundException e) {
            Notices.error(Texts.t("events.gone"));
        }
        refresh();
    }

    void refresh() {
        List<EventSubscription> all = subscriptions.list(calls.current());
        grid.setItems(all);
        if (selected != null) {
            selected = all.stream().filter(s -> s.id() == selected.id()).findFirst().orElse(null);
        }
        if (selected == null && !all.isEmpty()) {
            selected = all.get(0);
        }
        if (selected != null) {
            grid.select(selected);
        }
        refreshDeliveries();
    }

    void refreshDeliveries() {
        boolean any = selected != null;
        deliveriesHeading.setVisible(any);
        show.setVisible(any);
        deliveries.setVisible(any);
        if (!any) {
            deliveries.setItems(List.of());
            return;
        }
        boolean deadOnly = "dead".equals(show.getValue());
        deliveriesHeading.setText(deadOnly ? Texts.t("events.deadHeading", selected.name())
                : Texts.t("events.logHeading", selected.name()));
        deliveries.setItems(subscriptions.deliveries(calls.current(), selected.id(), deadOnly, 200));
    }

    static String label(String type) {
        return OutboxEventType.split(type).stream().findFirst().map(OutboxEventType::label).orElse(type);
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.events");
    }
}
