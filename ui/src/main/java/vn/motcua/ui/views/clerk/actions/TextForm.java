package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.textfield.TextArea;

import vn.motcua.ui.views.Texts;

import java.util.function.Function;

/** One text to write (a supplement request, a financial obligation), turned into the request. */
final class TextForm extends ActionForm {
    private final TextArea text;
    private final Function<String, DossierRequest> toRequest;

    TextForm(String heading, String label, Function<String, DossierRequest> toRequest) {
        super(heading);
        this.toRequest = toRequest;
        text = new TextArea(label);
        text.setId("dialog-text");
        text.setWidth("36em");
        add(text);
        footer("dialog-confirm", Texts.t("dossier.actions.text.confirm"));
    }

    @Override
    DossierRequest request() {
        return toRequest.apply(text.getValue());
    }
}
