package vn.motcua.ui.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.motcua.tenants.security.Principal;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MeController {
    @Get
    public Principal me(Authentication auth) {
        return ApiPrincipal.of(auth);
    }
}
