package vn.motcua.tenants.security;

import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.context.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.testing.TwoCenters;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginServiceTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    LoginService login;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditLog audit;

    TwoCenters c;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("motcua.security.max-failures", "3", "motcua.security.lock-minutes", "15");
    }

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "lg.");
    }

    @Test
    void eachRoleLogsInToItsOwnCenter() {
        assertEquals(Role.PROVINCIAL_ADMIN, c.admin().role());
        assertEquals(c.province.id(), c.admin.tenantId());
        assertEquals(Role.DIRECTOR, c.directorA().role());
        assertEquals(c.a.id(), c.directorA.tenantId());
        assertEquals(Role.CLERK, c.clerkB().role());
        assertEquals(c.b.id(), c.clerkB.tenantId());
        assertEquals("Trần Thị Bình", c.clerkA().fullName());
        assertTrue(audit.count(c.a.tenantId(), AuditAction.LOGIN) >= 2);
    }

    @Test
    void usernamesAreCaseInsensitiveAndPasswordsAreNot() {
        assertTrue(login.login("  LG.GD.A ", TwoCenters.PASSWORD).succeeded());
        assertEquals(LoginResult.Outcome.FAILED, login.login("lg.gd.a", TwoCenters.PASSWORD.toUpperCase()).outcome());
    }

    @Test
    void aWrongPasswordFailsAndIsAudited() {
        long before = audit.count(c.b.tenantId(), AuditAction.LOGIN_FAILED);
        LoginResult result = login.login("lg.cb.b", "sai-mat-khau");
        assertEquals(LoginResult.Outcome.FAILED, result.outcome());
        assertNull(result.principal());
        assertEquals(before + 1, audit.count(c.b.tenantId(), AuditAction.LOGIN_FAILED));
        assertTrue(login.login("lg.cb.b", TwoCenters.PASSWORD).succeeded(), "a success resets the count");
    }

    @Test
    void anUnknownUsernameFailsLikeAWrongPassword() {
        assertEquals(LoginResult.Outcome.FAILED, login.login("khong.ton.tai", "x").outcome());
        assertEquals(LoginResult.Outcome.FAILED, login.login("", "").outcome());
        assertTrue(audit.count(c.province.tenantId(), AuditAction.LOGIN_FAILED_UNKNOWN_USER) >= 1);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        login.login("lg.gd.b", "sai1");
        login.login("lg.gd.b", "sai2");
        LoginResult third = login.login("lg.gd.b", "sai3");
        assertEquals(LoginResult.Outcome.LOCKED, third.outcome());
        LoginResult right = login.login("lg.gd.b", TwoCenters.PASSWORD);
        assertEquals(LoginResult.Outcome.LOCKED, right.outcome());
        assertTrue(right.lockedUntil().isAfter(java.time.Instant.now().plusSeconds(14 * 60)));
        assertTrue(audit.count(c.b.tenantId(), AuditAction.ACCOUNT_LOCKED) >= 1);
        assertTrue(audit.count(c.b.tenantId(), AuditAction.LOGIN_REFUSED_LOCKED) >= 1);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = hasher.hash("Matkhau123");
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertTrue(hasher.matches("Matkhau123", hash));
        assertTrue(!hasher.matches("Matkhau124", hash));
    }
}
