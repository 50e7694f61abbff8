package vn.motcua.ui.views;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Role;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.staff.StaffForm;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.tenants.testing.TwoCenters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login page says the same thing for every failure, so it never tells whether an account exists. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    StaffService staff;
    @Inject
    vn.motcua.core.testing.MovableClock clock;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "lv.");
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        clock.set(null);
        MockVaadin.tearDown();
    }

    private String attempt(String username, String password) {
        LoginView view = context.createBean(LoginView.class);
        UI.getCurrent().add(view);
        LoginFormKt._login(view.form, username, password);
        return view.errorText();
    }

    @Test
    void anUnknownNameAWrongPasswordAndADeactivatedAccountReadAlike() {
        StaffView leaving = staff.create(c.directorA(), new StaffForm("Nghỉ Việc", null, TwoCenters.PASSWORD, Role.CLERK,
                null, null, null, null));
        staff.setActive(c.directorA(), leaving.id(), false);
        String unknown = attempt("khong.ton.tai", "Matkhau999");
        assertEquals("Sai tên đăng nhập hoặc mật khẩu — Vui lòng kiểm tra lại và thử lại.", unknown);
        assertEquals(unknown, attempt("lv.cb.a", "Matkhau999"));
        assertEquals(unknown, attempt(leaving.username(), TwoCenters.PASSWORD), "a deactivated account says nothing more");
    }

    @Test
    void aThrottledAttemptSaysHowLongToWaitAlikeForARealAndAnUnknownName() {
        // the clock stands still, so the wait read back does not shrink with a slow machine
        clock.set(context.getBean(vn.motcua.core.context.BusinessTime.class).now());
        for (int i = 0; i < 6; i++) {
            attempt("lv.cb.b", "sai" + i);
            attempt("khong.co.that", "sai" + i);
        }
        String real = attempt("lv.cb.b", "sai");
        assertTrue(real.contains("Thử lại sau 2 giây"), real);
        assertEquals(real, attempt("khong.co.that", "sai"));
    }

    @Test
    void theForgotPasswordLinkIsVietnamese() {
        LoginView view = context.createBean(LoginView.class);
        assertEquals(Texts.t("login.forgotPassword"), "Quên mật khẩu?");
        assertTrue(view.form.isForgotPasswordButtonVisible());
    }
}
