package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.ui.views.Texts;

import java.time.Instant;

/** Văn bản xin lỗi và hẹn lại ngày trả kết quả (form 04): a new date after the one in force, and the reason. */
final class ApologyForm extends ActionForm {
    private final DateTimePicker newDate = new DateTimePicker(Texts.t("dossier.actions.apology.newDate"));
    private final TextArea reason = new TextArea(Texts.t("dossier.actions.apology.reason"));

    ApologyForm(Instant appointment) {
        super(Texts.t("dossier.actions.apology.title"));
        newDate.setId("apology-date");
        newDate.setValue(BusinessTime.local(appointment).plusDays(3));
        reason.setId("apology-reason");
        reason.setWidthFull();
        add(new Paragraph(Texts.t("dossier.actions.apology.before", BusinessTime.format(appointment))),
                newDate, reason);
        footer("apology-confirm", Texts.t("dossier.actions.apology.confirm"));
    }

    @Override
    DossierRequest request() {
        Instant at = newDate.getValue() == null ? null : BusinessTime.instant(newDate.getValue());
        return new DossierRequest.Command(new DossierCommand.RecordApology(at, reason.getValue()),
                DossierRequest.Slip.APOLOGY_LETTER);
    }
}
