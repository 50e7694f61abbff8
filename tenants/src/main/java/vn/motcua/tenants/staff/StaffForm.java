package vn.motcua.tenants.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.motcua.core.context.Role;

/**
 * A staff member as the director types it. {@code username} is never taken from the form: the system proposes it
 * ({@code StaffService}); {@code password} counts only when the member is created; {@code version} is what the
 * director read (optimistic locking on edit).
 */
@Serdeable
public record StaffForm(
        @NotBlank(message = "{required}") @Size(max = 120, message = "{too.long}") String fullName,
        @Nullable String username,
        @Nullable String password,
        @NotNull(message = "{required}") Role role,
        @Nullable @Size(max = 120, message = "{too.long}") String position,
        @Nullable @Pattern(regexp = "^$|^\\+?[0-9 .-]{9,15}$", message = "{phone.invalid}") String phone,
        @Nullable @Size(max = 120, message = "{too.long}") @Email(message = "{email.invalid}") String email,
        @Nullable Long version) {
}
