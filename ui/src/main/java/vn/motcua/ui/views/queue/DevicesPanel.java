package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.DeviceView;
import vn.motcua.core.queue.PairingCode;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

/**
 * The center's paired devices on the equipment page: what each is, where, when it was paired and last seen, and a
 * button that revokes it (its next request is refused). {@link #pair} shows a new one-time code for an item.
 */
public class DevicesPanel extends VerticalLayout {
    final Grid<DeviceView> grid = new Grid<>();
    private final DeviceService devices;
    private final CallContexts calls;

    public DevicesPanel(DeviceService devices, CallContexts calls) {
        this.devices = devices;
        this.calls = calls;
        setPadding(false);
        grid.setId("devices-grid");
        grid.addColumn(d -> d.kind().label()).setHeader(Texts.t("devices.kind")).setAutoWidth(true);
        grid.addColumn(d -> String.join(" — ", java.util.stream.Stream.of(d.model(), d.location())
                .filter(java.util.Objects::nonNull).toList())).setHeader(Texts.t("devices.where")).setFlexGrow(1);
        grid.addColumn(d -> d.counterNumber() == null ? "" : Texts.t("devices.counter", d.counterNumber()))
                .setHeader(Texts.t("devices.counterHeader")).setAutoWidth(true);
        grid.addColumn(d -> BusinessTime.format(d.pairedAt())).setHeader(Texts.t("devices.pairedAt")).setAutoWidth(true);
        grid.addColumn(d -> BusinessTime.format(d.lastSeenAt())).setHeader(Texts.t("devices.lastSeen")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            if (!d.active()) {
                Span revoked = new Span(Texts.t("devices.revoked", BusinessTime.format(d.revokedAt())));
                revoked.getElement().getThemeList().add("badge contrast");
                return revoked;
            }
            Button revoke = new Button(Texts.t("devices.revoke"), VaadinIcon.BAN.create(), e -> {
                devices.revoke(calls.current(), d.id());
                Notices.success(Texts.t("devices.revokedNow"));
                refresh();
            });
            revoke.setId("device-revoke-" + d.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setHeader(Texts.t("devices.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(Texts.t("devices.heading")), new Paragraph(Texts.t("devices.explain")), grid);
        refresh();
    }

    public void refresh() {
        grid.setItems(devices.list(calls.current()));
    }

    /** Shows a fresh one-time pairing code for the equipment item, large, with its expiry. */
    public void pair(long equipmentId) {
        try {
            PairingCode code = devices.startPairing(calls.current(), equipmentId);
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(Texts.t("devices.pairTitle"));
            Span shown = new Span(code.code().substring(0, 4) + " " + code.code().substring(4));
            shown.setId("pairing-code");
            shown.getStyle().set("font-size", "3em").set("font-family", "monospace").set("letter-spacing", "0.15em");
            dialog.add(new VerticalLayout(new Paragraph(Texts.t("devices.pairHow")), shown,
                    new Paragraph(Texts.t("devices.pairUntil", BusinessTime.format(code.expiresAt())))));
            Button close = new Button(Texts.t("common.close"), e -> {
                dialog.close();
                refresh();
            });
            close.setId("pairing-close");
            dialog.getFooter().add(close);
            dialog.open();
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
        }
    }
}
