package vn.motcua.ui.views;

import com.vaadin.flow.component.html.Span;
import vn.motcua.tenants.center.ProfileField;
import vn.motcua.tenants.center.ServiceCenter;

import java.util.List;
import java.util.stream.Collectors;

/** "Thiếu: địa chỉ, điện thoại": what a center's profile still lacks, as the centers list and the profiles show it. */
public final class ProfileGaps {
    private ProfileGaps() {
    }

    /** The words of one missing part ("địa chỉ"). */
    public static String label(ProfileField field) {
        return switch (field) {
            case AGENCY_CODE -> Texts.t("center.missing.agencyCode");
            case ADDRESS -> Texts.t("center.missing.address");
            case PHONE -> Texts.t("center.missing.phone");
            case OPENING_HOURS -> Texts.t("center.missing.openingHours");
        };
    }

    /** "Thiếu: …" or "Đủ thông tin". */
    public static String text(ServiceCenter center) {
        List<ProfileField> missing = center.missing();
        return missing.isEmpty() ? Texts.t("center.missing.none")
                : Texts.t("center.missing", missing.stream().map(ProfileGaps::label).collect(Collectors.joining(", ")));
    }

    /** The same as a badge: red when something is missing, green when nothing is. */
    public static Span badge(ServiceCenter center) {
        Span badge = new Span(text(center));
        badge.getElement().getThemeList().add(center.missing().isEmpty() ? "badge success" : "badge error");
        badge.getStyle().set("white-space", "normal");
        return badge;
    }
}
