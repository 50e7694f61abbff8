package vn.motcua.ui.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.tenants.apiclient.ApiClient;
import vn.motcua.tenants.apiclient.ApiClients;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4): an API client sends its id and secret (HTTP Basic, or
 * {@code client_id}/{@code client_secret} in the form) with {@code grant_type=client_credentials} and gets a bearer
 * token valid for five minutes. The secret is checked with one SHA-256, never a password hash; the people's login
 * (and its throttle) is not involved. A wrong id, a wrong secret and a revoked client get the same 401.
 */
@Controller(TokenController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "auth", description = "Xác thực ứng dụng (OAuth 2.0 client credentials)")
public class TokenController {
    public static final String PATH = "/api/oauth/token";

    private final ApiClients clients;
    private final ClientTokens tokens;
    private final BusinessTime time;

    public TokenController(ApiClients clients, ClientTokens tokens, BusinessTime time) {
        this.clients = clients;
        this.tokens = tokens;
        this.time = time;
    }

    /** RFC 6749 §5.1. */
    @Serdeable
    public record TokenResponse(@Schema(name = "access_token") String access_token,
                                @Schema(name = "token_type", example = "Bearer") String token_type,
                                @Schema(name = "expires_in", example = "300") long expires_in,
                                @Schema(example = "read write") String scope) {
    }

    /** RFC 6749 §5.2, with the Vietnamese words beside the code. */
    @Serdeable
    public record TokenError(String error, String error_description, String title) {
    }

    /** The form of the request (RFC 6749 §4.4.2; the client's id and secret may come here or in HTTP Basic). */
    @Serdeable
    public record TokenRequest(@Nullable String grant_type, @Nullable String client_id, @Nullable String client_secret,
                               @Nullable String scope) {
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi mã ứng dụng và mã bí mật lấy mã truy cập (5 phút)",
            description = "grant_type=client_credentials; client id + secret by HTTP Basic or client_id/client_secret.")
    @ApiResponse(responseCode = "200", description = "Mã truy cập", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "unsupported_grant_type / invalid_request", content = @Content(schema = @Schema(implementation = TokenError.class)))
    @ApiResponse(responseCode = "401", description = "invalid_client: sai mã ứng dụng, sai mã bí mật hoặc ứng dụng đã bị thu hồi", content = @Content(schema = @Schema(implementation = TokenError.class)))
    public HttpResponse<?> token(HttpRequest<?> request, @Body TokenRequest form) {
        if (!"client_credentials".equals(form.grant_type())) {
            return HttpResponse.badRequest(new TokenError("unsupported_grant_type",
                    "only grant_type=client_credentials is supported", "Chỉ hỗ trợ grant_type=client_credentials"));
        }
        Optional<String[]> basic = basic(request);
        String id = basic.map(b -> b[0]).orElse(form.client_id());
        String secret = basic.map(b -> b[1]).orElse(form.client_secret());
        if (id == null || secret == null) {
            return HttpResponse.badRequest(new TokenError("invalid_request", "client id and secret are required",
                    "Thiếu mã ứng dụng hoặc mã bí mật"));
        }
        Optional<ApiClients.Grant> grant = clients.exchange(id, secret, time.now());
        if (grant.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"motcua\"")
                    .body(new TokenError("invalid_client", "unknown client, wrong secret or revoked client",
                            "Sai mã ứng dụng hoặc mã bí mật, hoặc ứng dụng đã bị thu hồi"));
        }
        return HttpResponse.ok(new TokenResponse(tokens.issue(grant.get()), "Bearer", ClientTokens.LIFETIME.toSeconds(),
                grant.get().access() == ApiClient.Access.READ_WRITE ? "read write" : "read"))
                .headers(Map.of(HttpHeaders.CACHE_CONTROL, "no-store", "Pragma", "no-cache"));
    }

    private static Optional<String[]> basic(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization().filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6)).flatMap(h -> {
            try {
                String decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
