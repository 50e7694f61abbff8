package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.select.Select;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.ui.views.Texts;

import java.util.ArrayList;
import java.util.List;

/** Trả lại bước trước: one of the earlier steps, the nearest by default. */
final class SendBackForm extends ActionForm {
    private final Select<Integer> step = new Select<>();

    SendBackForm(int currentStep, List<WorkflowStep> steps) {
        super(Texts.t("dossier.actions.sendBack.title"));
        step.setId("back-step");
        step.setLabel(Texts.t("dossier.actions.sendBack.step"));
        List<Integer> earlier = new ArrayList<>();
        for (int i = 0; i < currentStep; i++) {
            earlier.add(i);
        }
        step.setItems(earlier);
        step.setItemLabelGenerator(i -> (i + 1) + ". " + steps.get(i).name());
        step.setValue(earlier.get(earlier.size() - 1));
        add(step);
        footer("back-confirm", Texts.t("dossier.actions.sendBack.confirm"));
    }

    @Override
    DossierRequest request() {
        return new DossierRequest.Command(new DossierCommand.SendBack(step.getValue()));
    }
}
