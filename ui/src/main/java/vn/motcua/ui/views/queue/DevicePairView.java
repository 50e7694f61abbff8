package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.PairedDevice;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.catalog.KioskView;

/**
 * Ghép nối thiết bị: a kiosk's, board's or tablet's browser opens this page once and types the one-time code the
 * director shows; from then on the browser is that device (its credential in an HttpOnly cookie) and this page sends
 * it straight to its own page. No staff login is involved.
 */
@Route("thiet-bi")
@PublicPage
@Prototype
public class DevicePairView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final TextField code = new TextField(Texts.t("device.code"));
    final Button pair = new Button(Texts.t("device.pair"));
    final Paragraph error = new Paragraph();
    private final DeviceService devices;
    private final BusinessTime time;

    public DevicePairView(DeviceService devices, BusinessTime time) {
        this.devices = devices;
        this.time = time;
        setMaxWidth("40em");
        code.setId("device-code");
        code.setMaxLength(20);
        // the code reaches the server as it is typed: a tap on "Ghép nối" without leaving the field still sends it
        code.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        code.setWidthFull();
        code.getStyle().set("font-size", "2em");
        pair.setId("device-pair");
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        error.setId("device-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        pair.addClickListener(e -> pair());
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> pair());
        add(new H1(Texts.t("device.heading")), new Paragraph(Texts.t("device.explain")), code, pair, error);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DeviceCookie.read().flatMap(c -> devices.authenticate(c, time.now()))
                .ifPresent(d -> event.forwardTo(pageOf(d.kind())));
    }

    void pair() {
        try {
            PairedDevice paired = devices.pair(code.getValue(), time.now());
            DeviceCookie.write(paired.credential());
            error.setText("");
            // a fresh load of the device's page: its request carries the cookie just set (this one did not)
            getUI().ifPresent(ui -> ui.getPage().setLocation("/" + pageOf(paired.session().kind()).getAnnotation(Route.class).value()));
        } catch (InvalidInputException e) {
            error.setText(e.vietnamese());
        }
    }

    static Class<? extends Component> pageOf(EquipmentKind kind) {
        return switch (kind) {
            case TICKET_KIOSK -> TicketKioskView.class;
            case DISPLAY_BOARD -> QueueBoardView.class;
            case RATING_TABLET -> CounterTabletView.class;
            default -> KioskView.class;
        };
    }

    @Override
    public String getPageTitle() {
        return Texts.t("device.heading");
    }
}
