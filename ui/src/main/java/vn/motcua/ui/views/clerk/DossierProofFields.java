package vn.motcua.ui.views.clerk;

import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.ui.views.Texts;

/** What a citizen types to show a dossier is theirs on the public pages: its code and the phone's last 4 digits. */
final class DossierProofFields {
    private DossierProofFields() {
    }

    static TextField code(String id) {
        TextField code = new TextField(Texts.t("dossier.field.code"));
        code.setId(id);
        code.setWidth("24em");
        return code;
    }

    static TextField lastDigits(String id) {
        TextField digits = new TextField(Texts.t("proof.lastDigits"));
        digits.setId(id);
        digits.setMaxLength(4);
        digits.setAllowedCharPattern("[0-9]");
        return digits;
    }
}
