package vn.motcua.tenants.onboarding;

import vn.motcua.core.text.SearchKey;
import vn.motcua.tenants.center.CenterType;

/** A unit of the official list as the onboarding page shows it: already a center on MotCua or not. */
public record OfficialUnit(String code, CenterType type, String name, String mergedFrom, boolean onboarded) {
    /** "Xã Tân Lạc". */
    public String displayName() {
        return type.label() + " " + name;
    }

    /** Whether {@code query} (any case, with or without diacritics) matches the code or the name. */
    public boolean matches(String query) {
        String key = SearchKey.of(query == null ? "" : query).trim();
        return key.isEmpty() || code.contains(key) || SearchKey.of(displayName()).contains(key);
    }
}
