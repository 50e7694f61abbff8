package vn.motcua.ui.api;

import vn.motcua.ui.security.CallContexts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.motcua.tenants.staff.StaffForm;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;

/** The staff of the caller's own center. */
@Controller("/api/staff")
@PeopleApiErrors
@Secured({"PROVINCIAL_ADMIN", "DIRECTOR", "CLERK"}) // people only: an API client's token gets 403
public class StaffController {
    private final StaffService staff;

    private final CallContexts calls;

    public StaffController(StaffService staff, CallContexts calls) {
        this.calls = calls;
        this.staff = staff;
    }

    @Get
    public PageOf<StaffView> list(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue Boolean active,
                                  @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                                  @Nullable @QueryValue String sort) {
        return PageOf.of(staff.list(calls.of(ApiPrincipal.of(auth)), QueryInput.search("q", q), active, page, size, sort, true));
    }

    @Get("/{id}")
    public StaffView get(Authentication auth, @PathVariable long id) {
        return staff.get(calls.of(ApiPrincipal.of(auth)), id);
    }

    @Post
    public HttpResponse<StaffView> create(Authentication auth, @Body StaffForm form) {
        return HttpResponse.created(staff.create(calls.of(ApiPrincipal.of(auth)), form));
    }

    @Put("/{id}")
    public StaffView update(Authentication auth, @PathVariable long id, @Body StaffForm form) {
        return staff.update(calls.of(ApiPrincipal.of(auth)), id, form);
    }

    @Post("/{id}/active/{value}")
    public StaffView setActive(Authentication auth, @PathVariable long id, @PathVariable boolean value) {
        return staff.setActive(calls.of(ApiPrincipal.of(auth)), id, value);
    }
}
