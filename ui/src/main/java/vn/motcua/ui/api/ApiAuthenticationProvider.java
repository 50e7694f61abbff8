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

import java.util.List;
import java.util.Map;

/**
 * HTTP Basic for /api: the same accounts, lock-out and audit as the login page. An unreachable database is not a
 * wrong password: the answer is a 503 ({@link DatabaseBusyFilter}).
 */
@Singleton
public class ApiAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {
    private final LoginService loginService;

    public ApiAuthenticationProvider(LoginService loginService) {
        this.loginService = loginService;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        LoginResult result;
        try {
            result = loginService.login(authRequest.getIdentity(), authRequest.getSecret());
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
                yield AuthenticationResponse.success(p.username(), List.of(p.role().name()), Map.of(
                        "userId", p.userId(), "fullName", p.fullName(), "tenantId", p.tenantId(),
                        "centerName", p.centerName()));
            }
            case LOCKED -> AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
            case INACTIVE -> AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
            case FAILED -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }
}
