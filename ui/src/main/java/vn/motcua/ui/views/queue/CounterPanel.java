package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.CounterView;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketService;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.clerk.IntakeView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Bàn gọi số, on the clerk's home: the counter the clerk sits at (remembered for the session), the ticket it called,
 * and the actions — call next, recall, skip (no-show), transfer to another counter or field with a note, serve (opens
 * intake with the ticket linked), finish. Every action goes through {@link TicketService}, which refuses a ticket
 * another counter already took.
 */
public class CounterPanel extends VerticalLayout {
    static final String COUNTER_KEY = "motcua.counter";

    final ComboBox<CounterView> counter = new ComboBox<>(Texts.t("counterPanel.counter"));
    final Span current = new Span();
    final Button callNext = new Button(Texts.t("counterPanel.callNext"), VaadinIcon.BELL.create());
    final Button recall = new Button(Texts.t("counterPanel.recall"), VaadinIcon.REFRESH.create());
    final Button skip = new Button(Texts.t("counterPanel.skip"));
    final Button transfer = new Button(Texts.t("counterPanel.transfer"));
    final Button serve = new Button(Texts.t("counterPanel.serve"), VaadinIcon.FILE_ADD.create());
    final Button finish = new Button(Texts.t("counterPanel.finish"), VaadinIcon.CHECK.create());
    private final TicketService tickets;
    private final CallContexts calls;

    public CounterPanel(TicketService tickets, CounterService counters, CallContexts calls) {
        this.tickets = tickets;
        this.calls = calls;
        setId("counter-panel");
        setPadding(false);
        List<CounterView> list = counters.list(calls.current());
        counter.setId("counter-panel-counter");
        counter.setItems(list);
        counter.setItemLabelGenerator(c -> Texts.t("counterPanel.counterLabel", c.number(), c.name()));
        Long remembered = (Long) VaadinSession.getCurrent().getAttribute(COUNTER_KEY);
        list.stream().filter(c -> remembered != null && c.id() == remembered).findFirst().ifPresent(counter::setValue);
        counter.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(COUNTER_KEY, e.getValue() == null ? null : e.getValue().id());
            refresh();
        });
        current.setId("counter-panel-current");
        current.getStyle().set("font-size", "1.15em").set("font-weight", "600");
        callNext.setId("counter-call-next");
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recall.setId("counter-recall");
        skip.setId("counter-skip");
        transfer.setId("counter-transfer");
        serve.setId("counter-serve");
        serve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        finish.setId("counter-finish");
        callNext.addClickListener(e -> act(() -> tickets.callNext(ctx(), counterId())));
        recall.addClickListener(e -> act(() -> tickets.recall(ctx(), counterId())));
        skip.addClickListener(e -> act(() -> tickets.skip(ctx(), counterId())));
        finish.addClickListener(e -> act(() -> tickets.finish(ctx(), counterId())));
        serve.addClickListener(e -> serve());
        transfer.addClickListener(e -> transferDialog(list));
        // one row above the inbox, so the inbox keeps its place at 1366x768; a center without counters shows none of it
        for (Button b : List.of(callNext, recall, skip, transfer, serve, finish)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        counter.setWidth("14em");
        HorizontalLayout row = new HorizontalLayout(counter, callNext, recall, skip, transfer, serve, finish, current);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        add(row);
        setVisible(!list.isEmpty());
        refresh();
    }

    private CallContext ctx() {
        return calls.current();
    }

    private long counterId() {
        return counter.getValue().id();
    }

    void act(Supplier<Ticket> action) {
        if (counter.getValue() == null) {
            Notices.error(Texts.t("counterPanel.chooseCounter"));
            return;
        }
        try {
            action.get();
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
        }
        refresh();
    }

    void serve() {
        if (counter.getValue() == null) {
            Notices.error(Texts.t("counterPanel.chooseCounter"));
            return;
        }
        try {
            Optional<Ticket> now = tickets.current(ctx(), counterId());
            Ticket t = now.isPresent() && now.get().status() == TicketStatus.SERVING ? now.get() : tickets.serve(ctx(), counterId());
            getUI().ifPresent(ui -> ui.navigate(IntakeView.class, new QueryParameters(Map.of(IntakeView.TICKET_PARAMETER,
                    List.of(String.valueOf(t.id()))))));
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
            refresh();
        }
    }

    void transferDialog(List<CounterView> all) {
        if (counter.getValue() == null) {
            Notices.error(Texts.t("counterPanel.chooseCounter"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("counterPanel.transferTitle"));
        Select<CounterView> toCounter = new Select<>();
        toCounter.setLabel(Texts.t("counterPanel.toCounter"));
        toCounter.setId("transfer-counter");
        toCounter.setItems(all.stream().filter(c -> c.id() != counterId()).toList());
        toCounter.setItemLabelGenerator(c -> c == null ? "" : Texts.t("counterPanel.counterLabel", c.number(), c.name()));
        toCounter.setEmptySelectionAllowed(true);
        Select<String> toField = new Select<>();
        toField.setLabel(Texts.t("counterPanel.toField"));
        toField.setId("transfer-field");
        toField.setItems(all.stream().flatMap(c -> c.fields().stream()).distinct().sorted().toList());
        toField.setEmptySelectionAllowed(true);
        TextArea note = new TextArea(Texts.t("counterPanel.note"));
        note.setId("transfer-note");
        note.setMaxLength(TicketService.NOTE_MAX);
        note.setWidthFull();
        Button send = new Button(Texts.t("counterPanel.transferSend"), e -> {
            try {
                tickets.transfer(ctx(), counterId(), toCounter.getValue() == null ? null : toCounter.getValue().id(),
                        toField.getValue(), note.getValue());
                dialog.close();
                Notices.success(Texts.t("counterPanel.transferred"));
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
            refresh();
        });
        send.setId("transfer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(toCounter, toField, note));
        dialog.getFooter().add(new Button(Texts.t("common.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    void refresh() {
        Optional<Ticket> t = counter.getValue() == null ? Optional.empty() : tickets.current(ctx(), counterId());
        current.setText(t.map(x -> Texts.t("counterPanel.current", x.number(), x.field(), x.status().label())
                + (x.transferNote() == null ? "" : " — " + x.transferNote())).orElse(Texts.t("counterPanel.none")));
        boolean has = t.isPresent();
        callNext.setEnabled(!has);
        recall.setEnabled(has);
        skip.setEnabled(has && t.get().status() == TicketStatus.CALLED);
        transfer.setEnabled(has);
        serve.setEnabled(has);
        finish.setEnabled(has);
    }
}
