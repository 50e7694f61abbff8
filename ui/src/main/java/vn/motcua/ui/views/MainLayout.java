package vn.motcua.ui.views;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.security.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.admin.CentersView;
import vn.motcua.ui.views.audit.AuditView;
import vn.motcua.ui.views.admin.WorkingCalendarView;
import vn.motcua.ui.views.catalog.CatalogView;
import vn.motcua.ui.views.catalog.CenterProceduresView;
import vn.motcua.ui.views.clerk.ClerkHomeView;
import vn.motcua.ui.views.director.CenterProfileView;
import vn.motcua.ui.views.director.StaffPage;
import vn.motcua.ui.views.workflow.WorkflowView;

/** The frame of every page after login: who and which center, the menu of their role, logout. */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private final LoginService loginService;
    private final Span who = new Span();
    private final HorizontalLayout actingBanner = new HorizontalLayout();
    private final SideNav nav = new SideNav();

    public MainLayout(LoginService loginService) {
        this.loginService = loginService;
        Span brand = new Span("MotCua");
        brand.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-l)");
        Button logout = new Button("Đăng xuất", e -> logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        who.setId("current-user");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, actingBanner, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        addToDrawer(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Session.principal().ifPresent(this::show);
    }

    private void show(Principal p) {
        who.setText(p.fullName() + " — " + p.role().label() + " — " + p.centerName());
        nav.removeAll();
        actingBanner.removeAll();
        if (p.role() == Role.PROVINCIAL_ADMIN) {
            nav.addItem(new SideNavItem("Các trung tâm", CentersView.class));
            nav.addItem(new SideNavItem("Lịch làm việc", WorkingCalendarView.class));
            nav.addItem(new SideNavItem("Danh mục thủ tục", CatalogView.class));
            if (!p.actingAsOtherCenter()) {
                nav.addItem(new SideNavItem("Quy trình mặc định", WorkflowView.class));
            }
        }
        if (p.managesCenter()) {
            nav.addItem(new SideNavItem("Hộp việc hồ sơ", ClerkHomeView.class));
            nav.addItem(new SideNavItem("Tra cứu hồ sơ", vn.motcua.ui.views.clerk.DossierSearchView.class));
            nav.addItem(new SideNavItem("Hồ sơ trung tâm", CenterProfileView.class));
            nav.addItem(new SideNavItem("Cán bộ", StaffPage.class));
            nav.addItem(new SideNavItem("Thủ tục của trung tâm", CenterProceduresView.class));
            nav.addItem(new SideNavItem("Quy trình nội bộ", WorkflowView.class));
        }
        if (p.managesCenter() || p.role() == Role.PROVINCIAL_ADMIN) {
            nav.addItem(new SideNavItem("Nhật ký thao tác", AuditView.class));
        }
        if (p.role() == Role.CLERK) {
            nav.addItem(new SideNavItem("Trang làm việc", ClerkHomeView.class));
            nav.addItem(new SideNavItem("Tiếp nhận hồ sơ", vn.motcua.ui.views.clerk.IntakeView.class));
            nav.addItem(new SideNavItem("Tra cứu hồ sơ", vn.motcua.ui.views.clerk.DossierSearchView.class));
            nav.addItem(new SideNavItem("Cán bộ trung tâm", StaffPage.class));
            nav.addItem(new SideNavItem("Thủ tục của trung tâm", CenterProceduresView.class));
        }
        if (p.actingAsOtherCenter()) {
            Button back = new Button("Trở về cấp tỉnh", e -> {
                Session.replace(p.actingAs(p.homeTenantId(), "Cấp tỉnh"));
                getUI().ifPresent(ui -> ui.navigate(CentersView.class));
            });
            back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Span acting = new Span("Đang làm việc với tư cách " + p.centerName());
            acting.getElement().getThemeList().add("badge error");
            actingBanner.add(acting, back);
        }
    }

    private void logout() {
        Session.principal().ifPresent(loginService::logout);
        Session.signOut();
        getUI().ifPresent(ui -> ui.getPage().setLocation("dang-nhap"));
    }
}
