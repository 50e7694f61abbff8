package vn.motcua.ui.views;

import vn.motcua.core.context.BusinessTime;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.validation.Messages;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.security.Session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Route("dang-nhap")
@PublicPage
@Prototype
public class LoginView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(BusinessTime.ZONE);

    private final LoginService loginService;
    private final LoginForm form = new LoginForm();

    public LoginView(LoginService loginService) {
        this.loginService = loginService;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setI18n(i18n(Texts.t("login.badCredentials"), Texts.t("login.checkAndRetry")));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::login);
        add(new H1(Texts.t("login.heading")), new Paragraph(Texts.t("common.centerKind")), form);
    }

    private void login(AbstractLogin.LoginEvent event) {
        LoginResult result = loginService.login(event.getUsername(), event.getPassword());
        switch (result.outcome()) {
            case SUCCESS -> {
                Session.signIn(result.principal());
                getUI().ifPresent(ui -> ui.navigate(""));
                return;
            }
            case LOCKED -> form.setI18n(i18n(Texts.t("login.locked"),
                    Messages.vi("login.locked", TIME.format(result.lockedUntil()))));
            case INACTIVE -> form.setI18n(i18n(Texts.t("login.cannotLogIn"), Messages.vi("login.inactive")));
            default -> form.setI18n(i18n(Texts.t("login.badCredentials"), Texts.t("login.checkAndRetry")));
        }
        form.setError(true);
        form.setEnabled(true);
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Texts.t("login.title"));
        i18n.getForm().setUsername(Texts.t("login.username"));
        i18n.getForm().setPassword(Texts.t("login.password"));
        i18n.getForm().setSubmit(Texts.t("login.title"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(Texts.t("login.usernameRequired"));
        i18n.getErrorMessage().setPassword(Texts.t("login.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.login");
    }
}
