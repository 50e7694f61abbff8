package vn.motcua.ui.views;

import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.ui.security.ClientAddress;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.security.Session;

/**
 * The login page. Every failure reads the same ("Sai tên đăng nhập hoặc mật khẩu"), whether the name exists or not;
 * a throttled attempt reads "Thử lại sau N giây", also alike for every name. A one-time password leads to the
 * change-password page and nowhere else.
 */
@Route("dang-nhap")
@PublicPage
@Prototype
public class LoginView extends VerticalLayout implements HasDynamicTitle {
    private final LoginService loginService;
    private final ClientAddress clientAddress;
    final LoginForm form = new LoginForm();
    private String errorText = "";

    public LoginView(LoginService loginService, ClientAddress clientAddress) {
        this.loginService = loginService;
        this.clientAddress = clientAddress;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setI18n(i18n(Texts.t("login.badCredentials"), Texts.t("login.checkAndRetry")));
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.addLoginListener(this::login);
        add(new H1(Texts.t("login.heading")), new Paragraph(Texts.t("common.centerKind")), form);
    }

    private void login(AbstractLogin.LoginEvent event) {
        LoginResult result = loginService.login(event.getUsername(), event.getPassword(),
                clientAddress.of(VaadinRequest.getCurrent()));
        switch (result.outcome()) {
            case SUCCESS -> {
                Session.signIn(result.principal(), result.mustChangePassword());
                getUI().ifPresent(ui -> {
                    if (result.mustChangePassword()) {
                        ui.navigate(ChangePasswordView.class);
                    } else {
                        ui.navigate("");
                    }
                });
                return;
            }
            case THROTTLED -> form.setI18n(i18n(Texts.t("login.badCredentials"),
                    Texts.t("login.retryAfter", result.retryAfterSeconds())));
            default -> form.setI18n(i18n(Texts.t("login.badCredentials"), Texts.t("login.checkAndRetry")));
        }
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        errorText = errorTitle + " — " + errorMessage;
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Texts.t("login.title"));
        i18n.getForm().setUsername(Texts.t("login.username"));
        i18n.getForm().setPassword(Texts.t("login.password"));
        i18n.getForm().setSubmit(Texts.t("login.title"));
        i18n.getForm().setForgotPassword(Texts.t("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(Texts.t("login.usernameRequired"));
        i18n.getErrorMessage().setPassword(Texts.t("login.passwordRequired"));
        return i18n;
    }

    /** What the form shows now (title — message): read by tests. */
    String errorText() {
        return errorText;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.login");
    }
}
