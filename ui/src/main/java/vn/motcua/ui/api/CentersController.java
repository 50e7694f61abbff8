package vn.motcua.ui.api;

import vn.motcua.core.context.CallContext;
import vn.motcua.ui.security.CallContexts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.tenants.center.CenterProfileForm;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.security.Principal;

import java.util.List;

/** Centers: provincial IT lists and opens all; everyone else sees only their own center. */
@Controller("/api/centers")
@PeopleApiErrors
@Secured({"PROVINCIAL_ADMIN", "DIRECTOR", "CLERK"}) // people only: an API client's token gets 403
public class CentersController {
    private final CenterService centers;

    private final CallContexts calls;

    public CentersController(CenterService centers, CallContexts calls) {
        this.calls = calls;
        this.centers = centers;
    }

    @Get
    public PageOf<ServiceCenter> list(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue CenterType type,
                                      @Nullable @QueryValue CenterStatus status, @QueryValue(defaultValue = "0") int page,
                                      @QueryValue(defaultValue = "50") int size, @Nullable @QueryValue String sort) {
        String search = QueryInput.search("q", q);
        CallContext p = calls.of(ApiPrincipal.of(auth));
        if (p.isProvincial()) {
            return PageOf.of(centers.search(p, search, type, status, page, size, sort, true));
        }
        return new PageOf<>(List.of(centers.current(p)), 1, 0, 1);
    }

    @Get("/{id}")
    public ServiceCenter get(Authentication auth, @PathVariable long id) {
        return centers.open(calls.of(ApiPrincipal.of(auth)), id);
    }

    @Put("/{id}")
    public ServiceCenter update(Authentication auth, @PathVariable long id, @Body CenterProfileForm form) {
        Principal p = ApiPrincipal.of(auth);
        if (id != p.tenantId()) {
            throw new NotFoundException("center", id);
        }
        return centers.updateProfile(calls.of(p), form);
    }
}
