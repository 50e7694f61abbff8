package vn.motcua.ui.views.admin;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.director.StaffPage;

/** Provincial IT: one center, and the (audited) step of working as that center. */
@Route(value = "tinh/trung-tam", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class CenterDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final CenterService centers;

    private final CallContexts calls;

    public CenterDetailView(CenterService centers, CallContexts calls) {
        this.calls = calls;
        this.centers = centers;
    }

    @Override
    public void setParameter(BeforeEvent event, Long centerId) {
        Principal principal = Session.require();
        ServiceCenter c = centers.open(calls.current(), centerId);
        removeAll();
        FormLayout details = new FormLayout();
        details.addFormItem(new Span(c.code()), Texts.t("center.field.code"));
        details.addFormItem(new Span(c.type().label()), Texts.t("center.field.type"));
        details.addFormItem(new Span(c.status().label()), Texts.t("center.field.status"));
        details.addFormItem(new Span(c.provinceName()), Texts.t("center.field.province"));
        details.addFormItem(new Span(nvl(c.agencyCode())), Texts.t("center.field.agencyCode"));
        details.addFormItem(new Span(nvl(c.address())), Texts.t("center.field.address"));
        details.addFormItem(new Span(nvl(c.phone())), Texts.t("center.field.phone"));
        details.addFormItem(new Span(nvl(c.email())), Texts.t("center.field.email"));
        details.addFormItem(new Span(c.mergedFrom() == null ? Texts.t("center.field.notMerged") : c.mergedFrom()), Texts.t("center.field.mergedFrom"));

        Button actAs = new Button(Texts.t("center.actAs"), e -> confirmActAs(principal, c));
        actAs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actAs.setId("act-as");
        add(new H2(c.displayName()), details, actAs, new Button(Texts.t("center.backToList"),
                e -> getUI().ifPresent(ui -> ui.navigate(CentersView.class))));
    }

    private void confirmActAs(Principal principal, ServiceCenter c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("center.actAsQuestion", c.displayName()));
        dialog.setText(Texts.t("center.actAsWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("common.ok"));
        dialog.addConfirmListener(e -> {
            ServiceCenter center = centers.actAs(calls.current(), c.id());
            Session.replace(Session.require().actingAs(center.id(), center.displayName()));
            getUI().ifPresent(ui -> ui.navigate(StaffPage.class));
        });
        dialog.open();
    }

    private static String nvl(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.center");
    }
}
