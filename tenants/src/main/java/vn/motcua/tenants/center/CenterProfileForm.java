package vn.motcua.tenants.center;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a director may change of their center (the agency code is provincial IT's). {@code version} is the one they read (optimistic locking). */
@Serdeable
public record CenterProfileForm(
        @NotBlank(message = "{required}") @Size(max = 200, message = "{too.long}") String name,
        @Nullable @Size(max = 300, message = "{too.long}") String address,
        @Nullable @Pattern(regexp = "^$|^\\+?[0-9 .-]{9,15}$", message = "{phone.invalid}") String phone,
        @Nullable @Size(max = 120, message = "{too.long}") @Email(message = "{email.invalid}") String email,
        @Nullable @Size(max = 200, message = "{too.long}") String openingHours,
        @Nullable Long version) {

    public static CenterProfileForm of(ServiceCenter c) {
        return new CenterProfileForm(c.name(), c.address(), c.phone(), c.email(), c.openingHours(), c.version());
    }
}
