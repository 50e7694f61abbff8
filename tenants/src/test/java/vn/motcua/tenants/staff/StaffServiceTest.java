package vn.motcua.tenants.staff;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.tenants.security.AppUser;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordService;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.context.Role;
import vn.motcua.tenants.testing.TwoCenters;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffServiceTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    StaffService staff;
    @Inject
    LoginService login;
    @Inject
    AuditLog audit;
    @Inject
    PasswordService passwords;
    @Inject
    AppUserRepository users;
    @Inject
    TenantTransactions tx;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "st.");
    }

    private StaffForm form(String name, String username) {
        return new StaffForm(name, username, "Matkhau123", Role.CLERK, "Chuyên viên", "0912345678", "a@b.vn", null);
    }

    private long count(CallContext p) {
        return staff.list(p, null, null, 0, 100, null, true).getTotalSize();
    }

    @Test
    void directorAddsAStaffMemberWhoAppearsOnlyInTheirCenter() {
        long before = count(c.directorB());
        StaffView created = staff.create(c.directorA(), form("Đỗ Thị Giang", "st.new.clerk"));
        assertEquals("giangdt.dao-xa.st-a", created.username(), "proposed by the system, not what the form said");
        assertTrue(staff.list(c.directorA(), "do thi giang", null, 0, 10, null, true).getContent().stream()
                .anyMatch(s -> s.id() == created.id()));
        assertEquals(before, count(c.directorB()));
        assertTrue(audit.count(c.a.tenantId(), AuditAction.STAFF_CREATED) >= 1);
    }

    @Test
    void searchIgnoresDiacriticsAndWordOrder() {
        List<StaffView> found = staff.list(c.directorA(), "binh tran", null, 0, 10, null, true).getContent();
        assertEquals(List.of("Trần Thị Bình"), found.stream().map(StaffView::fullName).toList());
    }

    @Test
    void theSystemProposesUsernamesInTheDemoShapeWithANumberWhenTakenAndTheFormCannotChooseOne() {
        assertEquals("hoanglv.dao-xa.st-a", staff.proposeUsername(c.directorA(), "Lê Văn Hoàng"));
        StaffView first = staff.create(c.directorA(), form("Lê Văn Hoàng", "st.gd.b"));
        StaffView second = staff.create(c.directorA(), form("Lê  Văn   Hoàng", "anything.i.like"));
        assertEquals("hoanglv.dao-xa.st-a", first.username());
        assertEquals("hoanglv2.dao-xa.st-a", second.username());
        assertEquals("hoanglv3.dao-xa.st-a", staff.proposeUsername(c.directorA(), "Lê Văn Hoàng"));
        assertEquals("cb.dao-xa.st-a", staff.proposeUsername(c.directorA(), "   "));
        assertThrows(AccessDeniedException.class, () -> staff.proposeUsername(c.clerkA(), "Ai Đó"));
    }

    @Test
    void aNameTakenInAnotherCenterIsSkippedSilentlySoCreatingStaffRevealsNothingAboutOtherCenters() {
        // another center somehow holds the name A would get next (e.g. an account opened by onboarding)
        tx.write(c.b.tenantId(), () -> users.save(AppUser.create(c.b.id(), "anhnv.dao-xa.st-a", "x", Role.CLERK)));
        StaffView created = staff.create(c.directorA(), form("Nguyễn Văn Ánh", null));
        assertEquals("anhnv2.dao-xa.st-a", created.username());
    }

    @Test
    void aDirectorResetsAPasswordTheOldOneStopsWorkingAndTheMemberMustChooseANewOne() {
        StaffView member = staff.create(c.directorA(), form("Quên Mật Khẩu", null));
        long resetsBefore = audit.count(c.a.tenantId(), AuditAction.PASSWORD_RESET);
        String oneTime = staff.resetPassword(c.directorA(), member.id());
        assertEquals(12, oneTime.length());
        assertEquals(resetsBefore + 1, audit.count(c.a.tenantId(), AuditAction.PASSWORD_RESET));
        assertEquals(LoginResult.Outcome.FAILED, login.login(member.username(), "Matkhau123", "10.7.0.1").outcome());
        LoginResult first = login.login(member.username(), oneTime, "10.7.0.1");
        assertTrue(first.succeeded());
        assertTrue(first.mustChangePassword());
        CallContext self = first.principal().at(c.directorA().now());
        InvalidInputException weak = assertThrows(InvalidInputException.class,
                () -> passwords.change(self, oneTime, "ngan"));
        assertEquals("Mật khẩu tối thiểu 8 ký tự, gồm cả chữ và số", weak.vietnamese());
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> passwords.change(self, "Khongphai123", "MatKhauMoi2026"));
        assertEquals("Mật khẩu hiện tại không đúng", wrong.vietnamese());
        assertThrows(InvalidInputException.class, () -> passwords.change(self, oneTime, oneTime));
        passwords.change(self, oneTime, "MatKhauMoi2026");
        assertEquals(LoginResult.Outcome.FAILED, login.login(member.username(), oneTime, "10.7.0.1").outcome());
        LoginResult after = login.login(member.username(), "MatKhauMoi2026", "10.7.0.1");
        assertTrue(after.succeeded());
        assertTrue(!after.mustChangePassword());
        assertTrue(audit.count(c.a.tenantId(), AuditAction.PASSWORD_CHANGED) >= 1);
    }

    @Test
    void onlyTheCentersDirectorOrProvincialItResetsAndNobodyResetsTheirOwn() {
        StaffView member = staff.create(c.directorA(), form("Được Đặt Lại", null));
        assertThrows(AccessDeniedException.class, () -> staff.resetPassword(c.clerkA(), member.id()));
        assertThrows(NotFoundException.class, () -> staff.resetPassword(c.directorB(), member.id()));
        CallContext adminAtA = c.admin.actingAs(c.a.id(), "Xã Đào Xá").at(c.admin().now());
        assertTrue(login.login(member.username(), staff.resetPassword(adminAtA, member.id()), "10.7.0.2").mustChangePassword());
        StaffView self = staff.list(c.directorA(), "nguyen van an", null, 0, 10, null, true).getContent().stream()
                .filter(v -> v.username().equals("st.gd.a")).findFirst().orElseThrow();
        assertThrows(InvalidInputException.class, () -> staff.resetPassword(c.directorA(), self.id()));
    }

    @Test
    void emptyOversizedAndMalformedFieldsGetVietnameseMessagesAndNothingChanges() {
        long before = count(c.directorA());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> staff.create(c.directorA(),
                new StaffForm("", "a b", "short", Role.CLERK, "x".repeat(121), "12ab", "not-an-email", null)));
        Map<String, String> m = messages(e);
        assertEquals("Không được để trống", m.get("fullName"));
        assertEquals("Mật khẩu tối thiểu 8 ký tự, gồm cả chữ và số", m.get("password"));
        assertEquals("Tối đa 120 ký tự", m.get("position"));
        assertTrue(m.get("phone").startsWith("Số điện thoại không hợp lệ"), m.get("phone"));
        assertEquals("Địa chỉ thư điện tử không hợp lệ", m.get("email"));
        assertTrue(e.problems().stream().allMatch(p -> !p.detail().isBlank()), "English detail for the API");
        assertEquals(before, count(c.directorA()));
    }

    @Test
    void theLastActiveDirectorCannotBeDeactivatedOrDemoted() {
        StaffView director = staff.list(c.directorB(), "cuong", null, 0, 10, null, true).getContent().get(0);
        InvalidInputException off = assertThrows(InvalidInputException.class,
                () -> staff.setActive(c.directorB(), director.id(), false));
        assertEquals("Trung tâm cần ít nhất một giám đốc đang hoạt động", off.vietnamese());
        StaffForm demote = new StaffForm(director.fullName(), director.username(), null, Role.CLERK, null, null, null,
                director.version());
        assertThrows(InvalidInputException.class, () -> staff.update(c.directorB(), director.id(), demote));
        assertTrue(staff.get(c.directorB(), director.id()).active());
    }

    @Test
    void deactivatedStaffCannotLogIn() {
        StaffView member = staff.create(c.directorA(), form("Tạm Nghỉ", "st.leaving"));
        staff.setActive(c.directorA(), member.id(), false);
        assertEquals(LoginResult.Outcome.FAILED, login.login(member.username(), "Matkhau123").outcome(),
                "the same answer as a wrong password: nothing says the account exists");
        staff.setActive(c.directorA(), member.id(), true);
        assertTrue(login.login(member.username(), "Matkhau123").succeeded());
    }

    @Test
    void aClerkCanReadButNotChangeStaff() {
        assertTrue(count(c.clerkA()) >= 2);
        assertThrows(AccessDeniedException.class, () -> staff.create(c.clerkA(), form("Không Được", "st.nope")));
    }

    @Test
    void anotherCentersStaffIdIsNotFoundForReadAndWrite() {
        long idOfB = staff.list(c.directorB(), null, null, 0, 10, null, true).getContent().get(0).id();
        assertThrows(NotFoundException.class, () -> staff.get(c.directorA(), idOfB));
        assertThrows(NotFoundException.class, () -> staff.get(c.clerkA(), idOfB));
        assertThrows(NotFoundException.class, () -> staff.update(c.directorA(), idOfB, form("Chiếm Quyền", "x.y.z")));
        assertThrows(NotFoundException.class, () -> staff.setActive(c.directorA(), idOfB, false));
        assertTrue(staff.get(c.directorB(), idOfB).active());
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentChange() {
        StaffView member = staff.create(c.directorA(), form("Hai Người Sửa", null));
        StaffForm first = new StaffForm("Sửa Lần Một", member.username(), null, Role.CLERK, null, null, null, member.version());
        staff.update(c.directorA(), member.id(), first);
        StaffForm stale = new StaffForm("Sửa Lần Hai", member.username(), null, Role.CLERK, null, null, null, member.version());
        assertThrows(vn.motcua.core.validation.ConcurrentChangeException.class,
                () -> staff.update(c.directorA(), member.id(), stale));
        assertEquals("Sửa Lần Một", staff.get(c.directorA(), member.id()).fullName());
    }

    private static Map<String, String> messages(InvalidInputException e) {
        return e.problems().stream().collect(Collectors.toMap(Problem::field, Problem::message, (x, y) -> x));
    }
}
