package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.calendar.CalendarEntry;
import vn.motcua.core.calendar.CalendarException;
import vn.motcua.core.calendar.CalendarYear;
import vn.motcua.core.calendar.EntryKind;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.VietnameseDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Adds a day to the calendar, or replaces the entry already on that date. Nothing is saved until accepted. */
class CalendarEntryDialog extends Dialog {
    final DatePicker date = new DatePicker(Texts.t("calendar.date"));
    final ComboBox<EntryKind> kind = new ComboBox<>(Texts.t("calendar.kind"));
    final TextField name = new TextField(Texts.t("calendar.name"));
    final Button save = new Button(Texts.t("common.save"));

    CalendarEntryDialog(int year, Function<CalendarEntry, CalendarYear> saver, Runnable onSaved) {
        setHeaderTitle(Texts.t("calendar.entry.title", year));
        date.setId("calendar-entry-date");
        kind.setId("calendar-entry-kind");
        name.setId("calendar-entry-name");
        save.setId("calendar-entry-save");
        date.setI18n(VietnameseDates.i18n());
        date.setMin(LocalDate.of(year, 1, 1));
        date.setMax(LocalDate.of(year, 12, 31));
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        date.setRequired(true);
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(EntryKind::label);
        kind.setValue(EntryKind.HOLIDAY);
        kind.setRequired(true);
        name.setPlaceholder(Texts.t("calendar.entry.namePlaceholder"));
        name.setMaxLength(200);
        name.setRequired(true);
        name.setWidthFull();
        add(new FormLayout(date, kind, name));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("date", date, "kind", kind, "name", name);
            fields.values().forEach(f -> f.setInvalid(false));
            if (date.getValue() == null) {
                date.setErrorMessage(Messages.vi("required"));
                date.setInvalid(true);
                return;
            }
            if (kind.getValue() == null) {
                kind.setErrorMessage(Messages.vi("required"));
                kind.setInvalid(true);
                return;
            }
            CalendarEntry entry;
            try {
                entry = new CalendarEntry(date.getValue(), kind.getValue(), name.getValue());
            } catch (CalendarException ex) {
                name.setErrorMessage(Messages.vi("required"));
                name.setInvalid(true);
                return;
            }
            try {
                saver.apply(entry);
                Notices.success(Texts.t("calendar.entry.saved", WorkingCalendarView.DATE.format(entry.date())));
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notices.show(ex, fields);
            } catch (ConcurrentChangeException ex) {
                Notices.error(Messages.vi("concurrent.change"));
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button(Texts.t("common.cancel"), e -> close()), save);
    }
}
