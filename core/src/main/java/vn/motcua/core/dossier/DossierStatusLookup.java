package vn.motcua.core.dossier;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.workflow.WorkflowStep;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Tra cứu tình trạng hồ sơ for citizens, without login: the dossier code plus the last four digits of the
 * phone number given at intake. It shows the procedure, status, due date and current step — nothing
 * personal — and a wrong code or wrong digits look the same.
 */
@Singleton
public class DossierStatusLookup {
    public record PublicStatus(String code, String procedureName, DossierStatus status, Instant receivedAt, Instant dueAt,
                               String currentStep) {
    }

    private final DossierRepository dossiers;
    private final ProvincialScope province;
    private final ObjectMapper json;

    public DossierStatusLookup(DossierRepository dossiers, ProvincialScope province, ObjectMapper json) {
        this.dossiers = dossiers;
        this.province = province;
        this.json = json;
    }

    public Optional<PublicStatus> find(String code, String phoneLastFour) {
        return owned(code, phoneLastFour)
                .map(d -> new PublicStatus(d.code(), d.procedureName(), d.status(), d.receivedAt(), d.appointment(), stepName(d)));
    }

    /**
     * The dossier with this code whose applicant's phone ends with these four digits, read on the provincial path
     * (codes are unique per agency, so across centers). The one proof of "my dossier" the public pages accept.
     */
    Optional<Dossier> owned(String code, String phoneLastFour) {
        if (code == null || phoneLastFour == null || !phoneLastFour.trim().matches("\\d{4}")) {
            return Optional.empty();
        }
        String digits = phoneLastFour.trim();
        return province.unaudited(() -> dossiers.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT))).stream()
                .filter(d -> d.applicantPhone() != null && d.applicantPhone().replaceAll("\\D", "").endsWith(digits))
                .findFirst();
    }

    private String stepName(Dossier d) {
        if (d.currentStep() == null) {
            return "";
        }
        try {
            WorkflowStep[] steps = json.readValue(d.stepsJson(), WorkflowStep[].class);
            return d.currentStep() < steps.length ? steps[d.currentStep()].name() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
