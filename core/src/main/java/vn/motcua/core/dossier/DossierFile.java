package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.workflow.WorkflowStep;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a member of staff sees of one dossier: the dossier, its papers, control sheet, notes, fees, rating, and
 * the actions the caller may take on it now ({@link DossierAction}; the page offers exactly these).
 */
public record DossierFile(Dossier dossier, List<WorkflowStep> steps, List<DossierDocument> documents,
                          List<DossierEvent> controlSheet, List<DossierComment> comments, List<DossierFee> fees,
                          @Nullable DossierRating rating, Set<DossierAction> allowed) {
    public DossierFile {
        allowed = allowed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
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

    public boolean allows(DossierAction action) {
        return allowed.contains(action);
    }

    public boolean atLastStep() {
        return dossier.currentStep() != null && dossier.currentStep() == steps.size() - 1;
    }
}
