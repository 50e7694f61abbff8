package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import vn.motcua.core.counter.ProcedureChoice;
import vn.motcua.core.queue.AppointmentService;
import vn.motcua.core.queue.KioskProcedures;
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
 * Máy lấy số: touch-sized buttons, one per field the center's counters serve and one per common procedure (the
 * director's choice, by default the center's most received: {@link KioskProcedures}); a priority choice; a booking
 * code. A procedure's ticket records it, so the clerk's intake opens with it chosen. The choices and the ticket sit
 * side by side on a landscape screen (1366×768) and one above the other on a portrait kiosk. The ticket shows its number, counter group, those ahead, the estimated wait and a QR code to follow it on a phone, and
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
    final Div procedures = new Div();
    final H2 proceduresTitle = new H2(Texts.t("ticketKiosk.procedures"));
    final Checkbox priority = new Checkbox(Texts.t("ticketKiosk.priority"));
    final Select<PriorityGroup> group = new Select<>();
    final TextField booking = new TextField(Texts.t("ticketKiosk.booking"));
    final Button checkIn = new Button(Texts.t("ticketKiosk.checkIn"));
    final Paragraph message = new Paragraph();
    final Div ticket = new Div();
    private final TicketService tickets;
    private final AppointmentService appointments;
    private final vn.motcua.core.counter.QueueSettingsService settings;
    private final KioskProcedures kioskProcedures;
    private DeviceSession device;

    public TicketKioskView(DeviceService devices, QueueSignals signals, BusinessTime time, TicketService tickets,
                           AppointmentService appointments, vn.motcua.core.counter.QueueSettingsService settings,
                           KioskProcedures kioskProcedures) {
        super(devices, signals, time, EquipmentKind.TICKET_KIOSK);
        this.tickets = tickets;
        this.appointments = appointments;
        this.settings = settings;
        this.kioskProcedures = kioskProcedures;
        setSizeFull();
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setId("kiosk-fields");
        procedures.setId("kiosk-procedures");
        procedures.setWidthFull();
        procedures.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(17em, 1fr))")
                .set("gap", "0.6em");
        proceduresTitle.setVisible(false);
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
                printed(appointments.checkIn(d, booking.getValue()), null);
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
        bookingRow.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout priorityRow = new HorizontalLayout(priority, group);
        priorityRow.getStyle().set("flex-wrap", "wrap");
        group.setMaxWidth("100%");
        H2 fieldsTitle = new H2(Texts.t("ticketKiosk.fields"));
        com.vaadin.flow.component.orderedlayout.VerticalLayout choices = new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                fieldsTitle, fields, proceduresTitle, procedures, priorityRow, bookingRow, message);
        choices.setPadding(false);
        choices.getStyle().set("flex", "1 1 36em").set("min-width", "0");
        ticket.getStyle().set("flex", "0 1 22em");
        FlexLayout columns = new FlexLayout(choices, ticket);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.setWidthFull();
        columns.getStyle().set("gap", "1.5em").set("align-items", "flex-start");
        H1 heading = new H1(Texts.t("ticketKiosk.heading"));
        heading.getStyle().set("font-size", "2em").set("margin", "0");
        add(heading, columns);
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
            b.getStyle().set("font-size", "1.6em").set("min-height", "3em").set("min-width", "10em").set("margin", "0.3em");
            fields.add(b);
        }
        for (ProcedureChoice p : kioskProcedures.offered(d)) {
            Button b = new Button(p.name(), e -> take(p));
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            b.setId("kiosk-procedure-" + (procedures.getComponentCount() + 1));
            // a procedure's name is long: it wraps inside a button at least a finger tall
            b.getStyle().set("font-size", "1.3em").set("min-height", "3.2em").set("height", "auto").set("white-space", "normal")
                    .set("padding", "0.4em 0.8em").set("margin", "0").set("width", "100%");
            procedures.add(b);
        }
        proceduresTitle.setVisible(procedures.getComponentCount() > 0);
    }

    @Override
    void heard(DeviceSession d, QueueSignals.Signal signal) {
        // the kiosk does not follow calls
    }

    void take(String field) {
        take(field, null);
    }

    void take(ProcedureChoice procedure) {
        take(null, procedure);
    }

    private void take(String field, ProcedureChoice procedure) {
        recheck().ifPresent(d -> {
            try {
                PriorityGroup chosen = priority.getValue() ? group.getValue() : null;
                if (priority.getValue() && chosen == null) {
                    say(Texts.t("ticketKiosk.chooseGroup"));
                    return;
                }
                printed(tickets.take(d, field, procedure == null ? null : procedure.id(), chosen),
                        procedure == null ? null : procedure.name());
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

    void printed(TakenTicket t, String procedureName) {
        message.setText("");
        ticket.removeAll();
        Span number = new Span(t.ticket().number());
        number.setId("kiosk-ticket-number");
        number.addClassName("ticket-number");
        number.getStyle().set("font-size", "4em").set("font-weight", "bold").set("line-height", "1.1");
        Paragraph center = new Paragraph(device.centerName());
        Paragraph field = new Paragraph(t.ticket().field());
        Paragraph counters = new Paragraph(Texts.t("ticketKiosk.counters",
                t.counters().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        Paragraph ahead = new Paragraph(Texts.t("ticketKiosk.ahead", t.waitingAhead(), t.estimatedMinutes()));
        ahead.setId("kiosk-ticket-ahead");
        Paragraph taken = new Paragraph(Texts.t("ticketKiosk.taken", BusinessTime.format(t.ticket().takenAt())));
        ticket.add(center, number, field);
        if (procedureName != null) {
            Paragraph procedure = new Paragraph(procedureName);
            procedure.setId("kiosk-ticket-procedure");
            ticket.add(procedure);
        }
        ticket.add(counters, ahead, taken);
        if (t.ticket().priority()) {
            Span mark = new Span(Texts.t("ticketKiosk.priorityMark", t.ticket().priorityGroup().label()));
            mark.setId("kiosk-ticket-priority");
            mark.getElement().getThemeList().add("badge error");
            ticket.add(mark);
        }
        String url = FollowTicketView.url(t.ticket().followToken());
        Div qr = new Div();
        qr.getElement().setProperty("innerHTML", TicketQr.svg(url));
        qr.setWidth("8em");
        qr.setHeight("8em");
        qr.getStyle().set("margin", "0 auto");
        ticket.add(qr, new Paragraph(Texts.t("ticketKiosk.follow")));
        Button print = new Button(Texts.t("ticketKiosk.print"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("kiosk-print");
        print.addThemeVariants(ButtonVariant.LUMO_LARGE);
        ticket.add(print);
        ticket.getStyle().set("border", "2px dashed var(--lumo-contrast-50pct)").set("padding", "1em").set("text-align", "center");
        // compact, so the whole ticket and its print button fit beside the choices at 1366×768
        ticket.getChildren().filter(Paragraph.class::isInstance).forEach(p -> ((Paragraph) p).getStyle().set("margin", "0.3em 0"));
        ticket.setVisible(true);
        // on a portrait kiosk the ticket is below the choices: bring it into view (no scroll when it is in view)
        ticket.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    @Override
    public String getPageTitle() {
        return Texts.t("ticketKiosk.heading");
    }
}
