package vn.motcua.ui.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.tenants.apiclient.ApiClient;
import vn.motcua.tenants.apiclient.ApiClients;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bearer tokens of API clients: a JWT signed with HS256 (Micronaut Security JWT; the key is
 * {@code MOTCUA_API_TOKEN_SECRET}, or one generated into the data directory's secrets file), valid for
 * {@link #LIFETIME}, carrying the client's center, scope and access. Checking one costs an HMAC and a look at the
 * client's revocation state, cached for a few seconds ({@link ApiClients#activeCached}): a revoked client's tokens stop
 * at the next request on the node that revoked it and within {@link ApiClients#RECHECK} on the others.
 */
@Singleton
public class ClientTokens implements GenericJwtClaimsValidator<HttpRequest<?>> {
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    static final String ISSUER = "motcua";

    private final TokenGenerator generator;
    private final ApiClients clients;
    private final BusinessTime time;

    public ClientTokens(TokenGenerator generator, ApiClients clients, BusinessTime time,
                        @Value("${motcua.api.token-secret}") String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("MOTCUA_API_TOKEN_SECRET must be at least 32 characters (the embedded mode "
                    + "generates one into the data directory's secrets.properties)");
        }
        this.generator = generator;
        this.clients = clients;
        this.time = time;
    }

    /** A token for a client whose secret was just checked. */
    public String issue(ApiClients.Grant grant) {
        long now = time.now().getEpochSecond();
        List<String> roles = new ArrayList<>(List.of(ApiRoles.CLIENT, ApiRoles.READ));
        if (grant.access() == ApiClient.Access.READ_WRITE) {
            roles.add(ApiRoles.WRITE);
        }
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", grant.clientId());
        claims.put("iat", now);
        claims.put("exp", now + LIFETIME.toSeconds());
        claims.put("roles", roles);
        claims.put(ApiCallers.TENANT, grant.tenantId());
        claims.put(ApiCallers.CLIENT_ROW, grant.id());
        claims.put(ApiCallers.SCOPE, grant.scope().name());
        claims.put(ApiCallers.NAME, grant.name());
        return generator.generateToken(claims).orElseThrow(() -> new IllegalStateException("no token generated"));
    }

    /** Every bearer token must be ours, a client's, and that client still active. */
    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object tenant = claims.get(ApiCallers.TENANT);
        Object row = claims.get(ApiCallers.CLIENT_ROW);
        if (!ISSUER.equals(claims.get("iss")) || !(tenant instanceof Number t) || !(row instanceof Number r)) {
            return false;
        }
        // the expiry is read against the application's clock (BusinessTime), the one that set it; Micronaut's own
        // expiration check is turned off (application.yml) so a test's moved clock and the tokens agree
        Object exp = claims.get("exp");
        long expires = exp instanceof java.util.Date d ? d.toInstant().getEpochSecond()
                : exp instanceof Number n ? n.longValue() : Long.MIN_VALUE;
        if (time.now().getEpochSecond() >= expires) {
            return false;
        }
        return clients.activeCached(t.longValue(), r.longValue());
    }
}
