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
        ServiceCenter saved = centers.updateProfile(c.directorA(), new CenterProfileForm("Đào Xá",
                "Thôn Đông, xã Đào Xá", "0210 3851 234", "motcua.daoxa@phutho.gov.vn", "Thứ Hai – Thứ Sáu", before.version()));
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
                new CenterProfileForm(" ", "y".repeat(301), "abc", "khong-phai-email", "x".repeat(201), before.version())));
        Map<String, String> m = e.problems().stream().collect(Collectors.toMap(Problem::field, Problem::message, (x, y) -> x));
        assertEquals("Không được để trống", m.get("name"));
        assertEquals("Tối đa 200 ký tự", m.get("openingHours"));
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

    @Test
    void provincialItGivesACenterItsAgencyCodeAndNewDossierCodesStartWithIt() {
        ServiceCenter set = centers.setAgencyCode(c.admin(), c.a.id(), " 000.00.77.h25 ", null);
        assertEquals("000.00.77.H25", set.agencyCode(), "trimmed, letter upper-cased");
        assertEquals("000.00.77.H25", centers.current(c.directorA()).agencyCode());
        assertTrue(audit.count(c.a.tenantId(), AuditAction.CENTER_AGENCY_CODE_SET) >= 1, "in the center's log");
        assertTrue(audit.count(c.province.tenantId(), AuditAction.CENTER_AGENCY_CODE_SET) >= 1, "in the province's log");
        vn.motcua.core.dossier.Dossier d = context.getBean(vn.motcua.core.dossier.IntakeService.class).receive(c.clerkA(),
                new vn.motcua.core.dossier.IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                        vn.motcua.core.catalog.LegalDeadline.workingDays(3), "25", centers.current(c.clerkA()).agencyCode(),
                        vn.motcua.core.dossier.Dossier.Channel.IN_PERSON,
                        new vn.motcua.core.dossier.Applicant.Individual("Vũ Thị Năm", "025190000555",
                                java.time.LocalDate.of(1990, 1, 2), "0912000555", "Xóm Trại"),
                        List.of(new vn.motcua.core.dossier.IntakeRequest.IncomingDocument("Tờ khai", "a.pdf",
                                "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))).dossier();
        assertTrue(d.code().startsWith("000.00.77.H25-"), d.code());
    }

    @Test
    void anAgencyCodeOfTheWrongShapeOrAnotherCentersIsRefusedInVietnamese() {
        InvalidInputException shape = assertThrows(InvalidInputException.class,
                () -> centers.setAgencyCode(c.admin(), c.b.id(), "H25.01.02", null));
        assertTrue(shape.problems().get(0).message().contains("không đúng cấu trúc QCVN 102:2016"), shape.problems().toString());
        centers.setAgencyCode(c.admin(), c.b.id(), "000.00.78.H25", null);
        ServiceCenter a = centers.setAgencyCode(c.admin(), c.a.id(), "000.00.79.H25", null);
        InvalidInputException taken = assertThrows(InvalidInputException.class,
                () -> centers.setAgencyCode(c.admin(), c.a.id(), "000.00.78.H25", a.version()));
        assertEquals("Mã định danh 000.00.78.H25 đã là mã của Xã An Bình", taken.problems().get(0).message());
        assertEquals("000.00.79.H25", centers.current(c.directorA()).agencyCode(), "unchanged");
        assertThrows(AccessDeniedException.class, () -> centers.setAgencyCode(c.directorA(), c.a.id(), "000.00.80.H25", null));
    }

    @Test
    void theProfileSaysWhatIsMissingAndTheProvinceCountsIncompleteCenters() {
        ServiceCenter b = centers.current(c.directorB());
        assertTrue(b.missing().contains(ProfileField.ADDRESS) && b.missing().contains(ProfileField.OPENING_HOURS), b.missing().toString());
        long before = centers.incompleteCount(c.admin());
        assertTrue(before >= 1);
        ServiceCenter saved = centers.updateProfile(c.directorB(), new CenterProfileForm(b.name(), "Thôn Một, xã An Bình",
                "0210 3851 000", null, "Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00", b.version()));
        ServiceCenter coded = centers.setAgencyCode(c.admin(), c.b.id(), "000.00.81.H25", null);
        assertEquals(List.of(), coded.missing());
        assertEquals("Thôn Một, xã An Bình", saved.address());
        assertEquals(before - 1, centers.incompleteCount(c.admin()));
    }
}
