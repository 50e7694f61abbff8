package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import vn.motcua.ui.views.Texts;

import java.util.function.Function;

/** Destructive endings (stop, withdrawal) ask first, and take the reason in the same step. */
final class EndingForm extends ActionForm {
    private final TextArea reason;
    private final Function<String, DossierRequest> toRequest;

    EndingForm(String heading, String label, String confirmText, Function<String, DossierRequest> toRequest) {
        super(heading);
        this.toRequest = toRequest;
        reason = new TextArea(label);
        reason.setId("confirm-reason");
        reason.setWidth("30em");
        add(new Paragraph(Texts.t("dossier.actions.ending.warning")), reason);
        Button confirm = new Button(confirmText, e -> submit());
        confirm.setId("ending-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(Texts.t("common.cancel"), e -> close()), confirm);
    }

    @Override
    DossierRequest request() {
        return toRequest.apply(reason.getValue());
    }
}
