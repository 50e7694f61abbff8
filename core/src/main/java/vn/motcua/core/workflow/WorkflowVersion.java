package vn.motcua.core.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The workflow a center runs for a procedure, and where it comes from. */
@Serdeable
public record WorkflowVersion(String procedureCode, @Nullable Integer procedureVersion, Source source, int version, List<WorkflowStep> steps,
                              int totalHours, @Nullable String createdBy, @Nullable Instant createdAt) {
    public enum Source {
        CENTER("Quy trình riêng của trung tâm"), PROVINCE("Quy trình mặc định của tỉnh"), STANDARD("Quy trình chuẩn đề xuất");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
