package vn.motcua.ui.views.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.counter.Counter;
import vn.motcua.core.counter.Equipment;
import vn.motcua.core.counter.EquipmentForm;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.VietnameseDates;

import java.util.Map;

/** Add or edit one device; the location is a counter of the center or free text. Nothing saved until valid. */
class EquipmentDialog extends Dialog {
    final ComboBox<EquipmentKind> kind = new ComboBox<>(Texts.t("equipment.field.kind"));
    final TextField model = new TextField(Texts.t("equipment.field.model"));
    final TextField serial = new TextField(Texts.t("equipment.field.serial"));
    final ComboBox<Counter> counter = new ComboBox<>(Texts.t("equipment.field.counter"));
    final TextField location = new TextField(Texts.t("equipment.field.locationText"));
    final ComboBox<EquipmentStatus> status = new ComboBox<>(Texts.t("equipment.field.status"));
    final DatePicker purchasedOn = VietnameseDates.of(new DatePicker(Texts.t("equipment.field.purchasedOn")));
    final DatePicker warrantyUntil = VietnameseDates.of(new DatePicker(Texts.t("equipment.field.warrantyUntil")));
    final TextArea notes = new TextArea(Texts.t("equipment.field.notes"));
    final Button save = new Button(Texts.t("common.save"));

    EquipmentDialog(EquipmentService equipment, CallContexts calls, Map<Long, Counter> counters, Equipment existing,
                    Runnable onSaved) {
        setHeaderTitle(existing == null ? Texts.t("equipment.add") : Texts.t("equipment.editTitle"));
        setWidth("min(48em, 95vw)");
        kind.setId("equipment-kind");
        kind.setItems(EquipmentKind.values());
        kind.setItemLabelGenerator(EquipmentKind::label);
        model.setId("equipment-model");
        model.setMaxLength(120);
        serial.setId("equipment-serial");
        serial.setMaxLength(80);
        counter.setId("equipment-counter");
        counter.setItems(counters.values());
        counter.setItemLabelGenerator(c -> Texts.t("equipment.atCounter", c.number(), c.name()));
        counter.setClearButtonVisible(true);
        counter.setHelperText(Texts.t("equipment.counterHelp"));
        location.setId("equipment-location");
        location.setMaxLength(200);
        status.setId("equipment-status");
        status.setItems(EquipmentStatus.values());
        status.setItemLabelGenerator(EquipmentStatus::label);
        status.setValue(EquipmentStatus.WORKING);
        purchasedOn.setId("equipment-purchased");
        warrantyUntil.setId("equipment-warranty");
        notes.setId("equipment-notes");
        notes.setMaxLength(1000);
        counter.addValueChangeListener(e -> location.setEnabled(e.getValue() == null));
        if (existing != null) {
            kind.setValue(existing.kind());
            model.setValue(existing.model() == null ? "" : existing.model());
            serial.setValue(existing.serial() == null ? "" : existing.serial());
            counter.setValue(existing.counterId() == null ? null : counters.get(existing.counterId()));
            location.setValue(existing.location() == null ? "" : existing.location());
            status.setValue(existing.status());
            purchasedOn.setValue(existing.purchasedOn());
            warrantyUntil.setValue(existing.warrantyUntil());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        }
        FormLayout form = new FormLayout(kind, status, model, serial, counter, location, purchasedOn, warrantyUntil, notes);
        form.setColspan(notes, 2);
        add(form);
        save.setId("equipment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            EquipmentForm wanted = new EquipmentForm(kind.getValue(), model.getValue(), serial.getValue(),
                    counter.getValue() == null ? location.getValue() : null,
                    counter.getValue() == null ? null : counter.getValue().id(), status.getValue(), purchasedOn.getValue(),
                    warrantyUntil.getValue(), notes.getValue());
            try {
                if (existing == null) {
                    equipment.add(calls.current(), wanted);
                } else {
                    equipment.update(calls.current(), existing.id(), wanted);
                }
                Notices.success(Texts.t("equipment.saved"));
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notices.show(ex, Map.of("kind", kind, "model", model, "serial", serial, "counterId", counter,
                        "location", location, "status", status, "purchasedOn", purchasedOn, "warrantyUntil", warrantyUntil,
                        "notes", notes));
            }
        });
        Button cancel = new Button(Texts.t("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
