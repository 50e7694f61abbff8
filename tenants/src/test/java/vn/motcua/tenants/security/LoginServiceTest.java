package vn.motcua.tenants.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditEntry;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.Role;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.tenants.staff.StaffForm;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.testing.TwoCenters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    @Inject
    LoginAudit loginAudit;
    @Inject
    StaffService staff;
    @Inject
    MovableClock clock;

    TwoCenters c;

    @Override
    public Map<String, String> extraProperties() {
        // the clock is moved past each wait instead of sleeping; short caps keep a long flood inside one burst
        return Map.of("motcua.test.movable-clock", "true", "motcua.security.login.max-delay", "2s",
                "motcua.security.login.account-max-delay", "4s");
    }

    @BeforeAll
    void centers() {
        clock.set(Instant.parse("2026-11-30T02:00:00Z"));
        c = new TwoCenters(context, "lg.");
    }

    /** A fresh clerk of center A (so each test has its own throttle counts); returns the username given. */
    private String newClerk(String fullName) {
        return staff.create(c.directorA(), new StaffForm(fullName, null, TwoCenters.PASSWORD, Role.CLERK, null, null,
                null, null)).username();
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
        assertTrue(login.login("  LG.GD.A ", TwoCenters.PASSWORD, "10.0.1.1").succeeded());
        assertEquals(LoginResult.Outcome.FAILED, login.login("lg.gd.a", TwoCenters.PASSWORD.toUpperCase(), "10.0.1.1").outcome());
    }

    @Test
    void aWrongPasswordFailsAndIsAuditedWithTheAddress() {
        String user = newClerk("Sai Một Lần");
        long before = audit.count(c.a.tenantId(), AuditAction.LOGIN_FAILED);
        LoginResult result = login.login(user, "sai-mat-khau", "10.0.2.1");
        assertEquals(LoginResult.Outcome.FAILED, result.outcome());
        assertNull(result.principal());
        assertEquals(before + 1, audit.count(c.a.tenantId(), AuditAction.LOGIN_FAILED));
        assertTrue(lastDetail(c.a, AuditAction.LOGIN_FAILED).contains("10.0.2.1"));
        assertTrue(login.login(user, TwoCenters.PASSWORD, "10.0.2.1").succeeded());
    }

    @Test
    void fiveWrongPasswordsFromOneAddressDoNotKeepTheRealUserOutFromAnother() {
        String user = newClerk("Bị Dò Mật Khẩu");
        for (int i = 0; i < 5; i++) {
            assertEquals(LoginResult.Outcome.FAILED, login.login(user, "sai" + i, "203.0.113.5").outcome());
        }
        LoginResult right = login.login(user, TwoCenters.PASSWORD, "10.0.3.2");
        assertEquals(LoginResult.Outcome.SUCCESS, right.outcome(), "the right password from another address works at once");
    }

    @Test
    void aBotnetOnOneAccountSlowsNewAddressesButNeverTheAddressThePersonSignsInFrom() {
        String user = newClerk("Người Làm Ở Xã");
        assertTrue(login.login(user, TwoCenters.PASSWORD, "10.0.4.1").succeeded());
        for (int bot = 0; bot < 40; bot++) {
            for (int i = 0; i < 5; i++) {
                login.login(user, "doan" + i, "198.51.100." + bot);
            }
        }
        assertEquals(LoginResult.Outcome.SUCCESS, login.login(user, TwoCenters.PASSWORD, "10.0.4.1").outcome(),
                "the person's usual address is not held by failures from elsewhere");
        LoginResult fresh = login.login(user, TwoCenters.PASSWORD, "192.0.2.77");
        assertEquals(LoginResult.Outcome.THROTTLED, fresh.outcome(), "a new address waits while the account is attacked");
        assertTrue(fresh.retryAfterSeconds() <= 4);
    }

    @Test
    void afterAFewFailuresFurtherAttemptsAreRefusedWithoutHashing() {
        String user = newClerk("Đoán Nhanh");
        long singleHash = nanos(() -> login.login(user, "sai-lan-dau", "203.0.113.9"));
        for (int i = 0; i < 5; i++) {
            login.login(user, "sai" + i, "203.0.113.9");
        }
        long runsBefore = hasher.argon2Runs();
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            LoginResult r = login.login(user, i == 49 ? TwoCenters.PASSWORD : "doan" + i, "203.0.113.9");
            assertEquals(LoginResult.Outcome.THROTTLED, r.outcome());
            assertTrue(r.retryAfterSeconds() >= 1);
        }
        long fifty = System.nanoTime() - started;
        assertEquals(runsBefore, hasher.argon2Runs(), "no Argon2 run for a throttled attempt");
        assertTrue(fifty < 50 * singleHash / 10, "50 throttled attempts took " + fifty / 1_000_000 + " ms, one hash "
                + singleHash / 1_000_000 + " ms");
        clock.advance(Duration.ofSeconds(3));
        assertTrue(login.login(user, TwoCenters.PASSWORD, "203.0.113.9").succeeded(), "after the wait, the next try counts");
    }

    @Test
    void aHundredFailuresOfOneAccountWriteTwoAuditRowsAndTheSummaryHasTheCount() {
        String user = newClerk("Bị Tấn Công Dồn Dập");
        long failedBefore = audit.count(c.a.tenantId(), AuditAction.LOGIN_FAILED);
        long summaryBefore = audit.count(c.a.tenantId(), AuditAction.LOGIN_FAILURES_SUMMARY);
        int failures = 0;
        int refused = 0;
        while (failures < 100) {
            LoginResult r = login.login(user, "sai" + failures, "203.0.113.50");
            if (r.outcome() == LoginResult.Outcome.THROTTLED) {
                refused++;
                clock.advance(r.retryAfter());
            } else {
                failures++;
            }
        }
        clock.advance(Duration.ofSeconds(5));
        assertTrue(login.login(user, TwoCenters.PASSWORD, "203.0.113.50").succeeded());
        assertEquals(failedBefore + 1, audit.count(c.a.tenantId(), AuditAction.LOGIN_FAILED), "one row for the first");
        assertEquals(summaryBefore + 1, audit.count(c.a.tenantId(), AuditAction.LOGIN_FAILURES_SUMMARY));
        String summary = lastDetail(c.a, AuditAction.LOGIN_FAILURES_SUMMARY);
        assertTrue(summary.startsWith("100 lần đăng nhập sai từ 203.0.113.50 trong "), summary);
        assertTrue(summary.contains(refused + " lần bị từ chối vì thử quá nhanh"), summary);
    }

    @Test
    void unknownNamesNoLongerWriteARowEachTheFloodIsSummedUpWhenItGoesQuiet() {
        long unknownBefore = audit.count(c.province.tenantId(), AuditAction.LOGIN_FAILED_UNKNOWN_USER);
        String prefix = "100 lần đăng nhập bằng tên không tồn tại từ 203.0.113.77";
        int tried = 0;
        while (tried < 100) {
            LoginResult r = login.login("khong.co." + tried, "x", "203.0.113.77");
            if (r.outcome() == LoginResult.Outcome.THROTTLED) {
                clock.advance(r.retryAfter());
            } else {
                tried++;
            }
        }
        assertEquals(unknownBefore + 1, audit.count(c.province.tenantId(), AuditAction.LOGIN_FAILED_UNKNOWN_USER));
        clock.advance(Duration.ofMinutes(6));
        loginAudit.flush(clock.instant());
        assertEquals(1, audit.page(c.province.tenantId(), 0, 1000).getContent().stream()
                .filter(e -> e.detail() != null && e.detail().startsWith(prefix)).count());
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswerInASimilarTime() {
        String user = newClerk("Có Thật");
        List<Long> unknown = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            clock.advance(Duration.ofHours(2)); // every count forgotten: each try is a first, unthrottled failure
            String address = "10.9." + i + ".1";
            String nobody = "khong.ton.tai." + i;
            LoginResult[] out = new LoginResult[2];
            long u = nanos(() -> out[0] = login.login(nobody, "Matkhau999", address));
            long k = nanos(() -> out[1] = login.login(user, "Matkhau999", address));
            assertEquals(out[0], out[1], "unknown name and wrong password: the same result");
            assertEquals(LoginResult.Outcome.FAILED, out[0].outcome());
            if (i > 0) { // the first pair warms up
                unknown.add(u);
                known.add(k);
            }
        }
        double ratio = (double) Math.max(median(unknown), median(known)) / Math.min(median(unknown), median(known));
        assertTrue(ratio < 3, "median unknown " + median(unknown) / 1000 + " µs, known " + median(known) / 1000
                + " µs, ratio " + ratio);
        assertEquals(LoginResult.Outcome.FAILED, login.login("", "", "10.9.99.1").outcome());
    }

    @Test
    void aThrottledAnswerIsTheSameForARealAccountAndAnUnknownName() {
        String user = newClerk("Cũng Có Thật");
        for (int i = 0; i < 6; i++) {
            login.login(user, "sai" + i, "203.0.113.88");
            login.login("khong.ai.ca", "sai" + i, "203.0.113.88");
        }
        long runs = hasher.argon2Runs();
        LoginResult real = login.login(user, "sai", "203.0.113.88");
        LoginResult nobody = login.login("khong.ai.ca", "sai", "203.0.113.88");
        assertEquals(LoginResult.Outcome.THROTTLED, real.outcome());
        assertEquals(real, nobody);
        assertEquals(runs, hasher.argon2Runs());
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = hasher.hash("Matkhau123");
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertTrue(hasher.matches("Matkhau123", hash));
        assertTrue(!hasher.matches("Matkhau124", hash));
    }

    private String lastDetail(vn.motcua.tenants.center.ServiceCenter center, AuditAction action) {
        return audit.page(center.tenantId(), 0, 500).getContent().stream()
                .filter(e -> e.action().equals(action.name())).findFirst().map(AuditEntry::detail).orElse("");
    }

    private static long nanos(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
