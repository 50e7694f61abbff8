package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Đánh giá mức độ hài lòng: one per dossier, given by the applicant at return. */
@MappedEntity("dossier_rating")
public record DossierRating(long tenantId, @Id long dossierId, Level level, @Nullable String comment, Instant ratedAt) {

    public enum Level {
        VERY_SATISFIED("Rất hài lòng"), SATISFIED("Hài lòng"), ACCEPTABLE("Chấp nhận được"), NOT_SATISFIED("Không hài lòng");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
