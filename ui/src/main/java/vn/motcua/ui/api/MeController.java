package vn.motcua.ui.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.motcua.tenants.security.Principal;

@Controller("/api/me")
@Secured({"PROVINCIAL_ADMIN", "DIRECTOR", "CLERK"}) // people only: an API client's token gets 403
public class MeController {
    @Get
    public Principal me(Authentication auth) {
        return ApiPrincipal.of(auth);
    }
}
