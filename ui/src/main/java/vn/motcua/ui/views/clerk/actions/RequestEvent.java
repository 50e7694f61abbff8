package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * Fired by an action's form when the person confirms it (model: {@code ContactForm}'s events in Vaadin's CRM
 * tutorial). The listener carries it out and calls {@link #done()} when it succeeded, which closes the form.
 */
public class RequestEvent extends ComponentEvent<Component> {
    private final DossierRequest request;
    private final Runnable onDone;

    public RequestEvent(Component source, DossierRequest request, Runnable onDone) {
        super(source, false);
        this.request = request;
        this.onDone = onDone;
    }

    public DossierRequest request() {
        return request;
    }

    /** The request was carried out: the form closes. */
    public void done() {
        onDone.run();
    }
}
