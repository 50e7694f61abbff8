package vn.motcua.ui.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import vn.motcua.core.validation.Messages;

import java.util.List;

/**
 * An account signed in with a one-time password (after a reset) gets nothing from the API but a 403 saying, in
 * Vietnamese and English, to choose a new password first (on the login page). Runs after the security filter.
 */
@ServerFilter("/api/**")
public class PasswordChangeRequiredFilter implements Ordered {
    /** Request attribute set by {@link ApiAuthenticationProvider} for such an account. */
    static final String MUST_CHANGE = "motcua.must-change-password";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> oneTimePasswordFirst(HttpRequest<?> request) {
        if (request.getAttribute(MUST_CHANGE).isEmpty()) {
            return null;
        }
        return ApiErrors.respond(HttpStatus.FORBIDDEN, new ApiError(403, Messages.vi("login.must.change"),
                Messages.en("login.must.change"), List.of()));
    }
}
