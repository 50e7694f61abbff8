package vn.motcua.ui.views.clerk;

import com.vaadin.flow.component.textfield.TextField;

/** What a citizen types to show a dossier is theirs on the public pages: its code and the phone's last 4 digits. */
final class DossierProofFields {
    private DossierProofFields() {
    }

    static TextField code(String id) {
        TextField code = new TextField("Mã hồ sơ");
        code.setId(id);
        code.setWidth("24em");
        return code;
    }

    static TextField lastDigits(String id) {
        TextField digits = new TextField("4 số cuối điện thoại đã khai");
        digits.setId(id);
        digits.setMaxLength(4);
        digits.setAllowedCharPattern("[0-9]");
        return digits;
    }
}
