package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.ReturnMethod;

/** Trả kết quả in person (who received it), by post (tracking number) or online. */
final class ReturnForm extends ActionForm {
    private static final String IN_PERSON = "Trực tiếp";
    private static final String POST = "Bưu chính công ích";
    private static final String ONLINE = "Trực tuyến";

    private final Select<String> method = new Select<>();
    private final TextField detail = new TextField("Người nhận kết quả");

    ReturnForm(String applicantName) {
        super("Trả kết quả");
        method.setId("return-method");
        method.setLabel("Hình thức trả");
        method.setItems(IN_PERSON, POST, ONLINE);
        method.setValue(IN_PERSON);
        detail.setId("return-detail");
        detail.setValue(applicantName);
        detail.setWidthFull();
        method.addValueChangeListener(e -> {
            detail.setVisible(!ONLINE.equals(e.getValue()));
            detail.setLabel(POST.equals(e.getValue()) ? "Số hiệu bưu gửi" : "Người nhận kết quả");
            detail.setValue(IN_PERSON.equals(e.getValue()) ? applicantName : "");
        });
        add(method, detail);
        footer("return-confirm", "Trả kết quả");
    }

    @Override
    DossierRequest request() {
        ReturnMethod how = switch (method.getValue()) {
            case POST -> new ReturnMethod.Post(detail.getValue());
            case ONLINE -> new ReturnMethod.Online();
            default -> new ReturnMethod.InPerson(detail.getValue());
        };
        return new DossierRequest.Command(new DossierCommand.ReturnResult(how));
    }
}
