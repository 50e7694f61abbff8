package vn.motcua.ui.views;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import java.util.List;

/** Date pickers in Vietnamese: dd/MM/yyyy, Vietnamese month and day names, the week from Monday. */
public final class VietnameseDates {
    private VietnameseDates() {
    }

    public static DatePicker.DatePickerI18n i18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(List.of(Texts.t("calendar.month.1"), Texts.t("calendar.month.2"), Texts.t("calendar.month.3"),
                Texts.t("calendar.month.4"), Texts.t("calendar.month.5"), Texts.t("calendar.month.6"), Texts.t("calendar.month.7"),
                Texts.t("calendar.month.8"), Texts.t("calendar.month.9"), Texts.t("calendar.month.10"),
                Texts.t("calendar.month.11"), Texts.t("calendar.month.12")));
        i18n.setWeekdays(List.of(Texts.t("calendar.weekday.sunday"), Texts.t("calendar.weekday.monday"),
                Texts.t("calendar.weekday.tuesday"), Texts.t("calendar.weekday.wednesday"), Texts.t("calendar.weekday.thursday"),
                Texts.t("calendar.weekday.friday"), Texts.t("calendar.weekday.saturday")));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(Texts.t("calendar.entry.today"));
        i18n.setCancel(Texts.t("common.cancel"));
        return i18n;
    }

    public static DatePicker of(DatePicker picker) {
        picker.setI18n(i18n());
        picker.setLocale(vn.motcua.core.validation.Messages.VI);
        return picker;
    }

    public static DateTimePicker of(DateTimePicker picker) {
        picker.setDatePickerI18n(i18n());
        picker.setLocale(vn.motcua.core.validation.Messages.VI);
        return picker;
    }
}
