package vn.motcua.core.dossier;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The applicant as kept in {@code dossier.applicant_json}: the record's own fields, no type tag (rows written
 * before this class have none either), so the kind is told by the field only an individual has.
 */
@Singleton
public class ApplicantJson {
    private final ObjectMapper json;

    public ApplicantJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Applicant applicant) {
        try {
            return json.writeValueAsString(applicant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Applicant read(String text) {
        try {
            Map<String, Object> fields = json.readValue(text, Argument.mapOf(String.class, Object.class));
            return fields.containsKey("citizenId") ? json.readValue(text, Applicant.Individual.class)
                    : json.readValue(text, Applicant.Organisation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Applicant of(Dossier dossier) {
        return read(dossier.applicantJson());
    }
}
