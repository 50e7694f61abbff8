package vn.motcua.tenants.merge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.onboarding.OnboardingForm;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.testing.TwoCenters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The target of a merge is a new center from the official list, onboarded in the same step. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeIntoNewCenterTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    MergeJobs merges;
    @Inject
    MergeTestData data;
    @Inject
    DossierProcessing processing;
    @Inject
    CenterService centers;
    @Inject
    OnboardingService onboarding;
    @Inject
    LoginService login;
    @Inject
    ProvincialScope province;
    @Inject
    JdbcOperations jdbc;

    @AfterEach
    void finishWhatIsLeft() {
        merges.recoverUnfinished();
    }

    static OnboardingForm form(String unit, String agencyCode) {
        return new OnboardingForm(unit, agencyCode, "Khu 1", null, null, new OnboardingForm.Person("Bùi Văn Mới", "Giám đốc"), List.of());
    }

    @Test
    void theSourcesAreMergedIntoANewCenterFromTheOfficialListOpenedInTheSameStep() {
        TwoCenters two = new TwoCenters(context, "mn1.");
        data.receive(two.clerkA(), "Trần Văn Hai");
        Dossier fromB = data.receive(two.clerkB(), "Lê Thị Ba");
        MergePreview preview = merges.previewIntoNewCenter(two.admin(), "04828", List.of(two.a.id(), two.b.id()));
        assertEquals(MergeJobs.NEW_TARGET, preview.targetId());
        assertEquals("Phường Thống Nhất", preview.targetName());
        assertEquals(2, preview.sources().size(), "both chosen centers are sources");
        assertFalse(preview.blocked(), preview.blockers().toString());

        MergeJobs.IntoNewCenter done = merges.runIntoNewCenter(two.admin(), form("04828", "000.00.25.H71"),
                new MergeRequest(0, List.of(two.a.id(), two.b.id()), LocalDate.of(2026, 12, 1), Map.of(), Map.of()), MergeProgress.NONE);
        ServiceCenter created = done.onboarded().center();
        assertEquals("04828", created.code());
        assertEquals(1, done.onboarded().accounts().size(), "the new director's account, for the handover sheet");
        assertEquals("Bùi Văn Mới", done.onboarded().accounts().get(0).fullName());
        assertEquals("DONE", done.job().phase());
        assertTrue(done.job().counts().ok(), done.job().counts().printed());
        assertEquals(2, data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", created.id()));
        assertEquals(created.id(), centers.open(two.admin(), two.b.id()).successorTenantId());
        assertEquals(CenterStatus.MERGED, centers.open(two.admin(), two.a.id()).status());
        assertEquals(2, data.count("SELECT count(*) FROM center_lineage WHERE tenant_id = ?", created.id()));
        assertEquals(fromB.code(), processing.file(login.login("mn1.cb.b", TwoCenters.PASSWORD).principal().at(two.admin().now()),
                fromB.id()).dossier().code(), "B's clerk works at the new center on B's dossier");
    }

    @Test
    void whenTheMergeFailsAfterTheNewCenterWasOpenedItSaysThatTheCenterRemainsEmptyAndTheSourcesAreUnchanged() {
        TwoCenters two = new TwoCenters(context, "mn2.");
        Dossier fromB = data.receive(two.clerkB(), "Lê Thị Ba");
        processing.comment(two.clerkB(), fromB.id(), "Thiếu giấy tờ");
        MergeJobs.MergeIntoNewCenterFailedException e = assertThrows(MergeJobs.MergeIntoNewCenterFailedException.class,
                () -> merges.runIntoNewCenter(two.admin(), form("04831", "000.00.25.H72"),
                        new MergeRequest(0, List.of(two.a.id(), two.b.id()), null, Map.of(), Map.of()), phase -> {
                            if (phase == MergePhase.DOSSIERS_MOVED) {
                                // a faulty step loses a comment inside the move: the counts differ, the move rolls back
                                jdbc.prepareStatement("DELETE FROM dossier_comment WHERE dossier_id = ?", ps -> {
                                    ps.setLong(1, fromB.id());
                                    return ps.executeUpdate();
                                });
                            }
                        }));
        assertTrue(e.vietnamese().contains("đã được mở với 1 tài khoản và vẫn giữ nguyên (chưa có hồ sơ)"), e.vietnamese());
        assertTrue(e.vietnamese().contains("các trung tâm nguồn không thay đổi"), e.vietnamese());
        assertEquals("ROLLED_BACK", e.job().phase());
        ServiceCenter created = e.onboarded().center();
        assertEquals(CenterStatus.ACTIVE, centers.open(two.admin(), created.id()).status());
        assertEquals(0, data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", created.id()));
        assertEquals(1, data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", two.b.id()));
        assertEquals(CenterStatus.ACTIVE, centers.open(two.admin(), two.b.id()).status());
        processing.comment(two.clerkB(), fromB.id(), "trung tâm làm việc lại");
    }

    @Test
    void aBadSourceAUnitAlreadyOnMotCuaOrADirectorOrClerkIsRefusedBeforeAnyCenterIsOpened() {
        TwoCenters two = new TwoCenters(context, "mn3.");
        CallContext admin = two.admin();
        InvalidInputException provincial = assertThrows(InvalidInputException.class, () -> merges.runIntoNewCenter(admin,
                form("05128", "000.00.25.H73"), new MergeRequest(0, List.of(two.province.id(), two.b.id()), null, Map.of(), Map.of()),
                MergeProgress.NONE));
        assertFalse(provincial instanceof MergeJobs.MergeIntoNewCenterFailedException);
        assertTrue(provincial.vietnamese().contains("trung tâm cấp tỉnh"), provincial.vietnamese());
        assertEquals(0, data.count("SELECT count(*) FROM service_center WHERE code = ?", "05128"), "no center opened");
        for (CallContext who : List.of(two.directorA(), two.clerkB())) {
            assertThrows(vn.motcua.core.context.AccessDeniedException.class, () -> merges.previewIntoNewCenter(who, "05128",
                    List.of(two.a.id(), two.b.id())), who.username());
            assertThrows(vn.motcua.core.context.AccessDeniedException.class, () -> merges.runIntoNewCenter(who,
                    form("05128", "000.00.25.H75"), new MergeRequest(0, List.of(two.a.id(), two.b.id()), null, Map.of(), Map.of()),
                    MergeProgress.NONE), who.username());
        }
        assertEquals(0, data.count("SELECT count(*) FROM service_center WHERE code = ?", "05128"), "a director or clerk opened nothing");
        assertThrows(InvalidInputException.class, () -> merges.previewIntoNewCenter(admin, "99999", List.of(two.b.id())));
        assertTrue(assertThrows(InvalidInputException.class, () -> merges.previewIntoNewCenter(admin, "05128", List.of()))
                .vietnamese().contains("ít nhất một trung tâm nguồn"));
        onboarding.onboardOne(admin, form("05128", "000.00.25.H74"));
        assertTrue(assertThrows(InvalidInputException.class, () -> merges.previewIntoNewCenter(admin, "05128", List.of(two.b.id())))
                .vietnamese().contains("đã có trung tâm trên hệ thống"));
        assertNull(centers.open(admin, two.b.id()).successorTenantId());
    }
}
