package vn.motcua.ui.views.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.Permission;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.counter.ProcedureChoice;
import vn.motcua.core.queue.KioskProcedures;
import vn.motcua.core.counter.QueueSettings;
import vn.motcua.core.counter.QueueSettingsService;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the center's electronic queue works, for its director: ticket hours (by default the province's office hours),
 * the number prefix of each field, daily reset, a daily limit, who is served first, and the call announcement.
 */
@RequiresPermission(Permission.MANAGE_CENTER)
@Route(value = "trung-tam/hang-doi", layout = MainLayout.class)
@Prototype
public class QueueSettingsView extends VerticalLayout implements HasDynamicTitle {
    private final QueueSettingsService queue;
    private final CallContexts calls;
    final TimePicker ticketFrom = new TimePicker(Texts.t("queue.field.from"));
    final TimePicker ticketUntil = new TimePicker(Texts.t("queue.field.until"));
    final Checkbox dailyReset = new Checkbox(Texts.t("queue.field.dailyReset"));
    final IntegerField maxPerDay = new IntegerField(Texts.t("queue.field.max"));
    final CheckboxGroup<PriorityGroup> priority = new CheckboxGroup<>(Texts.t("queue.field.priority"));
    final Map<String, TextField> prefixes = new LinkedHashMap<>();
    final TextField announcement = new TextField(Texts.t("queue.field.announcement"));
    final Span preview = new Span();
    final Checkbox voiceOn = new Checkbox(Texts.t("queue.field.voice"));
    final Span state = new Span();
    final Button save = new Button(Texts.t("common.save"));
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<ProcedureChoice> kioskProcedures =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>(Texts.t("queue.kiosk.field", KioskProcedures.MAX));
    final Span kioskShowing = new Span();
    final Button kioskSave = new Button(Texts.t("queue.kiosk.save"));
    private final KioskProcedures kiosk;

    public QueueSettingsView(QueueSettingsService queue, CallContexts calls, vn.motcua.core.queue.QueueStatistics statistics,
                             KioskProcedures kiosk) {
        this.queue = queue;
        this.calls = calls;
        this.kiosk = kiosk;
        setWidthFull();
        setMaxWidth("70em");
        ticketFrom.setId("queue-from");
        ticketUntil.setId("queue-until");
        for (TimePicker t : new TimePicker[]{ticketFrom, ticketUntil}) {
            t.setLocale(Messages.VI);
            t.setStep(Duration.ofMinutes(15));
        }
        dailyReset.setId("queue-daily-reset");
        maxPerDay.setId("queue-max");
        maxPerDay.setMin(1);
        maxPerDay.setMax(99_999);
        maxPerDay.setHelperText(Texts.t("queue.maxHelp"));
        priority.setId("queue-priority");
        priority.setItems(PriorityGroup.values());
        priority.setItemLabelGenerator(PriorityGroup::label);
        priority.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        priority.setHelperText(Texts.t("queue.priorityHelp"));
        announcement.setId("queue-announcement");
        announcement.setWidthFull();
        announcement.setMaxLength(QueueSettings.ANNOUNCEMENT_MAX);
        announcement.setHelperText(Texts.t("queue.announcementHelp", QueueSettings.NUMBER, QueueSettings.COUNTER));
        announcement.setValueChangeMode(ValueChangeMode.EAGER);
        announcement.addValueChangeListener(e -> showPreview());
        preview.setId("queue-preview");
        voiceOn.setId("queue-voice");
        state.setId("queue-state");
        save.setId("queue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        kioskProcedures.setId("queue-kiosk-procedures");
        kioskProcedures.setWidthFull();
        kioskProcedures.setItems(kiosk.candidates(calls.current()));
        kioskProcedures.setItemLabelGenerator(p -> p.nationalCode() + " — " + p.name());
        kioskProcedures.setHelperText(Texts.t("queue.kiosk.help"));
        kioskShowing.setId("queue-kiosk-showing");
        kioskSave.setId("queue-kiosk-save");
        kioskSave.addClickListener(e -> saveKiosk());
        FormLayout hours = new FormLayout(ticketFrom, ticketUntil, maxPerDay, dailyReset);
        FormLayout prefixForm = new FormLayout();
        prefixForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        int i = 0;
        for (String field : queue.fields(calls.current())) {
            TextField prefix = new TextField(field);
            prefix.setId("queue-prefix-" + i++);
            prefix.setMaxLength(3);
            prefix.setWidth("8em");
            prefixes.put(field, prefix);
            prefixForm.add(prefix);
        }
        Span prefixHelp = new Span(Texts.t("queue.prefixHelp"));
        prefixHelp.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2(Texts.t("queue.heading", calls.current().centerName())), state,
                new H4(Texts.t("queue.section.hours")), hours,
                new H4(Texts.t("queue.section.prefixes")), prefixHelp, prefixForm,
                new H4(Texts.t("queue.section.priority")), priority,
                new H4(Texts.t("queue.section.announcement")), announcement, preview, voiceOn, save,
                new H4(Texts.t("queue.section.kiosk")), kioskProcedures, kioskShowing, kioskSave,
                new vn.motcua.ui.views.queue.QueueStatsPanel(statistics, calls));
        show(queue.get(calls.current()));
        showKiosk(kiosk.chosen(calls.current()));
    }

