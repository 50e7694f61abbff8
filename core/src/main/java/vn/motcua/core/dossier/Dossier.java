package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A stored dossier: what was received, under which procedure and workflow versions, and where it stands. */
@MappedEntity("dossier")
public record Dossier(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId, String code,
                      String procedureCode, @Nullable Integer procedureVersion, String procedureName,
                      int workflowVersion, String stepsJson, Channel channel, String applicantName,
                      @Nullable String applicantId, @Nullable String applicantPhone, String applicantJson,
                      DossierStatus status, @Nullable Integer currentStep, Instant receivedAt, Instant dueAt,
                      @Nullable String receivedBy, @Version Long version, @DateCreated Instant createdAt,
                      @DateUpdated Instant updatedAt) {

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
