package vn.motcua.ui.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.motcua.core.db.DatabaseUnavailableException;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.context.AccessDeniedException;

import java.util.List;

/** Domain errors as HTTP answers. Another center's id is a 404 like any unknown id, never a 403. */
final class ApiErrors {
    private static final MediaType PROBLEM = MediaType.of("application/problem+json");

    private ApiErrors() {
    }

    static final MediaType PROBLEM_JSON = PROBLEM;

    static HttpResponse<ApiError> respond(HttpStatus status, ApiError error) {
        return HttpResponse.<ApiError>status(status).contentType(PROBLEM).body(error);
    }

    @Singleton
    @Produces
    @Requires(classes = {InvalidInputException.class, ExceptionHandler.class})
    static class Invalid implements ExceptionHandler<InvalidInputException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidInputException e) {
            return respond(HttpStatus.BAD_REQUEST, new ApiError(400, "Dữ liệu không hợp lệ: " + e.vietnamese(),
                    e.getMessage(), e.problems()));
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
    static class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotFoundException e) {
            return respond(HttpStatus.NOT_FOUND, new ApiError(404, Messages.vi("not.found"), "not found", List.of()));
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {AccessDeniedException.class, ExceptionHandler.class})
    static class Denied implements ExceptionHandler<AccessDeniedException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, AccessDeniedException e) {
            return respond(HttpStatus.FORBIDDEN, new ApiError(403, "Bạn không có quyền thực hiện thao tác này",
                    "your role does not allow this", List.of()));
        }
    }

    /** Anything unexpected: logged with an incident number, answered without internals. */
    @Singleton
    @Produces
    @Requires(classes = {ExceptionHandler.class})
    static class Unexpected implements ExceptionHandler<RuntimeException, HttpResponse<ApiError>> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Unexpected.class);

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, RuntimeException e) {
            if (DatabaseUnavailableException.isCause(e)) {
                LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
                return DatabaseBusyFilter.busy(HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
            }
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Incident {} on {} {}", incident, request.getMethod(), request.getPath(), e);
            return respond(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError(500, "Lỗi hệ thống, mã sự cố " + incident,
                    "internal error, incident " + incident, List.of()));
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {ConcurrentChangeException.class, ExceptionHandler.class})
    static class Conflict implements ExceptionHandler<ConcurrentChangeException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConcurrentChangeException e) {
            return respond(HttpStatus.CONFLICT, new ApiError(409, Messages.vi("concurrent.change"),
                    Messages.en("concurrent.change"), List.of()));
        }
    }
}
