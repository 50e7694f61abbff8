package vn.motcua.core.dossier;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** Who submits the dossier (người nộp hồ sơ): a person or an organisation. Validated by {@link ApplicantRules}. */
public sealed interface Applicant {
    /** Công dân: full name, 12-digit citizen ID (CCCD), date of birth, mobile phone, address. */
    @Serdeable
    record Individual(String fullName, String citizenId, LocalDate dateOfBirth, String phone, String address)
            implements Applicant {
    }

    /** Tổ chức, doanh nghiệp: name and tax code (10 digits, or 10-3 for a branch). */
    @Serdeable
    record Organisation(String name, String taxCode, String phone, String address) implements Applicant {
    }
}
