package vn.motcua.ui.views.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.counter.CenterChoices;
import vn.motcua.core.counter.CounterForm;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.CounterView;
import vn.motcua.core.counter.ProcedureChoice;
import vn.motcua.core.counter.StaffChoice;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Add or edit one counter: number, name, fields and procedures served, staff per weekday. Nothing saved until valid. */
class CounterDialog extends Dialog {
    final IntegerField number = new IntegerField(Texts.t("counter.field.number"));
    final TextField name = new TextField(Texts.t("counter.field.name"));
    final MultiSelectComboBox<String> fields = new MultiSelectComboBox<>(Texts.t("counter.field.fields"));
    final MultiSelectComboBox<ProcedureChoice> procedures = new MultiSelectComboBox<>(Texts.t("counter.field.procedures"));
    final Map<DayOfWeek, MultiSelectComboBox<StaffChoice>> staff = new EnumMap<>(DayOfWeek.class);
    final Button save = new Button(Texts.t("common.save"));

    CounterDialog(CounterService counters, CallContexts calls, CounterView existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? Texts.t("counter.add") : Texts.t("counter.editTitle", existing.number()));
        setWidth("min(60em, 95vw)");
        CenterChoices choices = counters.choices(calls.current());
        number.setId("counter-number");
        number.setMin(1);
        number.setMax(999);
        number.setStepButtonsVisible(true);
        name.setId("counter-name");
        name.setMaxLength(CounterService.NAME_MAX);
        fields.setId("counter-fields");
        fields.setItems(choices.fields());
        fields.setHelperText(Texts.t("counter.fieldsHelp"));
        procedures.setId("counter-procedures");
        procedures.setItems(choices.procedures());
        procedures.setItemLabelGenerator(p -> p.nationalCode() + " — " + p.name());
        procedures.setHelperText(Texts.t("counter.proceduresHelp"));
        FormLayout form = new FormLayout(number, name, fields, procedures);
        form.setColspan(fields, 2);
        form.setColspan(procedures, 2);
        FormLayout week = new FormLayout();
        for (DayOfWeek day : CountersView.WEEK) {
            MultiSelectComboBox<StaffChoice> box = new MultiSelectComboBox<>(CountersView.dayLong(day));
            box.setId("counter-staff-" + day.getValue());
            box.setItems(choices.staff());
            box.setItemLabelGenerator(StaffChoice::fullName);
            staff.put(day, box);
            week.add(box);
        }
        if (existing != null) {
            number.setValue(existing.number());
            name.setValue(existing.name());
            fields.setValue(new LinkedHashSet<>(existing.fields()));
            procedures.setValue(new LinkedHashSet<>(existing.procedures()));
            existing.staff().forEach((day, people) -> staff.get(day).setValue(new LinkedHashSet<>(people)));
        } else {
            number.setValue(1 + counters.list(calls.current()).stream().mapToInt(CounterView::number).max().orElse(0));
        }
        add(form, new H4(Texts.t("counter.staffHeading")), week);
        save.setId("counter-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<DayOfWeek, Set<Long>> shifts = new EnumMap<>(DayOfWeek.class);
            staff.forEach((day, box) -> {
                if (!box.getValue().isEmpty()) {
                    shifts.put(day, box.getValue().stream().map(StaffChoice::id).collect(Collectors.toCollection(LinkedHashSet::new)));
                }
            });
            CounterForm wanted = new CounterForm(number.getValue(), name.getValue(), fields.getValue().stream().sorted().toList(),
                    procedures.getValue().stream().map(ProcedureChoice::id).toList(), shifts);
            try {
                if (existing == null) {
                    counters.create(calls.current(), wanted);
                } else {
                    counters.update(calls.current(), existing.id(), wanted);
                }
                Notices.success(Texts.t("counter.saved", number.getValue()));
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notices.show(ex, Map.of("number", number, "name", name, "fields", fields, "procedures", procedures,
                        "staff", staff.get(DayOfWeek.MONDAY)));
            }
        });
        Button cancel = new Button(Texts.t("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
