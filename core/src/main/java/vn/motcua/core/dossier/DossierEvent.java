package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One line of the control sheet (phiếu kiểm soát), as stored. */
@MappedEntity("dossier_event")
public record DossierEvent(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId, long dossierId,
                           int number, String action, @Nullable String fromStatus, String toStatus,
                           @Nullable Integer fromStep, @Nullable Integer toStep, String actor, Instant at,
                           @Nullable Long stepBudgetMin, @Nullable Long usedMin, @Nullable String note) {

    static DossierEvent of(long tenantId, long dossierId, ControlSheetEntry e) {
        return new DossierEvent(null, tenantId, dossierId, e.number(), e.action().name(),
                e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.fromStep(), e.toStep(),
                e.by(), e.at(), e.stepBudget() == null ? null : e.stepBudget().toMinutes(),
                e.workingTimeUsed() == null ? null : e.workingTimeUsed().toMinutes(), e.note());
    }
}
