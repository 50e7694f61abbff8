package vn.motcua.tenants.onboarding;

import vn.motcua.core.slip.HandoverSheet;
import vn.motcua.tenants.center.ServiceCenter;

import java.time.LocalDateTime;
import java.util.List;

/** A center just onboarded with its first accounts and their one-time passwords (held only here, for the sheet). */
public record Onboarded(ServiceCenter center, List<HandoverSheet.Account> accounts) {
    public Onboarded {
        accounts = List.copyOf(accounts);
    }

    /** The printable handover sheet, with a QR code to {@code loginUrl}. */
    public HandoverSheet sheet(String loginUrl, LocalDateTime at, String by) {
        return new HandoverSheet(center.provinceName(), center.displayName(), center.code(), center.agencyCode(),
                loginUrl, at, by, accounts);
    }
}
