package vn.motcua.ui.views.apiclient;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.Permission;
import vn.motcua.tenants.apiclient.ApiClients;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;

/** Provincial IT: every API client of the province, for any center or the whole province. */
@Route(value = "tinh/ung-dung-api", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class ProvinceApiClientsView extends ApiClientsPage {
    public ProvinceApiClientsView(ApiClients clients, CenterService centers, CallContexts calls) {
        super(clients, centers, calls, true);
    }
}
