package vn.motcua.ui.api;

import io.micronaut.security.authentication.Authentication;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;

/** The person behind an API call, rebuilt from what {@link ApiAuthenticationProvider} put in the authentication. */
final class ApiPrincipal {
    private ApiPrincipal() {
    }

    static Principal of(Authentication auth) {
        var a = auth.getAttributes();
        long tenantId = ((Number) a.get("tenantId")).longValue();
        return new Principal(((Number) a.get("userId")).longValue(), auth.getName(), (String) a.get("fullName"),
                Role.valueOf(auth.getRoles().iterator().next()), tenantId, tenantId, (String) a.get("centerName"));
    }
}
