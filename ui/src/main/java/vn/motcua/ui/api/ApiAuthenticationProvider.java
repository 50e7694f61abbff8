package vn.motcua.ui.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import vn.motcua.core.db.DatabaseUnavailableException;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.ui.security.ClientAddress;

import java.util.List;
import java.util.Map;

/**
 * HTTP Basic for /api: the same accounts, throttle and audit as the login page, keyed by the client address
 * ({@link ClientAddress}). Every failure is the same 401; a throttled attempt is a 429 "Thử lại sau N giây" with
 * Retry-After, alike for real and unknown names ({@link DatabaseBusyFilter}); an account that must replace a one-time
 * password is a 403 ({@link PasswordChangeRequiredFilter}). An unreachable database is not a wrong password: 503.
 */
@Singleton
public class ApiAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {
    private final LoginService loginService;
    private final ClientAddress clientAddress;

    public ApiAuthenticationProvider(LoginService loginService, ClientAddress clientAddress) {
        this.loginService = loginService;
        this.clientAddress = clientAddress;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        if (request != null && TokenController.PATH.equals(request.getPath())) {
            // an API client's id and secret, not a person's: the token endpoint checks them, no login nor throttle
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_NOT_FOUND);
        }
        LoginResult result;
        try {
            result = loginService.login(authRequest.getIdentity(), authRequest.getSecret(),
                    request == null ? LoginService.LOCAL : clientAddress.of(request));
        } catch (DatabaseUnavailableException e) {
            // Micronaut turns any failure here into a 401; DatabaseBusyFilter makes it the 503 it is
            if (request != null) {
                request.setAttribute(DatabaseBusyFilter.UNAVAILABLE, Boolean.TRUE);
            }
            return AuthenticationResponse.failure(AuthenticationFailureReason.UNKNOWN);
        }
        return switch (result.outcome()) {
            case SUCCESS -> {
                Principal p = result.principal();
                if (result.mustChangePassword() && request != null) {
                    request.setAttribute(PasswordChangeRequiredFilter.MUST_CHANGE, Boolean.TRUE);
                }
                yield AuthenticationResponse.success(p.username(), List.of(p.role().name()), Map.of(
                        "userId", p.userId(), "fullName", p.fullName(), "tenantId", p.tenantId(),
                        "centerName", p.centerName(), "mustChangePassword", result.mustChangePassword()));
            }
            case THROTTLED -> {
                if (request != null) {
                    request.setAttribute(DatabaseBusyFilter.THROTTLED, result.retryAfterSeconds());
                }
                yield AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
            }
            case FAILED -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }
}
