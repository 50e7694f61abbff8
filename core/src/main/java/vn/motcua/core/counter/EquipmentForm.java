package vn.motcua.core.counter;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** What a director types for a device; blank texts are kept as nothing. */
public record EquipmentForm(@Nullable EquipmentKind kind, @Nullable String model, @Nullable String serial,
                            @Nullable String location, @Nullable Long counterId, @Nullable EquipmentStatus status,
                            @Nullable LocalDate purchasedOn, @Nullable LocalDate warrantyUntil, @Nullable String notes) {
    public EquipmentForm {
        model = blankToNull(model);
        serial = blankToNull(serial);
        location = blankToNull(location);
        notes = blankToNull(notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
