package vn.motcua.tenants.merge;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierEvent;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.storage.DocumentReferences;
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
import vn.motcua.tenants.testing.TwoCenters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A source split in part (sáp nhập một phần) between the target and another successor. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeSplitTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    MergeJobs merges;
    @Inject
    MergeTestData data;
    @Inject
    DossierProcessing processing;
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
    DocumentReferences references;

    /**
     * A (Đào Xá, the target) takes B (An Bình) with a part of B going to U, a center already on MotCua; C is another
     * center that is no successor of B. B has three open dossiers and a closed one.
     */
    final class Split {
        final TwoCenters two;
        final ServiceCenter u;
        final ServiceCenter c;
        final CallContext clerkU;
        final Dossier first;
        final Dossier second;
        final Dossier third;
        final Dossier closed;

        Split(String prefix, String nameOfU) {
            two = new TwoCenters(context, prefix);
            List<ServiceCenter> more = onboarding.onboard(Actor.system("test"), List.of(
                    new NewCenter(prefix + "U", nameOfU, CenterType.XA, "25", "Phú Thọ", null,
                            List.of(new NewStaff(prefix + "cb.u", "Ngô Thị Uyên", Role.CLERK, "Chuyên viên", hasher.hash(TwoCenters.PASSWORD)))),
                    new NewCenter(prefix + "C", "Tân Phương", CenterType.XA, "25", "Phú Thọ", null, List.of())));
            u = more.get(0);
            c = more.get(1);
            clerkU = login.login(prefix + "cb.u", TwoCenters.PASSWORD).principal().at(two.admin().now());
            first = data.receive(two.clerkB(), "Trần Văn Hai");
            second = data.receive(two.clerkB(), "Lê Thị Ba");
            processing.comment(two.clerkB(), second.id(), "Thiếu bản sao giấy khai sinh");
            third = data.receive(two.clerkB(), "Vũ Văn Tư");
            Dossier withdrawn = data.receive(two.clerkB(), "Đặng Thị Năm");
            closed = processing.apply(two.clerkB(), withdrawn.id(), withdrawn.version(), new DossierCommand.Withdraw("Công dân rút"));
        }

        List<Long> chosen() {
            return List.of(two.a.id(), two.b.id());
        }

        long dossiersAt(ServiceCenter center) {
            return data.count("SELECT count(*) FROM dossier WHERE tenant_id = ?", center.id());
        }
    }

    @AfterEach
    void finishWhatIsLeft() {
        merges.recoverUnfinished();
    }

    @Test
    void thePreviewOfASplitSourceProposesForEveryOpenDossierTheSuccessorHoldingTheLargerPart() {
        // U bears B's name: the reform named the successor that took the old seat after it, so U holds the larger part
        Split t = new Split("ms1.", "An Bình");
        MergePreview preview = merges.preview(t.two.admin(), t.two.a.id(), t.chosen(), Map.of(t.two.b.id(), List.of(t.u.id())));
        MergePreview.Split split = preview.sources().get(0).split();
        assertEquals(List.of(t.two.a.id(), t.u.id()), split.successors().stream().map(MergePreview.Successor::centerId).toList());
        assertEquals(t.u.id(), split.largerPart());
        assertTrue(split.largerPartReason().contains("mang tên Xã An Bình"), split.largerPartReason());
        assertEquals(List.of(t.first.code(), t.second.code(), t.third.code()),
                split.dossiers().stream().map(MergePreview.OpenDossier::code).toList(), "the open dossiers only, oldest first");

        // a successor without B's name: the target holds the larger part
        Split other = new Split("ms2.", "Tân Lập");
        MergePreview.Split toTarget = merges.preview(other.two.admin(), other.two.a.id(), other.chosen(),
                Map.of(other.two.b.id(), List.of(other.u.id()))).sources().get(0).split();
        assertEquals(other.two.a.id(), toTarget.largerPart());
        // a source not split has no split
        assertNull(merges.preview(other.two.admin(), other.two.a.id(), other.chosen()).sources().get(0).split());
    }

    @Test
    void eachOpenDossierGoesWhereItWasSentAndStaffAndClosedDossiersToTheChosenMainSuccessorWithCountsCheckedAndPartialLineage() {
        Split t = new Split("ms3.", "Tân Lập");
        long atA = t.dossiersAt(t.two.a);
        long atU = t.dossiersAt(t.u);
        String keyOfSecond = processing.file(t.two.clerkB(), t.second.id()).documents().get(0).objectKey();
        MergeRequest request = new MergeRequest(t.two.a.id(), t.chosen(), LocalDate.of(2026, 12, 1), Map.of(), Map.of(),
                Map.of(t.two.b.id(), new MergeRequest.Split(List.of(t.u.id()), null, Map.of(t.second.id(), t.u.id()))));
        MergeJobs.Job job = merges.run(t.two.admin(), request, MergeProgress.NONE);

        assertEquals("DONE", job.phase());
        assertTrue(job.counts().ok(), job.counts().printed());
        // per receiving center: A got three (two open, one closed), U the one sent to it
        assertEquals(atA + 3, t.dossiersAt(t.two.a));
        assertEquals(atU + 1, t.dossiersAt(t.u));
        assertEquals(0, t.dossiersAt(t.two.b));
        MergeCounts.Line atUline = job.counts().lines().stream().filter(l -> l.table().equals("dossier@ms3.U")).findFirst().orElseThrow();
        assertEquals(atU + 1, atUline.targetAfter());
        assertTrue(atUline.ok());

        // the dossier sent to U continues there with its paper, comment and control sheet; the old code still resolves
        var file = processing.file(t.clerkU, t.second.id());
        assertEquals(t.second.code(), file.dossier().code());
        assertEquals(1, file.documents().size());
        assertEquals(1, data.count("SELECT count(*) FROM dossier_comment WHERE tenant_id = ?", t.u.id()));
        DossierEvent last = file.controlSheet().get(file.controlSheet().size() - 1);
        assertEquals("TRANSFER", last.action());
        assertTrue(last.note().contains("sang Xã Tân Lập") && last.note().contains("một phần"), last.note());
        assertTrue(lookup.find(t.second.code(), t.second.lookupSecret(), "10.0.0.2").found().isPresent());
        // the others and the closed one at A; staff at A
        assertEquals(t.first.code(), processing.file(t.two.clerkA(), t.first.id()).dossier().code());
        assertEquals(1, processing.file(t.two.clerkA(), t.closed.id()).documents().size());
        assertEquals(t.two.a.id(), login.login("ms3.cb.b", TwoCenters.PASSWORD).principal().tenantId());

        // B merged into A, split in part: lineage PARTIAL at both successors; its stored papers still referenced
        ServiceCenter b = centers.open(t.two.admin(), t.two.b.id());
        assertEquals(CenterStatus.MERGED, b.status());
        assertEquals(t.two.a.id(), b.successorTenantId());
        assertEquals(1, data.count("SELECT count(*) FROM center_lineage WHERE tenant_id = ? AND kind = 'PARTIAL'", t.two.a.id()));
        assertEquals(1, data.count("SELECT count(*) FROM center_lineage WHERE tenant_id = ? AND kind = 'PARTIAL'", t.u.id()));
        assertEquals(Set.of(keyOfSecond), references.referenced(t.two.b.tenantId(), List.of(keyOfSecond)),
                "the sweeper finds the paper at U, not an orphan");
    }

    @Test
    void theStaffAndClosedDossiersCanGoToTheOtherSuccessor() {
        Split t = new Split("ms4.", "Tân Lập");
        long atU = t.dossiersAt(t.u);
        MergeJobs.Job job = merges.run(t.two.admin(), new MergeRequest(t.two.a.id(), t.chosen(), null, Map.of(), Map.of(),
                Map.of(t.two.b.id(), new MergeRequest.Split(List.of(t.u.id()), t.u.id(), Map.of(t.first.id(), t.two.a.id(),
                        t.second.id(), t.two.a.id(), t.third.id(), t.two.a.id())))), MergeProgress.NONE);
        assertTrue(job.counts().ok(), job.counts().printed());
        assertEquals(atU + 1, t.dossiersAt(t.u), "the closed one");
        assertEquals(t.u.id(), login.login("ms4.gd.b", TwoCenters.PASSWORD).principal().tenantId());
        assertEquals(t.u.id(), centers.open(t.two.admin(), t.two.b.id()).successorTenantId());
    }

    @Test
    void aDestinationThatIsNotASuccessorIsRefusedInVietnameseAndEnglishAndNothingChanges() {
        Split t = new Split("ms5.", "Tân Lập");
        long atB = t.dossiersAt(t.two.b);
        CallContext admin = t.two.admin();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> merges.run(admin, new MergeRequest(t.two.a.id(),
                t.chosen(), null, Map.of(), Map.of(), Map.of(t.two.b.id(), new MergeRequest.Split(List.of(t.u.id()), null,
                        Map.of(t.first.id(), t.c.id())))), MergeProgress.NONE));
        Problem p = e.problems().get(0);
        assertTrue(p.message().contains("Hồ sơ " + t.first.code()) && p.message().contains("không phải trung tâm kế thừa của Xã An Bình"),
                p.message());
        assertTrue(p.detail().contains("is not a successor"), p.detail());
        // the main successor must be one as well; a successor must not be a chosen center; a closed dossier has no choice
        assertProblem("không phải trung tâm kế thừa", () -> merges.run(admin, new MergeRequest(t.two.a.id(), t.chosen(), null, Map.of(),
                Map.of(), Map.of(t.two.b.id(), new MergeRequest.Split(List.of(t.u.id()), t.c.id(), Map.of()))), MergeProgress.NONE));
        assertProblem("không nhận phần chia được", () -> merges.preview(admin, t.two.a.id(), List.of(t.two.a.id(), t.two.b.id(), t.c.id()),
                Map.of(t.two.b.id(), List.of(t.c.id()))));
        assertProblem("không phải hồ sơ đang giải quyết", () -> merges.run(admin, new MergeRequest(t.two.a.id(), t.chosen(), null,
                Map.of(), Map.of(), Map.of(t.two.b.id(), new MergeRequest.Split(List.of(t.u.id()), null, Map.of(t.closed.id(), t.u.id())))),
                MergeProgress.NONE));
        assertEquals(atB, t.dossiersAt(t.two.b), "nothing moved");
        assertEquals(0, data.count("SELECT count(*) FROM merge_job WHERE tenant_id = ?", t.two.a.id()), "no job was even planned");
        ServiceCenter b = centers.open(admin, t.two.b.id());
        assertEquals(CenterStatus.ACTIVE, b.status());
        processing.comment(t.two.clerkB(), t.first.id(), "vẫn làm việc bình thường");
    }

    @Test
    void twoDossiersSharingAReusedPaperCannotBeSentToDifferentSuccessors() {
        Split t = new Split("ms6.", "Tân Lập");
        // the third dossier's form reuses the first one's (as intake does for a returning citizen)
        province.unaudited(() -> jdbc.prepareStatement("""
                UPDATE dossier_document SET reused_from = (SELECT min(id) FROM dossier_document WHERE tenant_id = ? AND dossier_id = ?)
                 WHERE tenant_id = ? AND dossier_id = ?""", ps -> {
            ps.setLong(1, t.two.b.id());
            ps.setLong(2, t.first.id());
            ps.setLong(3, t.two.b.id());
            ps.setLong(4, t.third.id());
            return ps.executeUpdate();
        }));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> merges.run(t.two.admin(), new MergeRequest(
                t.two.a.id(), t.chosen(), null, Map.of(), Map.of(), Map.of(t.two.b.id(), new MergeRequest.Split(List.of(t.u.id()), null,
                Map.of(t.third.id(), t.u.id())))), MergeProgress.NONE));
        assertTrue(e.vietnamese().contains("Hồ sơ " + t.third.code() + " dùng lại giấy tờ của hồ sơ " + t.first.code()), e.vietnamese());
        assertEquals(4, t.dossiersAt(t.two.b), "nothing moved");
        // sent together, they go
        MergeJobs.Job job = merges.run(t.two.admin(), new MergeRequest(t.two.a.id(), t.chosen(), null, Map.of(), Map.of(),
                Map.of(t.two.b.id(), new MergeRequest.Split(List.of(t.u.id()), null, Map.of(t.first.id(), t.u.id(), t.third.id(), t.u.id())))),
                MergeProgress.NONE);
        assertTrue(job.counts().ok(), job.counts().printed());
        assertEquals(2, t.dossiersAt(t.u));
    }

    private static void assertProblem(String words, org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertFalse(e.problems().isEmpty());
        assertTrue(e.problems().stream().map(Problem::message).anyMatch(m -> m.contains(words)), e.problems().toString());
    }
}
