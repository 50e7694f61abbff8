package vn.motcua.tenants.center;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CenterServiceTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    CenterService centers;
    @Inject
    AuditLog audit;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "ct.");
    }

    @Test
    void provincialSearchIgnoresDiacriticsSoDaoXaFindsDaoXa() {
        List<String> names = centers.search(c.admin(), "dao xa", null, null, 0, 20, "name", true)
                .getContent().stream().map(ServiceCenter::name).toList();
        assertEquals(List.of("Đào Xá"), names);
        assertEquals(3, centers.search(c.admin(), "", null, null, 0, 20, "code", false).getTotalSize());
        assertEquals(List.of("ct.T", "ct.B", "ct.A"), centers.search(c.admin(), null, null, null, 0, 20, "code", false)
                .getContent().stream().map(ServiceCenter::code).toList());
        assertEquals(1, centers.search(c.admin(), null, CenterType.TINH, null, 0, 20, null, true).getTotalSize());
    }

    @Test
    void onlyProvincialItListsTheRegistry() {
        assertThrows(AccessDeniedException.class, () -> centers.search(c.directorA(), null, null, null, 0, 10, null, true));
        assertThrows(AccessDeniedException.class, () -> centers.search(c.clerkA(), "an binh", null, null, 0, 10, null, true));
    }

    @Test
    void aCommuneCannotOpenAnotherCenterAndGetsNotFound() {
        assertEquals("Đào Xá", centers.open(c.clerkA(), c.a.id()).name());
        assertThrows(NotFoundException.class, () -> centers.open(c.clerkA(), c.b.id()));
        assertThrows(NotFoundException.class, () -> centers.open(c.directorA(), c.b.id()));
        assertThrows(NotFoundException.class, () -> centers.open(c.directorA(), 999_999L));
    }

    @Test
    void directorUpdatesTheProfileAndTheChangeIsAudited() {
        ServiceCenter before = centers.current(c.directorA());
        ServiceCenter saved = centers.updateProfile(c.directorA(), new CenterProfileForm("Đào Xá", "000.00.00.H56",
                "Thôn Đông, xã Đào Xá", "0210 3851 234", "motcua.daoxa@phutho.gov.vn", before.version()));
        assertEquals("0210 3851 234", saved.phone());
        assertTrue(audit.count(c.a.tenantId(), AuditAction.CENTER_PROFILE_UPDATED) >= 1);
        assertThrows(ConcurrentChangeException.class, () -> centers.updateProfile(c.directorA(),
                new CenterProfileForm("Đào Xá cũ", null, null, null, null, before.version())));
        assertEquals("Đào Xá", centers.current(c.directorA()).name());
    }

    @Test
    void badProfileInputGetsVietnameseMessagesAndChangesNothing() {
        ServiceCenter before = centers.current(c.directorB());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> centers.updateProfile(c.directorB(),
                new CenterProfileForm(" ", "x".repeat(33), "y".repeat(301), "abc", "khong-phai-email", before.version())));
        Map<String, String> m = e.problems().stream().collect(Collectors.toMap(Problem::field, Problem::message, (x, y) -> x));
        assertEquals("Không được để trống", m.get("name"));
        assertEquals("Tối đa 32 ký tự", m.get("agencyCode"));
        assertEquals("Tối đa 300 ký tự", m.get("address"));
        assertTrue(m.get("phone").startsWith("Số điện thoại không hợp lệ"));
        assertEquals("Địa chỉ thư điện tử không hợp lệ", m.get("email"));
        assertEquals(before, centers.current(c.directorB()));
    }

    @Test
    void aClerkCannotEditTheProfile() {
        assertThrows(AccessDeniedException.class, () -> centers.updateProfile(c.clerkB(),
                new CenterProfileForm("Đổi Tên", null, null, null, null, null)));
    }

    @Test
    void actingAsACenterIsAuditedInTheProvinceAndTheCenter() {
        ServiceCenter center = centers.actAs(c.admin(), c.b.id());
        CallContext acting = c.admin.actingAs(center.id(), center.displayName()).at(c.admin().now());
        assertEquals(c.b.id(), acting.tenant().value());
        assertTrue(acting.managesCenter());
        assertEquals("An Bình", centers.current(acting).name());
        assertTrue(audit.count(c.province.tenantId(), AuditAction.ACT_AS_CENTER) >= 1);
        assertTrue(audit.count(c.b.tenantId(), AuditAction.PROVINCIAL_ADMIN_ACTING) >= 1);
        assertThrows(AccessDeniedException.class, () -> centers.actAs(c.directorA(), c.b.id()));
    }
}
