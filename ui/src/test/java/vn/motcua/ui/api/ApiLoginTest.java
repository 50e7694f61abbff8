package vn.motcua.ui.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Role;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordService;
import vn.motcua.tenants.staff.StaffForm;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.testing.AppHttp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP Basic on /api: throttled, not locked; the client address from the connection; one-time passwords first. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiLoginTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    StaffService staff;
    @Inject
    LoginService login;
    @Inject
    PasswordService passwords;

    TwoCenters c;
    AppHttp app;

    @Override
    public Map<String, String> extraProperties() {
        // the test client connects from 127.0.0.1, which is not a trusted proxy here
        return Map.of("micronaut.server.port", "-1", "motcua.security.trusted-proxies", "192.0.2.1",
                "motcua.security.login.address-free-failures", "1000");
    }

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "al.");
        app = new AppHttp(server);
    }

    private StaffView newClerk(String name) {
        return staff.create(c.directorA(), new StaffForm(name, null, TwoCenters.PASSWORD, Role.CLERK, null, null, null, null));
    }

    private HttpResponse<String> me(String user, String password, String forwardedFor) throws Exception {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            headers.put("X-Forwarded-For", forwardedFor);
        }
        return app.getWith("/api/me", headers);
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerIsIgnoredSoEachGuessStillCountsAgainstTheRealAddress() throws Exception {
        String user = newClerk("Bị Dò Qua Api").username();
        for (int i = 0; i < 6; i++) {
            assertEquals(401, me(user, "sai" + i, "198.51.100." + i).statusCode());
        }
        HttpResponse<String> next = me(user, "sai-nua", "198.51.100.99");
        assertEquals(429, next.statusCode(), "a fresh X-Forwarded-For per guess does not make a fresh client");
        assertTrue(next.body().contains("Thử lại sau"), next.body());
        assertTrue(next.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aThrottledAnswerIsTheSameForARealAccountAndAnUnknownName() throws Exception {
        String user = newClerk("Có Tài Khoản Api").username();
        for (int i = 0; i < 6; i++) {
            me(user, "sai" + i, null);
            me("khong.co.ai.api", "sai" + i, null);
        }
        HttpResponse<String> real = me(user, "sai", null);
        HttpResponse<String> nobody = me("khong.co.ai.api", "sai", null);
        assertEquals(429, real.statusCode());
        assertEquals(real.statusCode(), nobody.statusCode());
        assertEquals(real.body(), nobody.body());
        assertEquals(real.headers().firstValue("Retry-After"), nobody.headers().firstValue("Retry-After"));
    }

    @Test
    void anUnknownNameAndAWrongPasswordAreTheSame401() throws Exception {
        String user = newClerk("Sai Một Lần Api").username();
        HttpResponse<String> wrong = me(user, "sai", null);
        HttpResponse<String> unknown = me("khong.ton.tai.api", "sai", null);
        assertEquals(401, wrong.statusCode());
        assertEquals(wrong.statusCode(), unknown.statusCode());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void anAccountWithAOneTimePasswordGetsA403UntilItChoosesANewOne() throws Exception {
        StaffView member = newClerk("Mới Được Đặt Lại");
        String oneTime = staff.resetPassword(c.directorA(), member.id());
        assertEquals(401, me(member.username(), TwoCenters.PASSWORD, null).statusCode(), "the old password is refused");
        HttpResponse<String> blocked = me(member.username(), oneTime, null);
        assertEquals(403, blocked.statusCode());
        assertTrue(blocked.body().contains("đổi mật khẩu") && blocked.body().contains("one-time password"), blocked.body());
        passwords.change(login.login(member.username(), oneTime).principal().at(c.directorA().now()), oneTime,
                "MatKhauMoi2026");
        HttpResponse<String> after = me(member.username(), "MatKhauMoi2026", null);
        assertEquals(200, after.statusCode(), after.body());
    }
}
