package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Set;

/**
 * A procedure of the central catalog (shared by every center, no tenant). The searchable fields are
 * copies of the current version's, so the grid reads one table; the full content is in
 * {@link ProcedureVersion}.
 */
@Serdeable
@MappedEntity("procedure")
public record Procedure(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        String nationalCode,
        String name,
        @Nullable String field,
        String levels,
        OnlineLevel onlineLevel,
        @Nullable Integer deadlineValue,
        @Nullable DeadlineUnit deadlineUnit,
        int currentVersion,
        @Nullable String fingerprint,
        @Version Long version,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt) {

    static Procedure of(ProcedureDraft d, String fingerprint) {
        return new Procedure(null, d.nationalCode(), d.name(), d.field(), Levels.format(d.levels()), d.onlineLevel(),
                d.legalDeadline().value(), d.legalDeadline().unit(), 1, fingerprint, null, null, null);
    }

    Procedure published(ProcedureDraft d, String fingerprint, int versionNumber) {
        return new Procedure(id, nationalCode, d.name(), d.field(), Levels.format(d.levels()), d.onlineLevel(),
                d.legalDeadline().value(), d.legalDeadline().unit(), versionNumber, fingerprint, version, createdAt,
                updatedAt);
    }

    public Set<Level> levelSet() {
        return Levels.parse(levels);
    }

    public LegalDeadline legalDeadline() {
        return deadlineUnit == null ? LegalDeadline.UNKNOWN : new LegalDeadline(deadlineValue, deadlineUnit);
    }

    /** "Cấp xã, Cấp tỉnh" */
    public String levelsLabel() {
        return Levels.label(levelSet());
    }
}
