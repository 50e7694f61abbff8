package vn.motcua.tenants.merge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierEvent;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.CenterReadOnlyException;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.onboarding.NewCenter;
import vn.motcua.tenants.onboarding.NewStaff;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordHasher;
import vn.motcua.tenants.testing.TallyCheck;
import vn.motcua.tenants.testing.TwoCenters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeJobsTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    MergeJobs merges;
    @Inject
    MergeTestData data;
    @Inject
    DossierProcessing processing;
    @Inject
    DossierInbox inbox;
    @Inject
    DossierStatusLookup lookup;
    @Inject
    CenterService centers;
    @Inject
    OnboardingService onboarding;
    @Inject
    LoginService login;
    @Inject
    PasswordHasher hasher;
    @Inject
    ProvincialScope province;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TenantTransactions tx;

    /** Three communes A (target), B and C, each with a director, a clerk and dossiers: open, paused and closed. */
    final class Three {
        final TwoCenters two;
        final ServiceCenter c;
        final CallContext clerkC;
        final Dossier openB;
        final Dossier pausedB;
        final Dossier closedC;

        Three(String prefix) {
            two = new TwoCenters(context, prefix);
            c = onboarding.onboard(Actor.system("test"), List.of(new NewCenter(prefix + "C", "Tân Phương", CenterType.XA, "25",
                    "Phú Thọ", null, List.of(new NewStaff(prefix + "gd.c", "Đỗ Văn Giang", Role.DIRECTOR, "Giám đốc", hasher.hash(TwoCenters.PASSWORD)),
                            new NewStaff(prefix + "cb.c", "Hoàng Thị Hoa", Role.CLERK, "Chuyên viên", hasher.hash(TwoCenters.PASSWORD)))))).get(0);
            clerkC = login.login(prefix + "cb.c", TwoCenters.PASSWORD).principal().at(two.admin().now());
            data.receive(two.clerkA(), "Nguyễn Văn Một");
            openB = data.receive(two.clerkB(), "Trần Văn Hai");
            Dossier paused = data.receive(two.clerkB(), "Lê Thị Ba");
            processing.comment(two.clerkB(), paused.id(), "Thiếu bản sao giấy khai sinh");
            processing.recordFee(two.clerkB(), paused.id(), 20_000, vn.motcua.core.dossier.DossierFee.Method.CASH, "BL-0001");
            processing.recordFee(two.clerkA(), data.receive(two.clerkA(), "Phạm Văn Bốn").id(), 20_000,
                    vn.motcua.core.dossier.DossierFee.Method.CASH, "BL-0001");
            pausedB = paused;
            Dossier withdrawn = data.receive(clerkC, "Vũ Thị Năm");
            closedC = processing.apply(clerkC, withdrawn.id(), withdrawn.version(), new DossierCommand.Withdraw("Công dân rút"));
            data.receive(clerkC, "Đặng Văn Sáu");
        }

        MergeRequest request() {
            return new MergeRequest(two.a.id(), List.of(two.a.id(), two.b.id(), c.id()), LocalDate.of(2026, 12, 1), Map.of(), Map.of());
        }

        long dossiersAt(ServiceCenter center) {
            return data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", center.id());
        }
    }

    /** A test that failed half-way leaves no unfinished job to the next one. */
    @org.junit.jupiter.api.AfterEach
    void finishWhatIsLeft() {
        merges.recoverUnfinished();
    }

    /** Stands for the process dying: an Error the job does not handle, thrown on its thread inside its work. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash(MergePhase at) {
            super("simulated crash at " + at);
        }
    }

    @Test
    void thePreviewShowsPerSourceTheAccountsOpenAndClosedDossiersDocumentsAndCollidingReceiptNumbers() {
        Three t = new Three("mp.");
        MergePreview preview = merges.preview(t.two.admin(), t.two.a.id(), t.request().centerIds());
        assertFalse(preview.blocked(), preview.blockers().toString());
        assertEquals("Xã Đào Xá", preview.targetName());
        MergePreview.Source b = preview.sources().get(0);
        assertEquals("Xã An Bình", b.name());
        assertEquals(2, b.accounts().size());
        assertTrue(b.accounts().stream().allMatch(a -> a.proposed() == AccountChoice.KEEP));
        assertEquals(2, b.open());
        assertEquals(0, b.closed());
        assertEquals(Map.of("Đã tiếp nhận", 2L), b.openByStatus());
        assertEquals(2, b.documents());
        assertTrue(b.documentBytes() > 0);
        assertEquals(List.of("BL-0001"), b.receiptCollisions(), "A used the same receipt number");
        assertEquals(List.of(), b.usernameCollisions());
        MergePreview.Source c = preview.sources().get(1);
        assertEquals(1, c.open());
        assertEquals(1, c.closed());
    }

    @Test
    void aMergeMovesStaffAndDossiersToTheTargetCountsMatchAndOldCodesResolveThere() {
        Three t = new Three("mm.");
        long atA = t.dossiersAt(t.two.a);
        var before = processing.file(t.two.clerkB(), t.openB.id()).dossier();
        MergeRequest request = new MergeRequest(t.two.a.id(), t.request().centerIds(), LocalDate.of(2026, 12, 1),
                Map.of(t.two.directorB.userId(), AccountChoice.KEEP_AS_CLERK), Map.of());
        List<MergePhase> seen = new java.util.ArrayList<>();
        MergeJobs.Job job = merges.run(t.two.admin(), request, seen::add);

        assertEquals("DONE", job.phase());
        assertEquals(List.of(MergePhase.PLANNED, MergePhase.SOURCES_FROZEN, MergePhase.STAFF_MOVED, MergePhase.DOSSIERS_MOVED,
                MergePhase.DOCUMENTS_CHECKED, MergePhase.COUNTED, MergePhase.DONE), seen);
        assertEquals(seen, job.phases().stream().map(MergeJobs.PhaseLine::phase).toList(), "every phase recorded in its table");
        assertTrue(job.counts().ok(), job.counts().printed());
        MergeCounts.Line dossiers = job.counts().lines().stream().filter(l -> l.table().equals("dossier")).findFirst().orElseThrow();
        assertEquals(4, dossiers.sourcesBefore());
        assertEquals(0, dossiers.sourcesAfter());
        assertEquals(atA + 4, dossiers.targetAfter());
        assertEquals(atA + 4, t.dossiersAt(t.two.a));
        assertEquals(0, t.dossiersAt(t.two.b));

        ServiceCenter b = centers.open(t.two.admin(), t.two.b.id());
        assertEquals(CenterStatus.MERGED, b.status());
        assertEquals(t.two.a.id(), b.successorTenantId());

        // the old code resolves in the public look-up and in the target's search; the open dossier continues as it was
        assertTrue(lookup.find(t.openB.code(), t.openB.lookupSecret(), "10.0.0.1").found().isPresent());
        CallContext clerkA = t.two.clerkA();
        assertEquals(List.of(t.openB.code()), inbox.search(clerkA, null, t.openB.code(), 0, 10, null).getContent().stream()
                .map(Dossier::code).toList());
        var file = processing.file(clerkA, t.openB.id());
        assertEquals(before.dueAt(), file.dossier().dueAt());
        assertEquals(before.stateJson(), file.dossier().stateJson(), "pauses and life-cycle state unchanged");
        assertEquals(before.code(), file.dossier().code());
        assertEquals(DossierStatus.RECEIVED, file.dossier().status());
        DossierEvent last = file.controlSheet().get(file.controlSheet().size() - 1);
        assertEquals("TRANSFER", last.action());
        assertTrue(last.note().contains("Xã An Bình") && last.note().contains("Xã Đào Xá"), last.note());
        assertEquals(2, file.controlSheet().size());
        // fees: A's receipt number kept, B's prefixed with its center code
        assertEquals(1, data.count("SELECT count(*) FROM dossier_fee WHERE tenant_id = ? AND receipt_number = 'mm.B/BL-0001'", t.two.a.id()));
        // the closed dossier of C and its paper are reachable at A
        assertEquals(1, processing.file(clerkA, t.closedC.id()).documents().size());

        // staff belong to the target: B's clerk signs in at A, B's director became a clerk of A
        var clerkB = login.login("mm.cb.b", TwoCenters.PASSWORD).principal();
        assertEquals(t.two.a.id(), clerkB.tenantId());
        var directorB = login.login("mm.gd.b", TwoCenters.PASSWORD).principal();
        assertEquals(Role.CLERK, directorB.role());
        // B is kept, read-only: nothing is written there any more
        assertThrows(CenterReadOnlyException.class, () -> tx.write(t.two.b.tenantId(), () -> null));
        // lineage recorded at A
        assertEquals(2, data.count("SELECT count(*) FROM center_lineage WHERE tenant_id = ?", t.two.a.id()));
    }

    @Test
    void afterAMergeEveryInvolvedCentersIndicatorTalliesEqualAFullRebuildFromItsDossierRows() {
        Three t = new Three("mt.");
        TallyCheck check = new TallyCheck(context);
        assertEquals(2, TallyCheck.sum(check.assertStoredEqualsRebuild("B before", t.two.b.id()), "received"),
                "B's own receipts are counted before the merge");
        long atA = t.dossiersAt(t.two.a);

        MergeJobs.Job job = merges.run(t.two.admin(), t.request(), MergeProgress.NONE);

        assertEquals("DONE", job.phase());
        List<String> target = check.assertStoredEqualsRebuild("target A", t.two.a.id());
        assertEquals(atA + 4, TallyCheck.sum(target, "received"), target::toString);
        assertEquals(1, TallyCheck.sum(target, "withdrawn"), "C's withdrawal counts at A: " + target);
        assertEquals(2, TallyCheck.sum(target, "fees"), target::toString);
        assertEquals(List.of(), check.assertStoredEqualsRebuild("source B", t.two.b.id()), "nothing left at a merged source");
        assertEquals(List.of(), check.assertStoredEqualsRebuild("source C", t.c.id()));
    }

    @Test
    void aDirectorOrAClerkOrProvincialItActingAsACenterCannotPreviewOrStartAMerge() {
        Three t = new Three("mf.");
        List<Long> ids = t.request().centerIds();
        for (CallContext who : List.of(t.two.directorA(), t.two.clerkA(), t.two.directorB(), t.clerkC)) {
            assertThrows(AccessDeniedException.class, () -> merges.preview(who, t.two.a.id(), ids), who.username());
            assertThrows(AccessDeniedException.class, () -> merges.run(who, t.request(), MergeProgress.NONE), who.username());
        }
        CallContext actingAsB = new CallContext(t.two.b.tenantId(), t.two.admin().actor(), "Quản trị", Role.PROVINCIAL_ADMIN,
                "An Bình", t.two.admin().now());
        assertThrows(AccessDeniedException.class, () -> merges.run(actingAsB, t.request(), MergeProgress.NONE));
        assertEquals(2, t.dossiersAt(t.two.b), "nothing moved");
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingChanges() {
        Three t = new Three("mb.");
        long a = t.two.a.id();
        long b = t.two.b.id();
        long c = t.c.id();
        CallContext admin = t.two.admin();
        assertProblem("Cần chọn ít nhất hai trung tâm", () -> merges.preview(admin, a, List.of(a)));
        assertProblem("được chọn hai lần", () -> merges.preview(admin, a, List.of(a, b, b)));
        assertProblem("Trung tâm đích phải là một trong", () -> merges.preview(admin, a, List.of(b, c)));
        assertProblem("trung tâm cấp tỉnh", () -> merges.preview(admin, t.two.province.id(), List.of(t.two.province.id(), b)));
        onboarding.suspend(admin, a);
        assertProblem("Trung tâm đích Xã Đào Xá đang tạm ngừng hoạt động", () -> merges.preview(admin, a, List.of(a, b)));
        onboarding.reopen(admin, a);
        merges.run(admin, new MergeRequest(a, List.of(a, b), null, Map.of(), Map.of()), MergeProgress.NONE);
        assertProblem("Xã An Bình đã sáp nhập vào Xã Đào Xá", () -> merges.preview(admin, c, List.of(c, b)));
        assertProblem("Trung tâm đích Xã An Bình đã sáp nhập", () -> merges.preview(admin, b, List.of(c, b)));
        assertProblem("không thuộc trung tâm nguồn nào", () -> merges.run(admin,
                new MergeRequest(a, List.of(a, c), null, Map.of(t.two.clerkA.userId(), AccountChoice.DEACTIVATE), Map.of()), MergeProgress.NONE));
        assertEquals(2, t.dossiersAt(t.c), "nothing moved");
    }

    private static void assertProblem(String words, org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertTrue(e.problems().stream().map(Problem::message).anyMatch(m -> m.contains(words)), e.problems().toString());
    }

    @Test
    void whenTheJobDiesInTheMiddleOfTheMoveNothingIsHalfMovedAndTheNextStartFinishesIt() {
        Three t = new Three("mc.");
        long atA = t.dossiersAt(t.two.a);
        assertThrows(SimulatedCrash.class, () -> merges.run(t.two.admin(), t.request(), phase -> {
            if (phase == MergePhase.DOSSIERS_MOVED) {
                throw new SimulatedCrash(phase);
            }
        }));
        // the move's transaction died with it: every row still at its source, the sources frozen (read-only)
        assertEquals(atA, t.dossiersAt(t.two.a));
        assertEquals(2, t.dossiersAt(t.two.b));
        assertEquals(2, t.dossiersAt(t.c));
        assertEquals(t.two.b.id(), login.login("mc.cb.b", TwoCenters.PASSWORD).principal().tenantId());
        assertThrows(CenterReadOnlyException.class, () -> processing.comment(t.two.clerkB(), t.openB.id(), "trong khi sáp nhập"));

        List<MergeJobs.Job> recovered = merges.recoverUnfinished();
        assertEquals(1, recovered.size());
        MergeJobs.Job job = recovered.get(0);
        assertEquals("DONE", job.phase());
        assertTrue(job.phases().stream().anyMatch(p -> p.phase() == MergePhase.RESUMED));
        assertTrue(job.counts().ok(), job.counts().printed());
        assertEquals(atA + 4, t.dossiersAt(t.two.a));
        assertEquals(0, t.dossiersAt(t.two.b));
        assertEquals(List.of(), merges.recoverUnfinished(), "nothing left to recover");
    }

    @Test
    void whenTheJobDiesBeforeTheSourcesAreFrozenTheNextStartRollsItBackAndTheSourcesWorkOn() {
        Three t = new Three("mr.");
        assertThrows(SimulatedCrash.class, () -> merges.run(t.two.admin(), t.request(), phase -> {
            if (phase == MergePhase.PLANNED) {
                throw new SimulatedCrash(phase);
            }
        }));
        List<MergeJobs.Job> recovered = merges.recoverUnfinished();
        assertEquals("ROLLED_BACK", recovered.get(0).phase());
        assertEquals(2, t.dossiersAt(t.two.b));
        processing.comment(t.two.clerkB(), t.openB.id(), "vẫn làm việc bình thường");
        assertEquals(CenterStatus.ACTIVE, centers.open(t.two.admin(), t.two.b.id()).status());
    }

    @Test
    void aRowLostDuringTheMoveFailsTheMergeLoudlyAndRollsEverythingBack() {
        Three t = new Three("ml.");
        MergeJobs.MergeFailedException failed = assertThrows(MergeJobs.MergeFailedException.class,
                () -> merges.run(t.two.admin(), t.request(), phase -> {
                    if (phase == MergePhase.DOSSIERS_MOVED) {
                        // a faulty step loses one comment inside the move's own transaction
                        jdbc.prepareStatement("DELETE FROM dossier_comment WHERE dossier_id = ?", ps -> {
                            ps.setLong(1, t.pausedB.id());
                            return ps.executeUpdate();
                        });
                    }
                }));
        assertTrue(failed.vietnamese().contains("dossier_comment"), failed.vietnamese());
        assertEquals("ROLLED_BACK", failed.job().phase());
        assertFalse(failed.job().counts().ok());
        assertEquals(List.of("dossier_comment"), failed.job().counts().differences().stream().map(MergeCounts.Line::table).toList());
        assertEquals(2, t.dossiersAt(t.two.b), "nothing moved");
        assertEquals(1, data.count("SELECT count(*) FROM dossier_comment WHERE tenant_id = ?", t.two.b.id()), "the comment is back");
        processing.comment(t.two.clerkB(), t.openB.id(), "trung tâm làm việc lại");
    }
}
