package vn.motcua.ui.views.apiclient;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.Permission;
import vn.motcua.tenants.apiclient.ApiClients;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;

/** The director: the API clients of their own center (scope: this center only). */
@Route(value = "trung-tam/ung-dung-api", layout = MainLayout.class)
@RequiresPermission(Permission.MANAGE_CENTER)
@Prototype
public class CenterApiClientsView extends ApiClientsPage {
    public CenterApiClientsView(ApiClients clients, CenterService centers, CallContexts calls) {
        super(clients, centers, calls, false);
    }
}
