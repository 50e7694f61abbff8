package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.views.Texts;

import java.util.List;

/** Chuyển bước tiếp theo, optionally to a named colleague. */
final class HandOverForm extends ActionForm {
    private final int toStep;
    private final ComboBox<StaffView> who;

    HandOverForm(int toStep, WorkflowStep step, List<StaffView> colleagues) {
        super(Texts.t("dossier.actions.handOver.title", toStep + 1, step.name()));
        this.toStep = toStep;
        who = Colleagues.picker(step, colleagues);
        who.setId("handover-assignee");
        add(new Paragraph(Texts.t("dossier.actions.handOver.text", step.budget(), step.unit().label(),
                Colleagues.roleLabel(step.role()))), who);
        footer("handover-confirm", Texts.t("dossier.actions.handOver.confirm"));
    }

    @Override
    DossierRequest request() {
        return new DossierRequest.Command(new DossierCommand.HandOver(toStep,
                who.getValue() == null ? null : who.getValue().username()));
    }
}
