package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import vn.motcua.ui.views.Texts;

/** A dialog that asks what one action needs and fires a {@link RequestEvent}; it closes when the request is done. */
abstract class ActionForm extends Dialog {
    ActionForm(String heading) {
        setHeaderTitle(heading);
        setWidth("40em");
    }

    /** Adds "Hủy" and a primary confirm button that submits {@link #request()} (null: stay open). */
    final void footer(String confirmId, String confirmText) {
        Button confirm = new Button(confirmText, e -> submit());
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(Texts.t("common.cancel"), e -> close()), confirm);
    }

    /** The request the fields describe, or null when something the person must fix was already reported. */
    abstract DossierRequest request();

    final void submit() {
        DossierRequest request = request();
        if (request != null) {
            fireEvent(new RequestEvent(this, request, this::close));
        }
    }

    final Registration addRequestListener(ComponentEventListener<RequestEvent> listener) {
        return addListener(RequestEvent.class, listener);
    }
}
