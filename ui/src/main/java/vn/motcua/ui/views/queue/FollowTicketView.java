package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.queue.FollowView;
import vn.motcua.core.queue.QueueBoard;
import vn.motcua.core.queue.QueueSignals;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;

import java.util.Optional;

/**
 * Theo dõi số thứ tự on the citizen's phone (the ticket's QR code): the number, its state, those ahead and the wait,
 * updated live. Reached only by the ticket's random token; it shows no personal data.
 */
@Route("theo-doi-so")
@PublicPage
@Prototype
public class FollowTicketView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    final H1 number = new H1();
    final Paragraph state = new Paragraph();
    final Paragraph center = new Paragraph();
    private final QueueBoard board;
    private final QueueSignals signals;
    private final BusinessTime time;
    private String token;
    private QueueSignals.Registration subscription;

    public FollowTicketView(QueueBoard board, QueueSignals signals, BusinessTime time) {
        this.board = board;
        this.signals = signals;
        this.time = time;
        number.setId("follow-number");
        number.getStyle().set("font-size", "4em");
        state.setId("follow-state");
        state.getStyle().set("font-size", "1.5em");
        add(center, number, state);
    }

    /** The follow page's address for a ticket's token, on the public address of MotCua. */
    static String url(String followToken) {
        String configured = System.getenv("MOTCUA_PUBLIC_URL");
        String base = configured;
        if (base == null || base.isBlank()) {
            VaadinRequest r = VaadinRequest.getCurrent();
            base = r instanceof com.vaadin.flow.server.VaadinServletRequest s
                    ? s.getScheme() + "://" + s.getServerName() + ":" + s.getServerPort() : "http://localhost:8080";
        }
        return base.replaceAll("/+$", "") + "/theo-doi-so/" + followToken;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        refresh();
    }

    void refresh() {
        Optional<FollowView> view = board.follow(token, time.now());
        if (view.isEmpty()) {
            number.setText("");
            center.setText("");
            state.setText(Texts.t("follow.unknown"));
            return;
        }
        FollowView v = view.get();
        center.setText(v.centerName() + " — " + v.field());
        number.setText(v.number());
        state.setText(switch (v.status()) {
            case WAITING -> Texts.t("follow.waiting", v.waitingAhead(), v.estimatedMinutes());
            case CALLED, SERVING -> Texts.t("follow.called", v.counter());
            default -> v.status() == TicketStatus.DONE ? Texts.t("follow.done") : Texts.t("follow.noShow");
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPushConfiguration().setTransport(com.vaadin.flow.shared.ui.Transport.LONG_POLLING);
        ui.getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.AUTOMATIC);
        String[] parts = token == null ? new String[0] : token.split("\\.", 2);
        try {
            if (parts.length == 2 && board.follow(token, time.now()).isPresent()) {
                subscription = signals.subscribe(TenantId.of(Long.parseLong(parts[0])), s -> ui.access(this::refresh));
            }
        } catch (RuntimeException ignored) {
            // a malformed token follows nothing
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("follow.title");
    }
}
