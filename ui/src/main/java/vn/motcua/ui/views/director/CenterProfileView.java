package vn.motcua.ui.views.director;

import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.tenants.center.CenterProfileForm;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.ProfileGaps;
import vn.motcua.ui.views.Texts;
import com.vaadin.flow.component.html.Span;

import java.util.Map;

/** The director edits their center's profile; the service validates, the page shows each message on its field. */
@Route(value = "trung-tam/ho-so", layout = MainLayout.class)
@RequiresPermission(Permission.OPEN_CENTER_PROFILE)
@Prototype
public class CenterProfileView extends VerticalLayout implements HasDynamicTitle {
    private final CenterService centers;
    final TextField name = new TextField(Texts.t("center.field.name"));
    final TextField agencyCode = new TextField(Texts.t("profile.agencyCode"));
    final TextField address = new TextField(Texts.t("center.field.address"));
    final TextField phone = new TextField(Texts.t("center.field.phone"));
    final EmailField email = new EmailField(Texts.t("center.field.email"));
    final TextField openingHours = new TextField(Texts.t("center.field.openingHours"));
    final Span missing = new Span();
    final Button save = new Button(Texts.t("common.save"));
    private Long version;

    private final CallContexts calls;

    public CenterProfileView(CenterService centers, CallContexts calls) {
        this.calls = calls;
        this.centers = centers;
        name.setId("center-name");
        save.setId("save-center");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        // the agency code is provincial IT's to set: shown, not edited here
        agencyCode.setReadOnly(true);
        agencyCode.setHelperText(Texts.t("center.agencyCode.help"));
        missing.setId("center-missing");
        FormLayout form = new FormLayout(name, agencyCode, address, phone, email, openingHours);
        add(new H2(Texts.t("profile.heading")), missing, form, save);
        load(centers.current(calls.current()));
    }

    private void load(ServiceCenter c) {
        name.setValue(c.name());
        agencyCode.setValue(nvl(c.agencyCode()));
        address.setValue(nvl(c.address()));
        phone.setValue(nvl(c.phone()));
        email.setValue(nvl(c.email()));
        openingHours.setValue(nvl(c.openingHours()));
        missing.setText(ProfileGaps.text(c));
        missing.getElement().getThemeList().clear();
        missing.getElement().getThemeList().add(c.missing().isEmpty() ? "badge success" : "badge error");
        version = c.version();
    }

    void save() {
        try {
            ServiceCenter saved = centers.updateProfile(calls.current(), new CenterProfileForm(name.getValue(),
                    address.getValue(), phone.getValue(), email.getValue(), openingHours.getValue(), version));
            load(saved);
            Map.of("name", name, "address", address, "phone", phone, "email", email, "openingHours", openingHours)
                    .values().forEach(f -> f.setInvalid(false));
            Notices.success(Texts.t("profile.saved"));
        } catch (InvalidInputException e) {
            Notices.show(e, Map.of("name", name, "address", address, "phone", phone, "email", email, "openingHours", openingHours));
        } catch (ConcurrentChangeException e) {
            Notices.error(Messages.vi("concurrent.change"));
        }
    }

    private static String nvl(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.profile");
    }
}
