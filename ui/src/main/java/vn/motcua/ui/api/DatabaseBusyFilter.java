package vn.motcua.ui.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import vn.motcua.core.db.DatabaseUnavailableException;

import java.util.List;

/**
 * When the account could not be checked because PostgreSQL is unreachable, the API answers 503 "Hệ thống đang bận,
 * vui lòng thử lại sau" with Retry-After, not the 401 "wrong password" Micronaut Security would send. Runs around the
 * security filter, so it sees the rejection.
 */
@ServerFilter("/api/**")
public class DatabaseBusyFilter implements Ordered {
    /** Request attribute set by {@link ApiAuthenticationProvider} when the login found the database unreachable. */
    static final String UNAVAILABLE = "motcua.database-unavailable";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    public void unavailableIsNotUnauthorized(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode() && request.getAttribute(UNAVAILABLE).isPresent()) {
            busy(response.status(HttpStatus.SERVICE_UNAVAILABLE));
        }
    }

    /** The 503 answer in the API's problem format. */
    @SuppressWarnings("unchecked")
    static <T> MutableHttpResponse<T> busy(MutableHttpResponse<?> response) {
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        answer.header(HttpHeaders.RETRY_AFTER, "30").contentType(ApiErrors.PROBLEM_JSON)
                .body(new ApiError(503, DatabaseUnavailableException.vietnamese(), DatabaseUnavailableException.english(),
                        List.of()));
        return (MutableHttpResponse<T>) answer;
    }
}
