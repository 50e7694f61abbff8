package vn.motcua.tenants.onboarding;

import vn.motcua.core.slip.HandoverSheet;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A bulk run's result: the centers it created with their first accounts and one-time passwords (held only here,
 * for the handover sheets), and how many lines it left alone because their center already existed.
 */
public record BulkOutcome(List<Onboarded> created, int alreadyThere, long hashingMs, long writingMs) {
    public BulkOutcome {
        created = List.copyOf(created);
    }

    public int accounts() {
        return created.stream().mapToInt(o -> o.accounts().size()).sum();
    }

    /** Every created center's handover sheet, one PDF with a page (or more) per center; null when none was created. */
    public byte[] sheetsPdf(String loginUrl, LocalDateTime at, String by) {
        return created.isEmpty() ? null
                : HandoverSheet.pdf(created.stream().map(o -> o.sheet(loginUrl, at, by)).toList());
    }
}
