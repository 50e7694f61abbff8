package vn.motcua.ui.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.ui.security.CallContexts;

import java.util.List;

/**
 * The {@link CallContext} of an API request, from whoever authenticated it: a person (HTTP Basic, their own center
 * as on the pages) or an API client (bearer token, {@link ClientTokens}). Only the token's signed claims count, never a
 * header or parameter naming a tenant: a center-scoped client works on its own center, and asking for another center
 * is answered as not found; a province-wide client names the center of each call ({@code center}) and works as
 * provincial IT acting as that center. Clients act under the name {@code api:<client id>} in the audit log.
 */
@Singleton
public class ApiCallers {
    /** The token's claims (see {@link ClientTokens#issue}). */
    static final String TENANT = "tid";
    static final String CLIENT_ROW = "cid";
    static final String SCOPE = "scope";
    static final String NAME = "name";

    private final CallContexts calls;

    public ApiCallers(CallContexts calls) {
        this.calls = calls;
    }

    /** Whether the request was made with an API client's token. */
    static boolean isClient(Authentication auth) {
        return auth.getAttributes().containsKey(CLIENT_ROW);
    }

    /** The call, on the caller's own center, or on {@code center} when the caller may choose (404 otherwise). */
    public CallContext of(Authentication auth, @Nullable Long center) {
        if (!isClient(auth)) {
            CallContext person = calls.of(ApiPrincipal.of(auth));
            if (center != null && center != person.tenant().value()) {
                throw new NotFoundException("center", center);
            }
            return person;
        }
        var claims = auth.getAttributes();
        long tenant = ((Number) claims.get(TENANT)).longValue();
        String name = String.valueOf(claims.get(NAME));
        Actor actor = new Actor(null, "api:" + auth.getName(), TenantId.of(tenant));
        if ("PROVINCE".equals(claims.get(SCOPE))) {
            if (center == null) {
                throw new InvalidInputException(List.of(new Problem("center",
                        "Ứng dụng phạm vi toàn tỉnh cần nêu trung tâm (tham số center)",
                        "a province-wide client names the center of each call (parameter center)")));
            }
            return new CallContext(TenantId.of(center), actor, name, Role.PROVINCIAL_ADMIN, "", calls.time().now());
        }
        if (center != null && center != tenant) {
            throw new NotFoundException("center", center);
        }
        return new CallContext(TenantId.of(tenant), actor, name, Role.CLERK, "", calls.time().now());
    }
}
