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
import vn.motcua.core.validation.Messages;

import java.util.List;

/**
 * When the account could not be checked because PostgreSQL is unreachable, the API answers 503 "Hệ thống đang bận,
 * vui lòng thử lại sau" with Retry-After, not the 401 "wrong password" Micronaut Security would send. Runs around the
 * security filter, so it sees the rejection. Likewise a throttled login is a 429 "Thử lại sau N giây" with Retry-After.
 */
@ServerFilter("/api/**")
public class DatabaseBusyFilter implements Ordered {
    /** Request attribute set by {@link ApiAuthenticationProvider} when the login found the database unreachable. */
    static final String UNAVAILABLE = "motcua.database-unavailable";
    /** Request attribute: the login was throttled, with the seconds to wait (a Long). */
    static final String THROTTLED = "motcua.login-throttled";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    public void unavailableIsNotUnauthorized(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode() && request.getAttribute(UNAVAILABLE).isPresent()) {
            busy(response.status(HttpStatus.SERVICE_UNAVAILABLE));
        } else if (response.code() == HttpStatus.UNAUTHORIZED.getCode()) {
            request.getAttribute(THROTTLED, Long.class).ifPresent(seconds -> throttled(response, seconds));
        }
    }

    /** Too many failed logins from this address or on this name: 429 with the wait, the same for every name. */
    @SuppressWarnings("unchecked")
    private static void throttled(MutableHttpResponse<?> response, long seconds) {
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        answer.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(ApiErrors.PROBLEM_JSON)
                .body(new ApiError(429, Messages.vi("login.throttled", seconds), Messages.en("login.throttled", seconds),
                        List.of()));
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
