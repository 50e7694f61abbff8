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
import vn.motcua.tenants.merge.CenterLineage;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.Principal;
import com.vaadin.flow.component.Component;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.clerk.DossierSearchView;
import vn.motcua.ui.views.clerk.IntakeView;

import java.util.List;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.admin.CentersView;
import vn.motcua.ui.views.audit.AuditView;
import vn.motcua.ui.views.admin.WorkingCalendarView;
import vn.motcua.ui.views.catalog.CatalogView;
import vn.motcua.ui.views.catalog.CompletenessView;
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

    private final CallContexts calls;

    private final CenterLineage lineage;

    public MainLayout(LoginService loginService, CallContexts calls, CenterLineage lineage) {
        this.loginService = loginService;
        this.lineage = lineage;
        this.calls = calls;
        Span brand = new Span("MotCua");
        brand.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-l)");
        Button logout = new Button(Texts.t("layout.logout"), e -> logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        Button password = new Button(Texts.t("layout.changePassword"), e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("change-password-link");
        who.setId("current-user");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, actingBanner, password, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        addToDrawer(nav);
    }

    /** The menu: every page a person may open ({@link AccessGuard#mayOpen}), in this order. */
    private record MenuItem(String label, Class<? extends Component> view) {
    }

    private static final List<MenuItem> MENU = List.of(
            new MenuItem(Texts.t("layout.menu.centers"), CentersView.class),
            new MenuItem(Texts.t("layout.menu.merge"), vn.motcua.ui.views.admin.MergeView.class),
            new MenuItem(Texts.t("layout.menu.calendar"), WorkingCalendarView.class),
            new MenuItem(Texts.t("layout.menu.catalog"), CatalogView.class),
            new MenuItem(Texts.t("layout.menu.completeness"), CompletenessView.class),
            new MenuItem(Texts.t("layout.menu.legacyImport"), vn.motcua.ui.views.admin.LegacyImportView.class),
            new MenuItem(Texts.t("layout.menu.events"), vn.motcua.ui.views.admin.EventSubscriptionsView.class),
            new MenuItem(Texts.t("layout.menu.inbox"), ClerkHomeView.class),
            new MenuItem(Texts.t("layout.menu.intake"), IntakeView.class),
            new MenuItem(Texts.t("layout.menu.search"), DossierSearchView.class),
            new MenuItem(Texts.t("layout.menu.centerProfile"), CenterProfileView.class),
            new MenuItem(Texts.t("layout.menu.staff"), StaffPage.class),
            new MenuItem(Texts.t("layout.menu.centerProcedures"), CenterProceduresView.class),
            new MenuItem(Texts.t("layout.menu.workflow"), WorkflowView.class),
            new MenuItem(Texts.t("layout.menu.counters"), vn.motcua.ui.views.counter.CountersView.class),
            new MenuItem(Texts.t("layout.menu.equipment"), vn.motcua.ui.views.counter.EquipmentView.class),
            new MenuItem(Texts.t("layout.menu.queue"), vn.motcua.ui.views.counter.QueueSettingsView.class),
            new MenuItem(Texts.t("layout.menu.centerReport"), vn.motcua.ui.views.report.CenterReportView.class),
            new MenuItem(Texts.t("layout.menu.provinceReport"), vn.motcua.ui.views.report.ProvinceReportView.class),
            new MenuItem(Texts.t("layout.menu.audit"), AuditView.class),
            new MenuItem(Texts.t("layout.menu.provinceApiClients"), vn.motcua.ui.views.apiclient.ProvinceApiClientsView.class),
            new MenuItem(Texts.t("layout.menu.apiClients"), vn.motcua.ui.views.apiclient.CenterApiClientsView.class));

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Session.principal().ifPresent(p -> show(p, calls.of(p)));
    }

    private void show(Principal p, CallContext ctx) {
        who.setText(p.fullName() + " — " + p.role().label() + " — " + p.centerName());
        nav.removeAll();
        actingBanner.removeAll();
        for (MenuItem item : MENU) {
            if (AccessGuard.mayOpen(ctx, item.view())) {
                String label = item.view() == WorkflowView.class
                        ? (ctx.may(Permission.EDIT_DEFAULT_WORKFLOWS) ? Texts.t("layout.menu.defaultWorkflow") : Texts.t("layout.menu.internalWorkflow"))
                        : item.label();
                nav.addItem(new SideNavItem(label, item.view()));
            }
        }
        // a center under a merge, or merged into another, is read-only: said on every page of it
        lineage.readOnly(ctx).ifPresent(r -> {
            Span notice = new Span(r.merged() ? Texts.t("layout.readOnlyMerged", r.successorName() == null ? "" : r.successorName())
                    : Texts.t("layout.readOnlyMerging"));
            notice.setId("read-only-notice");
            notice.getElement().getThemeList().add("badge contrast");
            actingBanner.add(notice);
        });
        if (p.actingAsOtherCenter()) {
            Button back = new Button(Texts.t("layout.backToProvince"), e -> {
                Session.replace(p.actingAs(p.homeTenantId(), Texts.t("layout.provinceLevel")));
                getUI().ifPresent(ui -> ui.navigate(CentersView.class));
            });
            back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Span acting = new Span(Texts.t("layout.actingAs", p.centerName()));
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
