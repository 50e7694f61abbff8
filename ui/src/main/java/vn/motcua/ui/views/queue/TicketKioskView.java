package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.queue.AppointmentService;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.DeviceSession;
import vn.motcua.core.queue.QueueSignals;
import vn.motcua.core.queue.TakenTicket;
import vn.motcua.core.queue.TicketService;
import vn.motcua.core.queue.TicketQr;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;

import java.util.stream.Collectors;

/**
 * Máy lấy số: touch-sized buttons, one per field the center's counters serve; a priority choice; a booking code. The
 * ticket shows its number, counter group, those ahead, the estimated wait and a QR code to follow it on a phone, and
 * prints on a 58/80 mm receipt printer from the browser (print styles: only the ticket, at the roll's width).
 */
@Route("thiet-bi/lay-so")
@PublicPage
@Prototype
public class TicketKioskView extends DevicePage {
    /** Print the ticket alone, on the roll's width; the screen keeps the touch layout. */
    static final String PRINT_CSS = "@media print { @page { size: 80mm auto; margin: 2mm; } body * { visibility: hidden; } "
            + "#kiosk-ticket, #kiosk-ticket * { visibility: visible; } #kiosk-ticket { position: absolute; left: 0; top: 0; "
            + "width: 76mm; font-size: 10pt; } #kiosk-ticket .ticket-number { font-size: 28pt; } "
            + "#kiosk-ticket svg { width: 30mm; height: 30mm; } #kiosk-ticket button { display: none; } } "
            + "@media print and (max-width: 60mm) { @page { size: 58mm auto; } #kiosk-ticket { width: 54mm; } }";

    final FlexLayout fields = new FlexLayout();
    final Checkbox priority = new Checkbox(Texts.t("ticketKiosk.priority"));
    final Select<PriorityGroup> group = new Select<>();
    final TextField booking = new TextField(Texts.t("ticketKiosk.booking"));
    final Button checkIn = new Button(Texts.t("ticketKiosk.checkIn"));
    final Paragraph message = new Paragraph();
    final Div ticket = new Div();
    private final TicketService tickets;
    private final AppointmentService appointments;
    private final vn.motcua.core.counter.QueueSettingsService settings;
    private DeviceSession device;

    public TicketKioskView(DeviceService devices, QueueSignals signals, BusinessTime time, TicketService tickets,
                           AppointmentService appointments, vn.motcua.core.counter.QueueSettingsService settings) {
        super(devices, signals, time, EquipmentKind.TICKET_KIOSK);
        this.tickets = tickets;
        this.appointments = appointments;
        this.settings = settings;
        setSizeFull();
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setId("kiosk-fields");
        priority.setId("kiosk-priority");
        priority.getStyle().set("font-size", "1.6em");
        group.setId("kiosk-priority-group");
        group.setItemLabelGenerator(PriorityGroup::label);
        group.setVisible(false);
        group.setWidth("30em");
        priority.addValueChangeListener(e -> group.setVisible(e.getValue()));
        booking.setId("kiosk-booking");
        booking.setWidth("22em");
        checkIn.setId("kiosk-check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_LARGE);
        checkIn.addClickListener(e -> recheck().ifPresent(d -> {
            try {
                printed(appointments.checkIn(d, booking.getValue()));
                booking.clear();
            } catch (InvalidInputException ex) {
                say(ex.vietnamese());
            }
        }));
        message.setId("kiosk-message");
        message.getStyle().set("font-size", "1.6em").set("color", "var(--lumo-error-text-color)");
        ticket.setId("kiosk-ticket");
        ticket.setVisible(false);
        HorizontalLayout bookingRow = new HorizontalLayout(booking, checkIn);
        bookingRow.setAlignItems(Alignment.BASELINE);
        add(new H1(Texts.t("ticketKiosk.heading")), fields, new HorizontalLayout(priority, group), bookingRow, message, ticket);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs("if (!document.getElementById('motcua-ticket-print')) { const s = document.createElement('style');"
                + " s.id = 'motcua-ticket-print'; s.textContent = $0; document.head.appendChild(s); }", PRINT_CSS);
    }

    @Override
    boolean wantsPush() {
        return false;
    }

    @Override
    void show(DeviceSession d) {
        device = d;
        // outside ticket hours or with the day's tickets all given, the kiosk says so before anyone presses a button
        tickets.closedNow(d).ifPresentOrElse(message::setText, () -> {
            if (!ticket.isVisible()) {
                message.setText("");
            }
        });
        if (fields.getComponentCount() > 0) {
            return;
        }
        group.setItems(settings.current(d.tenant()).priorityGroups());
        for (String field : tickets.kioskFields(d)) {
            Button b = new Button(field, e -> take(field));
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            b.setId("kiosk-field-" + (fields.getComponentCount() + 1));
            b.getStyle().set("font-size", "1.8em").set("min-height", "3.5em").set("min-width", "12em").set("margin", "0.4em");
            fields.add(b);
        }
    }

    @Override
    void heard(DeviceSession d, QueueSignals.Signal signal) {
        // the kiosk does not follow calls
    }

    void take(String field) {
        recheck().ifPresent(d -> {
            try {
                PriorityGroup chosen = priority.getValue() ? group.getValue() : null;
                if (priority.getValue() && chosen == null) {
                    say(Texts.t("ticketKiosk.chooseGroup"));
                    return;
                }
                printed(tickets.take(d, field, null, chosen));
                priority.setValue(false);
            } catch (InvalidInputException e) {
                say(e.vietnamese());
            }
        });
    }

    void say(String text) {
        message.setText(text);
        ticket.setVisible(false);
    }

    void printed(TakenTicket t) {
        message.setText("");
        ticket.removeAll();
        Span number = new Span(t.ticket().number());
        number.setId("kiosk-ticket-number");
        number.addClassName("ticket-number");
        number.getStyle().set("font-size", "5em").set("font-weight", "bold");
        Paragraph center = new Paragraph(device.centerName());
        Paragraph field = new Paragraph(t.ticket().field());
        Paragraph counters = new Paragraph(Texts.t("ticketKiosk.counters",
                t.counters().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        Paragraph ahead = new Paragraph(Texts.t("ticketKiosk.ahead", t.waitingAhead(), t.estimatedMinutes()));
        ahead.setId("kiosk-ticket-ahead");
        Paragraph taken = new Paragraph(Texts.t("ticketKiosk.taken", BusinessTime.format(t.ticket().takenAt())));
        ticket.add(center, number, field, counters, ahead, taken);
        if (t.ticket().priority()) {
            Span mark = new Span(Texts.t("ticketKiosk.priorityMark", t.ticket().priorityGroup().label()));
            mark.setId("kiosk-ticket-priority");
            mark.getElement().getThemeList().add("badge error");
            ticket.add(mark);
        }
        String url = FollowTicketView.url(t.ticket().followToken());
        Div qr = new Div();
        qr.getElement().setProperty("innerHTML", TicketQr.svg(url));
        qr.setWidth("10em");
        qr.setHeight("10em");
        ticket.add(qr, new Paragraph(Texts.t("ticketKiosk.follow")));
        Button print = new Button(Texts.t("ticketKiosk.print"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("kiosk-print");
        print.addThemeVariants(ButtonVariant.LUMO_LARGE);
        ticket.add(print);
        ticket.getStyle().set("border", "2px dashed var(--lumo-contrast-50pct)").set("padding", "1em").set("text-align", "center");
        ticket.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("ticketKiosk.heading");
    }
}
