package vn.motcua.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordService;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.Session;

import java.util.Map;

/**
 * A signed-in person changes their password (current, new, new again). After a reset this is the only page that
 * opens ({@code AccessGuard}) until the one-time password is replaced.
 */
@Route("doi-mat-khau")
@Prototype
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {
    final PasswordField current = new PasswordField(Texts.t("password.current"));
    final PasswordField chosen = new PasswordField(Texts.t("password.new"));
    final PasswordField again = new PasswordField(Texts.t("password.again"));
    final Button save = new Button(Texts.t("password.save"));

    public ChangePasswordView(PasswordService passwords, CallContexts calls, LoginService loginService) {
        setAlignItems(FlexComponent.Alignment.STRETCH);
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto");
        setId("change-password");
        current.setId("password-current");
        chosen.setId("password-new");
        again.setId("password-again");
        save.setId("password-save");
        chosen.setHelperText(Texts.t("password.rule"));
        boolean forced = Session.mustChangePassword();
        add(new H1(Texts.t("password.heading")),
                new Paragraph(forced ? Texts.t("password.forcedIntro") : Texts.t("password.intro")), current, chosen, again);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            again.setInvalid(false);
            if (!chosen.getValue().equals(again.getValue())) {
                again.setErrorMessage(Texts.t("password.mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                passwords.change(calls.current(), current.getValue(), chosen.getValue());
                Session.passwordChanged();
                Notices.success(Texts.t("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidInputException ex) {
                Notices.show(ex, Map.of("currentPassword", current, "newPassword", chosen));
            }
        });
        Button leave = forced
                ? new Button(Texts.t("layout.logout"), e -> {
                    Session.principal().ifPresent(loginService::logout);
                    Session.signOut();
                    getUI().ifPresent(ui -> ui.getPage().setLocation("dang-nhap"));
                })
                : new Button(Texts.t("common.cancel"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        leave.setId("password-leave");
        add(new HorizontalLayout(save, leave));
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.changePassword");
    }
}