    private void showKiosk(java.util.List<ProcedureChoice> chosen) {
        kioskProcedures.setValue(new java.util.LinkedHashSet<>(chosen));
        java.util.List<ProcedureChoice> offered = kiosk.offered(calls.current());
        kioskShowing.setText(offered.isEmpty() ? Texts.t("queue.kiosk.showingNone") : Texts.t("queue.kiosk.showing",
                String.join("; ", offered.stream().map(ProcedureChoice::name).toList())));
    }

    void saveKiosk() {
        try {
            showKiosk(kiosk.save(calls.current(), kioskProcedures.getValue().stream().map(ProcedureChoice::id).toList()));
            Notices.success(Texts.t("queue.kiosk.saved"));
        } catch (InvalidInputException ex) {
            Notices.show(ex, Map.of("procedures", kioskProcedures));
        }
    }

    private void show(QueueSettings s) {
        ticketFrom.setValue(s.ticketFrom());
        ticketUntil.setValue(s.ticketUntil());
        dailyReset.setValue(s.dailyReset());
        maxPerDay.setValue(s.maxTicketsPerDay());
        priority.setValue(s.priorityGroups());
        prefixes.forEach((field, box) -> box.setValue(s.prefixes().getOrDefault(field, "")));
        announcement.setValue(s.announcement() == null ? "" : s.announcement());
        voiceOn.setValue(s.voiceOn());
        state.setText(s.saved() ? Texts.t("queue.state.saved") : Texts.t("queue.state.defaults"));
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add(s.saved() ? "badge success" : "badge contrast");
        showPreview();
    }

    private void showPreview() {
        String text = announcement.getValue().replace(QueueSettings.NUMBER, "A012").replace(QueueSettings.COUNTER, "3");
        preview.setText(Texts.t("queue.preview", text));
    }

    QueueSettings wanted() {
        Map<String, String> chosen = new LinkedHashMap<>();
        prefixes.forEach((field, box) -> {
            if (!box.getValue().isBlank()) {
                chosen.put(field, box.getValue().strip().toUpperCase(java.util.Locale.ROOT));
            }
        });
        return new QueueSettings(ticketFrom.getValue(), ticketUntil.getValue(), dailyReset.getValue(), maxPerDay.getValue(),
                priority.getValue(), announcement.getValue(), voiceOn.getValue(), chosen, true);
    }

    void save() {
        try {
            show(queue.save(calls.current(), wanted()));
            Notices.success(Texts.t("queue.saved"));
        } catch (InvalidInputException ex) {
            Notices.show(ex, Map.of("ticketHours", ticketUntil, "maxTicketsPerDay", maxPerDay, "announcement", announcement));
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.queue");
    }
}
