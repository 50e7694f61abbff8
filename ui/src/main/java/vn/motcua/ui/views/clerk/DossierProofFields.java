package vn.motcua.ui.views.clerk;

import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.ui.views.Texts;

/**
 * What a citizen types to show a dossier is theirs on the public pages: its code and the lookup code printed on the
 * receipt (the QR code fills both in), or, for a lost receipt, the phone's last 4 digits (throttled, audited).
 */
final class DossierProofFields {
    private DossierProofFields() {
    }

    static TextField code(String id) {
        TextField code = new TextField(Texts.t("dossier.field.code"));
        code.setId(id);
        code.setWidth("min(24em, 100%)");
        return code;
    }

    static TextField secret(String id) {
        TextField secret = new TextField(Texts.t("proof.secret"));
        secret.setId(id);
        secret.setMaxLength(20);
        secret.setAllowedCharPattern("[0-9A-Za-z -]");
        secret.setPlaceholder("XXXX-XXXX-XXXXX");
        return secret;
    }

    static TextField lastDigits(String id) {
        TextField digits = new TextField(Texts.t("proof.lastDigits"));
        digits.setId(id);
        digits.setMaxLength(4);
        digits.setAllowedCharPattern("[0-9]");
        return digits;
    }

    /** The secret when one was typed, else the digits. */
    static String proof(TextField secret, TextField lastDigits) {
        return secret.getValue().isBlank() ? lastDigits.getValue() : secret.getValue();
    }

    /** Not found and "wait", told alike: the same sentence, the wait added when there is one. */
    static String refusal(DossierStatusLookup.Answer answer) {
        return answer.throttled() ? Texts.t("lookup.throttled", String.valueOf(answer.retryAfterSeconds())) : Texts.t("lookup.notFound");
    }
}
