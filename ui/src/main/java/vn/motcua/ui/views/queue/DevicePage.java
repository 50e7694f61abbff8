package vn.motcua.ui.views.queue;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.queue.DeviceService;
import vn.motcua.core.queue.DeviceSession;
import vn.motcua.core.queue.QueueSignals;

import java.util.Optional;

/**
 * A page of a paired device (kiosk, board, counter tablet). The browser's device cookie is checked when the page
 * opens, at every poll (every {@link #POLL_MS} ms) and before every push: a revoked or unknown device is sent back to
 * the pairing page at once. The page listens to its own center's queue only (the center comes from the checked
 * credential, never from the request).
 */
abstract class DevicePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final int POLL_MS = 5000;

    private final DeviceService devices;
    private final QueueSignals signals;
    private final BusinessTime time;
    private final EquipmentKind kind;
    private String credential;
    private DeviceSession session;
    private QueueSignals.Registration subscription;

    DevicePage(DeviceService devices, QueueSignals signals, BusinessTime time, EquipmentKind kind) {
        this.devices = devices;
        this.signals = signals;
        this.time = time;
        this.kind = kind;
        addClassName("motcua-device");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!open(DeviceCookie.read().orElse(null))) {
            event.forwardTo(DevicePairView.class);
        }
    }

    /** Opens the page for the device holding {@code deviceCredential}; false when it is not a device of this kind. */
    boolean open(String deviceCredential) {
        credential = deviceCredential;
        Optional<DeviceSession> found = devices.authenticate(credential, time.now()).filter(s -> s.kind() == kind);
        if (found.isEmpty()) {
            return false;
        }
        session = found.get();
        show(session);
        return true;
    }

    /** The device, checked again now; empty (and the page sent to pairing) once it was revoked. */
    Optional<DeviceSession> recheck() {
        Optional<DeviceSession> now = devices.authenticate(credential, time.now()).filter(s -> s.kind() == kind);
        if (now.isEmpty()) {
            session = null;
            if (subscription != null) {
                subscription.close();
                subscription = null;
            }
            getUI().ifPresent(ui -> {
                ui.setPollInterval(-1);
                ui.navigate(DevicePairView.class);
            });
        } else {
            session = now.get();
        }
        return now;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (session == null) {
            return;
        }
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MS);
        ui.addPollListener(e -> recheck().ifPresent(this::show));
        if (wantsPush()) {
            ui.getPushConfiguration().setTransport(com.vaadin.flow.shared.ui.Transport.LONG_POLLING);
            ui.getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.AUTOMATIC);
        }
        subscription = signals.subscribe(session.tenant(), signal -> ui.access(() -> recheck().ifPresent(s -> heard(s, signal))));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Whether the page follows the queue live (board, tablet) rather than at its polls only. */
    boolean wantsPush() {
        return true;
    }

    /** Draws the page for the device. */
    abstract void show(DeviceSession device);

    /** A change of the center's queue; by default the page is drawn again. */
    void heard(DeviceSession device, QueueSignals.Signal signal) {
        show(device);
    }
}
