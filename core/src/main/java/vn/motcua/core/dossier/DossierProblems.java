package vn.motcua.core.dossier;

import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;

import java.util.List;

/**
 * Problems of the dossier domain, Vietnamese for the person and English for the API detail. The texts live
 * here (not in {@code i18n/messages}) because they are built from the dossier's own data (step names, dates).
 */
final class DossierProblems {
    private DossierProblems() {
    }

    static Problem problem(String field, String vietnamese, String english) {
        return new Problem(field, vietnamese, english);
    }

    static InvalidInputException refused(String field, String vietnamese, String english) {
        return new InvalidInputException(List.of(problem(field, vietnamese, english)));
    }
}
