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
import vn.motcua.tenants.security.LoginService;
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
        assertEquals("st.new.clerk", created.username());
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
    void aUsernameTakenInAnotherCenterIsRefusedInVietnameseAndNothingChanges() {
        long before = count(c.directorA());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> staff.create(c.directorA(), form("Người Trùng Tên", "ST.GD.B")));
        assertEquals("Tên đăng nhập đã được sử dụng", messages(e).get("username"));
        assertEquals(before, count(c.directorA()));
    }

    @Test
    void emptyOversizedAndMalformedFieldsGetVietnameseMessagesAndNothingChanges() {
        long before = count(c.directorA());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> staff.create(c.directorA(),
                new StaffForm("", "a b", "short", Role.CLERK, "x".repeat(121), "12ab", "not-an-email", null)));
        Map<String, String> m = messages(e);
        assertEquals("Không được để trống", m.get("fullName"));
        assertTrue(m.get("username").startsWith("Tên đăng nhập chỉ gồm"), m.get("username"));
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
        assertEquals(vn.motcua.tenants.security.LoginResult.Outcome.INACTIVE,
                login.login("st.leaving", "Matkhau123").outcome());
        staff.setActive(c.directorA(), member.id(), true);
        assertTrue(login.login("st.leaving", "Matkhau123").succeeded());
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
        StaffView member = staff.create(c.directorA(), form("Hai Người Sửa", "st.twice"));
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
