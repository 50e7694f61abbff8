package vn.motcua.ui.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.tenants.security.Principal;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.admin.CentersView;
import vn.motcua.ui.views.clerk.ClerkHomeView;
import vn.motcua.ui.views.director.StaffPage;

/** The root sends each role to its own first page. */
@Route("")
@Prototype
public class HomeView extends Div implements BeforeEnterObserver {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Principal p = Session.require();
        switch (p.role()) {
            case PROVINCIAL_ADMIN -> event.forwardTo(p.actingAsOtherCenter() ? StaffPage.class : CentersView.class);
            case DIRECTOR -> event.forwardTo(StaffPage.class);
            case CLERK -> event.forwardTo(ClerkHomeView.class);
        }
    }
}
