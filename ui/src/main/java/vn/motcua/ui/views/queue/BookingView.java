package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.ProcedureChoice;
import vn.motcua.core.queue.Appointment;
import vn.motcua.core.queue.AppointmentService;
import vn.motcua.core.queue.PublicCenter;
import vn.motcua.core.queue.Slot;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.VietnameseDates;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Đặt lịch hẹn, without login: the center, the procedure, the day and a free slot; the booking code is shown (the kiosk
 * turns it into a ticket on arrival). A slot in the past or a full one is refused and nothing is booked.
 */
@Route("dat-lich")
@PublicPage
@Prototype
public class BookingView extends VerticalLayout implements HasDynamicTitle {
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(BusinessTime.ZONE);

    final Select<PublicCenter> center = new Select<>();
    final ComboBox<ProcedureChoice> procedure = new ComboBox<>(Texts.t("booking.procedure"));
    final DatePicker day = VietnameseDates.of(new DatePicker(Texts.t("booking.day")));
    final Select<Slot> slot = new Select<>();
    final Button book = new Button(Texts.t("booking.book"));
    final Paragraph result = new Paragraph();
    private final AppointmentService appointments;
    private final BusinessTime time;

    public BookingView(AppointmentService appointments, BusinessTime time) {
        this.appointments = appointments;
        this.time = time;
        setMaxWidth("50em");
        center.setLabel(Texts.t("booking.center"));
        center.setId("booking-center");
        center.setItems(appointments.centers());
        center.setItemLabelGenerator(PublicCenter::name);
        center.setWidthFull();
        procedure.setId("booking-procedure");
        procedure.setItemLabelGenerator(ProcedureChoice::name);
        procedure.setWidthFull();
        day.setId("booking-day");
        day.setMin(time.today());
        day.setMax(time.today().plusDays(AppointmentService.DAYS_AHEAD));
        slot.setLabel(Texts.t("booking.slot"));
        slot.setId("booking-slot");
        slot.setItemLabelGenerator(s -> s == null ? "" : s.full() ? Texts.t("booking.slotFull", HOUR.format(s.start()))
                : Texts.t("booking.slotFree", HOUR.format(s.start()), s.capacity() - s.booked()));
        slot.setItemEnabledProvider(s -> s != null && !s.full());
        book.setId("booking-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        result.setId("booking-result");
        center.addValueChangeListener(e -> {
            procedure.setItems(e.getValue() == null ? List.of() : appointments.procedures(TenantId.of(e.getValue().tenantId())));
            slots();
        });
        procedure.addValueChangeListener(e -> slots());
        day.addValueChangeListener(e -> slots());
        book.addClickListener(e -> book());
        add(new H1(Texts.t("booking.heading")), new Paragraph(Texts.t("booking.explain")), center, procedure, day, slot, book, result);
    }

    void slots() {
        if (center.getValue() == null || procedure.getValue() == null || day.getValue() == null) {
            slot.setItems(List.of());
            return;
        }
        slot.setItems(appointments.slots(TenantId.of(center.getValue().tenantId()), procedure.getValue().id(), day.getValue(),
                time.now()));
    }

    void book() {
        if (center.getValue() == null || procedure.getValue() == null || slot.getValue() == null) {
            result.setText(Texts.t("booking.incomplete"));
            return;
        }
        try {
            Appointment a = appointments.book(TenantId.of(center.getValue().tenantId()), procedure.getValue().id(),
                    slot.getValue().start(), time.now());
            result.setText(Texts.t("booking.done", a.code(), a.centerName(), a.procedureName(), BusinessTime.format(a.slotStart())));
            slots();
        } catch (InvalidInputException e) {
            result.setText(e.vietnamese());
            slots();
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("booking.heading");
    }
}
