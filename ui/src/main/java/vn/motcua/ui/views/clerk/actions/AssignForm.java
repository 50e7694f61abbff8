package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.combobox.ComboBox;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.views.Texts;

import java.util.List;

/** Giao xử lý the current step to a colleague (or to anyone of its role when left empty). */
final class AssignForm extends ActionForm {
    private final ComboBox<StaffView> who;

    AssignForm(String stepName, WorkflowStep step, List<StaffView> colleagues) {
        super(Texts.t("dossier.actions.assign.title", stepName));
        who = Colleagues.picker(step, colleagues);
        who.setId("assign-assignee");
        add(who);
        footer("assign-confirm", "Giao");
    }

    @Override
    DossierRequest request() {
        return new DossierRequest.Assign(who.getValue() == null ? null : who.getValue().username());
    }
}
