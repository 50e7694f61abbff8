package vn.motcua.ui.security;

import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.tenants.security.Principal;

/** Builds the {@link CallContext} of each UI action or API request: the signed-in person at this instant. */
@Singleton
public class CallContexts {
    private final BusinessTime time;

    public CallContexts(BusinessTime time) {
        this.time = time;
    }

    /** The signed-in person of this browser session, now. */
    public CallContext current() {
        return of(Session.require());
    }

    public CallContext of(Principal principal) {
        return principal.at(time.now());
    }

    public BusinessTime time() {
        return time;
    }
}
