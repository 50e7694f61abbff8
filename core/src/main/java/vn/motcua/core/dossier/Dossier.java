package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * A stored dossier: what was received, under which procedure and workflow versions, and where it stands.
 * {@code lookupSecret} is its {@link LookupSecret} (mã tra cứu), printed on the receipt for the public pages.
 */
@MappedEntity("dossier")
public record Dossier(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId, String code,
                      String procedureCode, @Nullable Integer procedureVersion, String procedureName,
                      int workflowVersion, String stepsJson, Channel channel, String applicantName,
                      @Nullable String applicantId, @Nullable String applicantPhone, String applicantJson,
                      DossierStatus status, @Nullable Integer currentStep, Instant receivedAt, Instant dueAt,
                      @Nullable String receivedBy, @Nullable String provinceCode, @Nullable String deadlineUnit,
                      @Nullable Integer deadlineAmount, @Nullable String stateJson, @Nullable String assignee,
                      @Nullable String stepRole, @Nullable Instant appointmentAt, @Nullable Instant endedAt,
                      boolean countedLate, @Version Long version, @DateCreated Instant createdAt,
                      @DateUpdated Instant updatedAt, String lookupSecret) {

    /** This dossier after a command: the life cycle's state, and the copies of it that queries use. */
    Dossier progressed(DossierLifecycle life, String stateJson, @Nullable String assignee, @Nullable String stepRole) {
        return new Dossier(id, tenantId, code, procedureCode, procedureVersion, procedureName, workflowVersion, stepsJson,
                channel, applicantName, applicantId, applicantPhone, applicantJson, life.status(),
                life.step().orElse(null), receivedAt, life.dueAt().orElse(dueAt), receivedBy, provinceCode, deadlineUnit,
                deadlineAmount, stateJson, assignee, stepRole, life.apology().map(Apology::newDate).orElse(null),
                life.endedAt().orElse(null), life.countedLate(), version, createdAt, updatedAt, lookupSecret);
    }

    Dossier withAssignee(@Nullable String who) {
        return new Dossier(id, tenantId, code, procedureCode, procedureVersion, procedureName, workflowVersion, stepsJson,
                channel, applicantName, applicantId, applicantPhone, applicantJson, status, currentStep, receivedAt, dueAt,
                receivedBy, provinceCode, deadlineUnit, deadlineAmount, stateJson, who, stepRole, appointmentAt, endedAt,
                countedLate, version, createdAt, updatedAt, lookupSecret);
    }

    /** The appointment the applicant holds: an apology's new date if one was issued, else the due date. */
    public Instant appointment() {
        return appointmentAt != null ? appointmentAt : dueAt;
    }

    /** Kênh tiếp nhận. */
    public enum Channel {
        IN_PERSON("Trực tiếp"), ONLINE("Trực tuyến"), POSTAL("Bưu chính");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
