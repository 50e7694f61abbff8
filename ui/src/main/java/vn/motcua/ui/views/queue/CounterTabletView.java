package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.DeviceSession;
import vn.motcua.core.queue.QueueBoard;
import vn.motcua.core.queue.QueueSignals;
import vn.motcua.core.queue.TabletView;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;

/**
 * Máy tính bảng tại quầy: the counter and the clerk on duty; when the clerk finishes serving, the citizen is asked to
 * rate (the four levels of the rating page, a reason for "not satisfied") for 30 seconds, then the tablet returns.
 * The rating is linked to the clerk, the ticket and its dossier.
 */
@Route("thiet-bi/quay")
@PublicPage
@Prototype
public class CounterTabletView extends DevicePage {
    final H1 counter = new H1();
    final H2 clerk = new H2();
    final Paragraph serving = new Paragraph();
    final VerticalLayout rating = new VerticalLayout();
    final FlexLayout levels = new FlexLayout();
    final TextArea reason = new TextArea(Texts.t("tablet.reason"));
    final Paragraph thanks = new Paragraph();
    private final QueueBoard board;
    private Long toRate;

    public CounterTabletView(DeviceService devices, QueueSignals signals, BusinessTime time, QueueBoard board) {
        super(devices, signals, time, EquipmentKind.RATING_TABLET);
        this.board = board;
        counter.setId("tablet-counter");
        clerk.setId("tablet-clerk");
        serving.setId("tablet-serving");
        serving.getStyle().set("font-size", "2em");
        rating.setId("tablet-rating");
        reason.setId("tablet-reason");
        reason.setWidth("40em");
        reason.setMaxLength(QueueBoard.REASON_MAX);
        reason.setVisible(false);
        thanks.setId("tablet-thanks");
        thanks.getStyle().set("font-size", "1.6em");
        for (DossierRating.Level level : DossierRating.Level.values()) {
            Button b = new Button(level.label(), e -> rate(level));
            b.setId("tablet-level-" + level.name().toLowerCase(java.util.Locale.ROOT));
            b.addThemeVariants(ButtonVariant.LUMO_LARGE,
                    level == DossierRating.Level.NOT_SATISFIED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            b.getStyle().set("font-size", "1.6em").set("min-height", "3em").set("margin", "0.4em");
            levels.add(b);
        }
        levels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        rating.add(new H2(Texts.t("tablet.question")), levels, reason);
        rating.setVisible(false);
        add(counter, clerk, serving, rating, thanks);
    }

    @Override
    void show(DeviceSession device) {
        TabletView view = board.tablet(device);
        counter.setText(Texts.t("tablet.counter", view.counterNumber(), view.counterName()));
        clerk.setText(view.clerkName() == null ? "" : Texts.t("tablet.clerk", view.clerkName()));
        serving.setText(view.currentNumber() == null ? "" : Texts.t("tablet.serving", view.currentNumber()));
        if (view.toRateTicketId() == null || !view.toRateTicketId().equals(toRate)) {
            reason.clear();
            reason.setVisible(false);
        }
        toRate = view.toRateTicketId();
        rating.setVisible(toRate != null);
        if (toRate != null) {
            thanks.setText("");
        }
    }

    void rate(DossierRating.Level level) {
        recheck().ifPresent(d -> {
            if (toRate == null) {
                return;
            }
            if (level == DossierRating.Level.NOT_SATISFIED && reason.getValue().isBlank()) {
                reason.setVisible(true);
                reason.focus();
                thanks.setText(Texts.t("tablet.reasonPlease"));
                return;
            }
            try {
                board.rate(d, toRate, level, reason.getValue());
                thanks.setText(Texts.t("tablet.thanks"));
                toRate = null;
                rating.setVisible(false);
            } catch (InvalidInputException e) {
                thanks.setText(e.vietnamese());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return Texts.t("tablet.title");
    }
}
