package vn.motcua.ui.views.clerk;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.security.Role;
import vn.motcua.ui.security.AllowedRoles;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;

/** A clerk's start page: their center and themselves. Dossier work is added here as it is built. */
@Route(value = "tiep-nhan", layout = MainLayout.class)
@PageTitle("Trang làm việc — MotCua")
@AllowedRoles(Role.CLERK)
@Prototype
public class ClerkHomeView extends VerticalLayout {
    public ClerkHomeView(CenterService centers) {
        Principal p = Session.require();
        ServiceCenter center = centers.current(p);
        H2 title = new H2("Xin chào, " + p.fullName());
        title.setId("clerk-greeting");
        Paragraph where = new Paragraph("Trung tâm Phục vụ hành chính công " + center.displayName()
                + " — " + center.provinceName());
        where.setId("clerk-center");
        add(title, where, new Paragraph("Vai trò: " + p.role().label()));
    }
}
