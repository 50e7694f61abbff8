package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.workflow.WorkflowStep;

import java.util.List;

/** Everything a member of staff sees of one dossier: the dossier, its papers, control sheet, notes, fees, rating. */
public record DossierFile(Dossier dossier, List<WorkflowStep> steps, List<DossierDocument> documents,
                          List<DossierEvent> controlSheet, List<DossierComment> comments, List<DossierFee> fees,
                          @Nullable DossierRating rating) {
    public DossierFile {
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
        controlSheet = List.copyOf(controlSheet);
        comments = List.copyOf(comments);
        fees = List.copyOf(fees);
    }

    /** The current step's name, or empty before receipt and once the dossier left its workflow. */
    public String currentStepName() {
        Integer step = dossier.currentStep();
        return step == null || step >= steps.size() ? "" : steps.get(step).name();
    }

    public boolean atLastStep() {
        return dossier.currentStep() != null && dossier.currentStep() == steps.size() - 1;
    }
}
