package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.ReturnMethod;
import vn.motcua.ui.views.Texts;

/** Trả kết quả in person (who received it), by post (tracking number) or online. */
final class ReturnForm extends ActionForm {
    private static final String IN_PERSON = Texts.t("dossier.actions.return.inPerson");
    private static final String POST = Texts.t("dossier.actions.return.post");
    private static final String ONLINE = Texts.t("dossier.actions.return.online");

    private final Select<String> method = new Select<>();
    private final TextField detail = new TextField(Texts.t("dossier.actions.return.receiver"));

    ReturnForm(String applicantName) {
        super(Texts.t("dossier.actions.return.title"));
        method.setId("return-method");
        method.setLabel(Texts.t("dossier.actions.return.method"));
        method.setItems(IN_PERSON, POST, ONLINE);
        method.setValue(IN_PERSON);
        detail.setId("return-detail");
        detail.setValue(applicantName);
        detail.setWidthFull();
        method.addValueChangeListener(e -> {
            detail.setVisible(!ONLINE.equals(e.getValue()));
            detail.setLabel(POST.equals(e.getValue()) ? Texts.t("dossier.actions.return.tracking") : Texts.t("dossier.actions.return.receiver"));
            detail.setValue(IN_PERSON.equals(e.getValue()) ? applicantName : "");
        });
        add(method, detail);
        footer("return-confirm", Texts.t("dossier.actions.return.title"));
    }

    @Override
    DossierRequest request() {
        String chosen = method.getValue();
        ReturnMethod how = POST.equals(chosen) ? new ReturnMethod.Post(detail.getValue())
                : ONLINE.equals(chosen) ? new ReturnMethod.Online()
                : new ReturnMethod.InPerson(detail.getValue());
        return new DossierRequest.Command(new DossierCommand.ReturnResult(how));
    }
}
