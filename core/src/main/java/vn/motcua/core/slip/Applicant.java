package vn.motcua.core.slip;

import java.util.Objects;

/**
 * The person or organisation the slip is addressed to. Only name is required.
 *
 * @param name    full name of the individual or name of the organisation
 * @param address address as declared; may be null
 * @param phone   phone number; may be null
 * @param email   e-mail address; may be null
 */
public record Applicant(String name, String address, String phone, String email) {
    public Applicant {
        Objects.requireNonNull(name, "name");
    }
}
