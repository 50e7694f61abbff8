package vn.motcua.tenants.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One commune center as provincial IT opens it: the unit picked from the official list (its name, type and lineage
 * come from the list), the profile, and the first director with optional clerks.
 */
@Serdeable
public record OnboardingForm(String unitCode, @Nullable String agencyCode, @Nullable String address,
                             @Nullable String phone, @Nullable String openingHours, Person director,
                             List<Person> clerks) {
    /** A first staff member: full name and position. */
    @Serdeable
    public record Person(@Nullable String fullName, @Nullable String position) {
    }

    public OnboardingForm {
        clerks = clerks == null ? List.of() : List.copyOf(clerks);
    }
}
