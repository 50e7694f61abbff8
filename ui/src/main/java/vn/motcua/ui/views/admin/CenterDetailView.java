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
import io.micronaut.context.annotation.Value;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.ProfileGaps;
import vn.motcua.ui.views.Texts;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.validation.InvalidInputException;
import java.util.Map;
import vn.motcua.ui.views.director.StaffPage;

/** Provincial IT: one center, and the (audited) step of working as that center. */
@Route(value = "tinh/trung-tam", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class CenterDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final CenterService centers;
    final TextField agencyCode = new TextField();
    private final boolean demo;
    Span missing = new Span();

    private final CallContexts calls;

    private final OnboardingService onboarding;

    public CenterDetailView(CenterService centers, CallContexts calls, OnboardingService onboarding,
                            @Value("${motcua.demo.enabled:false}") boolean demo) {
        this.onboarding = onboarding;
        this.calls = calls;
        this.centers = centers;
        this.demo = demo;
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
        agencyCode.setValue(c.agencyCode() == null ? "" : c.agencyCode());
        agencyCode.setPlaceholder("000.00.00.H56");
        agencyCode.setHelperText(Texts.t("center.agencyCode.help") + (demo ? " " + Texts.t("center.agencyCode.demo") : ""));
        agencyCode.setWidth("16em");
        Button saveCode = new Button(Texts.t("center.agencyCode.save"), e -> saveAgencyCode(c));
        saveCode.setId("save-agency-code");
        HorizontalLayout code = new HorizontalLayout(agencyCode, saveCode);
        code.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.addFormItem(code, Texts.t("center.field.agencyCode"));
        details.addFormItem(new Span(nvl(c.address())), Texts.t("center.field.address"));
        details.addFormItem(new Span(nvl(c.phone())), Texts.t("center.field.phone"));
        details.addFormItem(new Span(nvl(c.email())), Texts.t("center.field.email"));
        details.addFormItem(new Span(nvl(c.openingHours())), Texts.t("center.field.openingHours"));
        details.addFormItem(new Span(c.mergedFrom() == null ? Texts.t("center.field.notMerged") : c.mergedFrom()), Texts.t("center.field.mergedFrom"));

        Button actAs = new Button(Texts.t("center.actAs"), e -> confirmActAs(principal, c));
        actAs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actAs.setId("act-as");
        missing = ProfileGaps.badge(c);
        missing.setId("center-missing");
        Button status = new Button(c.status() == CenterStatus.INACTIVE ? Texts.t("center.reopen") : Texts.t("center.suspend"),
                e -> confirmStatus(c));
        status.setId("center-status");
        status.setVisible(c.type() != CenterType.TINH
                && (c.status() == CenterStatus.ACTIVE || c.status() == CenterStatus.INACTIVE));
        if (c.status() == CenterStatus.ACTIVE) {
            status.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        add(new H2(c.displayName()), missing, details, new HorizontalLayout(actAs, status),
                new Button(Texts.t("center.backToList"), e -> getUI().ifPresent(ui -> ui.navigate(CentersView.class))));
    }

    /** Suspending asks first; reopening does not. Both audited by the service; nothing is deleted. */
    void confirmStatus(ServiceCenter c) {
        if (c.status() == CenterStatus.INACTIVE) {
            changeStatus(c);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("center-suspend-confirm");
        dialog.setHeader(Texts.t("center.suspendQuestion", c.displayName()));
        dialog.setText(Texts.t("center.suspendWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("center.suspend"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> changeStatus(c));
        dialog.open();
    }

    private void changeStatus(ServiceCenter c) {
        try {
            ServiceCenter saved = c.status() == CenterStatus.INACTIVE ? onboarding.reopen(calls.current(), c.id())
                    : onboarding.suspend(calls.current(), c.id());
            Notices.success(saved.status() == CenterStatus.INACTIVE ? Texts.t("center.suspended", saved.displayName())
                    : Texts.t("center.reopened", saved.displayName()));
            setParameter(null, c.id());
        } catch (InvalidInputException e) {
            Notices.show(e, Map.of());
        }
    }

    void saveAgencyCode(ServiceCenter c) {
        try {
            ServiceCenter saved = centers.setAgencyCode(calls.current(), c.id(), agencyCode.getValue(), null);
            agencyCode.setInvalid(false);
            agencyCode.setValue(saved.agencyCode() == null ? "" : saved.agencyCode());
            Span fresh = ProfileGaps.badge(saved);
            missing.setText(fresh.getText());
            missing.getElement().setAttribute("theme", fresh.getElement().getAttribute("theme"));
            Notices.success(Texts.t("center.agencyCode.saved", agencyCode.getValue()));
        } catch (InvalidInputException e) {
            Notices.show(e, Map.of("agencyCode", agencyCode));
        }
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
