package vn.motcua.tenants.onboarding;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.testing.TwoCenters;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk onboarding: the preview's classification of every kind of line, the all-or-nothing and idempotent run. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkOnboardingTest implements IntegrationTestProperties {
    static final String HEADER = "Tỉnh,\"Phường, xã mới\",\"Phường, xã trước sáp nhập\"\n";

    @Inject
    ApplicationContext context;
    @Inject
    BulkOnboarding bulk;
    @Inject
    OnboardingService onboarding;
    @Inject
    LoginService login;
    @Inject
    AuditLog audit;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "bo.");
    }

    private BulkPreview preview(String csv) {
        return bulk.previewFile(c.admin(), "danh-sach.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<Integer, BulkRow> byLine(BulkPreview preview) {
        return preview.rows().stream().collect(Collectors.toMap(BulkRow::line, Function.identity()));
    }

    @Test
    void thePreviewSaysForEveryLineWhatARunWouldDoAndWhyALineCannotRunInVietnamese() {
        // two communes already on MotCua: one as the list has it, one whose lineage the list tells otherwise
        onboarding.onboardOne(c.admin(), new OnboardingForm("04828", "000.00.25.H61", null, null, null,
                new OnboardingForm.Person("Đỗ Thị Giang", null), List.of()));
        onboarding.onboardOne(c.admin(), new OnboardingForm("04831", "000.00.25.H62", null, null, null,
                new OnboardingForm.Person("Lê Văn Cường", null), List.of()));
        BulkPreview preview = preview(HEADER
                + "Phú Thọ,Tân Hòa,\"Phường Tân Hòa, Xã Yên Mông, Xã Hòa Bình\"\n"                    // 2 create (tone placement aside)
                + "Phú Thọ,Thống Nhất,\"Phường Dân Chủ, Phường Thái Bình, Phường Thống Nhất, Xã Vầy Nưa\"\n" // 3 unchanged
                + "Phú Thọ,Đà Bắc,\"Thị trấn Đà Bắc, Xã Tú Lý\"\n"                                    // 4 different
                + "Phú Thọ,Xuân Phong Mới,Không sáp nhập\n"                                            // 5 unknown
                + "Phú Thọ,Tan Lac,\"Xã Tử Nê\"\n"                                                     // 6 name mismatch
                + "Hà Nội,Ba Đình,\"Phường Trúc Bạch\"\n"                                              // 7 province
                + "Phú Thọ,Tân Hoà,\"Phường Tân Hòa\"\n"                                               // 8 duplicate of 2
                + "Phú Thọ,Đức Nhàn\n"                                                                 // 9 malformed
                + "Phú Thọ,,\"Xã Nánh Nghê\"\n"                                                        // 10 malformed
                + "Tỉnh Phú Thọ,Phường Hoà Bình,\n");                                                  // 11 create
        Map<Integer, BulkRow> rows = byLine(preview);
        assertEquals(10, preview.rows().size());

        assertEquals(BulkRow.Status.CREATE, rows.get(2).status());
        assertEquals("04792", rows.get(2).unitCode());
        assertEquals("Phường Tân Hòa", rows.get(2).displayName());
        assertEquals(BulkRow.Status.UNCHANGED, rows.get(3).status());
        assertEquals(BulkRow.Status.DIFFERENT, rows.get(4).status());
        assertTrue(rows.get(4).reason().contains("hệ thống có thêm Xã Toàn Sơn, Xã Hiền Lương"), rows.get(4).reason());
        assertProblem(rows.get(5), BulkRow.Problem.UNKNOWN_NAME, "Dòng 5: không có xã, phường «Xuân Phong Mới»");
        assertProblem(rows.get(6), BulkRow.Problem.NAME_MISMATCH, "có phải «Xã Tân Lạc» mã 05128");
        assertProblem(rows.get(7), BulkRow.Problem.PROVINCE_MISMATCH, "tỉnh «Hà Nội» không phải tỉnh Phú Thọ");
        assertProblem(rows.get(8), BulkRow.Problem.DUPLICATE, "Dòng 8: trùng với dòng 2");
        assertProblem(rows.get(9), BulkRow.Problem.MALFORMED, "có 2 cột, mẫu có 3");
        assertProblem(rows.get(10), BulkRow.Problem.MALFORMED, "thiếu tên xã, phường mới");
        assertEquals(BulkRow.Status.CREATE, rows.get(11).status());
        assertEquals(CenterType.PHUONG, rows.get(11).type());
        assertEquals(2, preview.count(BulkRow.Status.CREATE));
        assertEquals(6, preview.count(BulkRow.Status.PROBLEM));
        assertFalse(preview.runnable());
        assertTrue(preview.summaryVi().startsWith("10 dòng: 2 sẽ tạo mới, 1 đã có (không đổi), 1 đã có nhưng khác"));

        // a run is refused while a line has a problem, and creates nothing
        long centers = onboarding.centerCount();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> bulk.run(c.admin(), preview, 2, BulkOnboarding.Progress.NONE));
        assertTrue(refused.vietnamese().contains("còn 6 dòng có lỗi"), refused.vietnamese());
        assertEquals(centers, onboarding.centerCount());
    }

    @Test
    void aListWithAUnitCodeColumnIsCheckedByCodeAndByName() {
        BulkPreview preview = preview("Mã,Tỉnh,\"Phường, xã mới\",\"Phường, xã trước sáp nhập\"\n"
                + "05047,Phú Thọ,Cao Dương,\n"
                + "99999,Phú Thọ,Cao Dương,\n"
                + "08443,Phú Thọ,Tam Nông,\n"
                + "08542,Phú Thọ,Xã Thanh Sơn,\n");
        Map<Integer, BulkRow> rows = byLine(preview);
        assertEquals(BulkRow.Status.CREATE, rows.get(2).status());
        assertProblem(rows.get(3), BulkRow.Problem.UNKNOWN_CODE, "mã đơn vị «99999» không có trong danh sách chính thức");
        assertProblem(rows.get(4), BulkRow.Problem.NAME_MISMATCH, "khác tên chính thức của mã 08443 là «Xã Hiền Quan»");
        assertEquals(BulkRow.Status.CREATE, rows.get(5).status());
    }

    @Test
    void aFileThatIsNotTheListIsRefusedAsAWholeInVietnamese() {
        InvalidInputException header = assertThrows(InvalidInputException.class, () -> preview("a,b,c\n1,2,3\n"));
        assertTrue(header.vietnamese().contains("Dòng 1 phải là tiêu đề"), header.vietnamese());
        InvalidInputException latin1 = assertThrows(InvalidInputException.class, () -> bulk.previewFile(c.admin(),
                "x.csv", new ByteArrayInputStream("Tỉnh,Tên\nPhú Thọ,Đào Xá\n".getBytes(StandardCharsets.ISO_8859_1))));
        assertTrue(latin1.vietnamese().contains("UTF-8"), latin1.vietnamese());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> preview(HEADER));
        assertTrue(empty.vietnamese().contains("không có dòng nào"), empty.vietnamese());
        BulkPreview quote = preview(HEADER + "Phú Thọ,Đào Xá,\"Xã Đào Xá\n");
        assertProblem(quote.rows().get(0), BulkRow.Problem.MALFORMED, "dấu ngoặc kép không khép lại");
    }

    @Test
    void aRunOpensEveryNewCenterWithADirectorAndClerksOnOneTimePasswordsAndRunningAgainCreatesNothing() throws Exception {
        BulkPreview preview = preview(HEADER
                + "Phú Thọ,Đào Xá,\"Xã Xuân Lộc, Xã Thạch Đồng, Xã Tân Phương, Xã Đào Xá\"\n"
                + "Phú Thọ,Tân Lạc,\"Thị trấn Mãn Đức, Xã Ngọc Mỹ (huyện Tân Lạc), Xã Đông Lai, Xã Thanh Hối, Xã Tử Nê\"\n"
                + "Phú Thọ,Quy Đức,\n");
        assertTrue(preview.runnable(), preview::summaryVi);
        long before = onboarding.centerCount();
        java.util.List<Double> seen = new java.util.ArrayList<>();
        BulkOutcome outcome = bulk.run(c.admin(), preview, 2, (fraction, phase) -> seen.add(fraction));
        assertEquals(3, outcome.created().size());
        assertEquals(9, outcome.accounts());
        assertEquals(before + 3, onboarding.centerCount());
        assertEquals(1.0, seen.get(seen.size() - 1), 1e-9);
        Onboarded daoXa = outcome.created().get(0);
        assertEquals("08662", daoXa.center().code());
        assertTrue(daoXa.center().mergedFrom().startsWith("Xã Đào Xá"), daoXa.center().mergedFrom());
        assertEquals(List.of("gd.dao-xa.08662", "cb1.dao-xa.08662", "cb2.dao-xa.08662"),
                daoXa.accounts().stream().map(a -> a.username()).toList());
        LoginResult director = login.login("gd.dao-xa.08662", daoXa.accounts().get(0).oneTimePassword());
        assertTrue(director.succeeded() && director.mustChangePassword());
        assertEquals(Role.DIRECTOR, director.principal().role());
        LoginResult clerk = login.login("cb2.dao-xa.08662", daoXa.accounts().get(2).oneTimePassword());
        assertTrue(clerk.succeeded() && clerk.mustChangePassword());
        assertEquals(Role.CLERK, clerk.principal().role());
        assertTrue(audit.search(c.admin(), AuditLog.Filter.ALL, 0, 50).getContent().stream().anyMatch(e ->
                e.action().equals(AuditAction.CENTERS_ONBOARDED_IN_BULK.name()) && e.detail().startsWith("3 trung tâm")
                        && e.detail().contains("08662, 05128, 04873")));

        byte[] pdf = outcome.sheetsPdf("http://localhost:8080/dang-nhap", LocalDateTime.of(2026, 7, 1, 8, 0), "Quản Trị Tỉnh");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            String page2 = new PDFTextStripper() {{
                setStartPage(2);
                setEndPage(2);
            }}.getText(doc);
            assertTrue(page2.contains("Xã Tân Lạc") && page2.contains("cb1.tan-lac.05128"), page2);
        }

        // the same list again: every line is there now, and a run creates nothing
        BulkPreview again = preview(HEADER
                + "Phú Thọ,Đào Xá,\"Xã Xuân Lộc, Xã Thạch Đồng, Xã Tân Phương, Xã Đào Xá\"\n"
                + "Phú Thọ,Tân Lạc,\"Thị trấn Mãn Đức, Xã Ngọc Mỹ (huyện Tân Lạc), Xã Đông Lai, Xã Thanh Hối, Xã Tử Nê\"\n"
                + "Phú Thọ,Quy Đức,\n");
        assertEquals(0, again.count(BulkRow.Status.CREATE));
        assertEquals(2, again.count(BulkRow.Status.UNCHANGED), again::summaryVi);
        assertEquals(1, again.count(BulkRow.Status.DIFFERENT), again::summaryVi);
        long runs = audit.search(c.admin(), AuditLog.Filter.ALL, 0, 1).getTotalSize();
        assertEquals(0, bulk.run(c.admin(), again, 2, BulkOnboarding.Progress.NONE).created().size());
        // even the first, stale preview (its lines still say "create") creates nothing the second time
        BulkOutcome stale = bulk.run(c.admin(), preview, 2, BulkOnboarding.Progress.NONE);
        assertEquals(0, stale.created().size());
        assertEquals(3, stale.alreadyThere());
        assertNull(stale.sheetsPdf("http://x/dang-nhap", LocalDateTime.of(2026, 7, 1, 8, 0), "x"));
        assertEquals(before + 3, onboarding.centerCount());
        assertEquals(runs, audit.search(c.admin(), AuditLog.Filter.ALL, 0, 1).getTotalSize());
    }

    @Test
    void aFailureInTheMiddleOfTheRunLeavesNoCenterNoAccountAndNoAuditRow() {
        BulkPreview preview = preview(HEADER + "Phú Thọ,Đức Nhàn,\nPhú Thọ,Tân Pheo,\nPhú Thọ,Cao Dương,\n");
        assertEquals(3, preview.count(BulkRow.Status.CREATE));
        long centers = onboarding.centerCount();
        long auditRows = audit.search(c.admin(), AuditLog.Filter.ALL, 0, 1).getTotalSize();
        // the second center is written, then the run fails before the third (here: its progress listener throws)
        IllegalStateException failure = assertThrows(IllegalStateException.class, () ->
                bulk.run(c.admin(), preview, 1, (fraction, phase) -> {
                    if (phase.startsWith("Đang ghi trung tâm 2/")) {
                        throw new IllegalStateException("the node went away");
                    }
                }));
        assertEquals("the node went away", failure.getMessage());
        assertEquals(centers, onboarding.centerCount());
        assertEquals(auditRows, audit.search(c.admin(), AuditLog.Filter.ALL, 0, 1).getTotalSize());
        assertTrue(byLine(preview(HEADER + "Phú Thọ,Đức Nhàn,\nPhú Thọ,Tân Pheo,\n")).values().stream()
                .allMatch(r -> r.status() == BulkRow.Status.CREATE));
        assertFalse(onboarding.officialUnits(c.admin()).stream().anyMatch(u -> u.onboarded()
                && (u.code().equals("04846") || u.code().equals("04849"))));
    }

    @Test
    void aDirectorOrClerkCannotPreviewOrRunAndAForgedPreviewAddsNothingOffTheOfficialList() {
        BulkPreview genuine = preview(HEADER + "Phú Thọ,Hiền Quan,\n");
        BulkPreview forged = new BulkPreview("forged", List.of(new BulkRow(2, "Phú Thọ", "Hiền Quan", null, "08443",
                CenterType.XA, BulkRow.Status.CREATE, null, null, null)));
        long centers = onboarding.centerCount();
        for (CallContext who : List.of(c.directorA(), c.clerkA(), c.directorB(), c.clerkB())) {
            assertThrows(AccessDeniedException.class, () -> bulk.previewFile(who, "x.csv",
                    new ByteArrayInputStream((HEADER + "Phú Thọ,Hiền Quan,\n").getBytes(StandardCharsets.UTF_8))));
            assertThrows(AccessDeniedException.class, () -> bulk.previewOfficialList(who));
            assertThrows(AccessDeniedException.class, () -> bulk.run(who, genuine, 2, BulkOnboarding.Progress.NONE));
            assertThrows(AccessDeniedException.class, () -> bulk.run(who, forged, 0, BulkOnboarding.Progress.NONE));
        }
        // provincial IT with a made-up line: a unit the official list does not have is refused
        BulkPreview madeUp = new BulkPreview("forged", List.of(new BulkRow(2, "Hà Nội", "Ba Đình", null, "00004",
                CenterType.PHUONG, BulkRow.Status.CREATE, null, null, null)));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> bulk.run(c.admin(), madeUp, 0, BulkOnboarding.Progress.NONE));
        assertTrue(refused.vietnamese().contains("không có trong danh sách chính thức"), refused.vietnamese());
        assertEquals(centers, onboarding.centerCount());
    }

    @Test
    void theOfficialListOfTheProvinceIsPreviewedWithoutAFile() {
        BulkPreview official = bulk.previewOfficialList(c.admin());
        assertEquals(148, official.rows().size());
        assertTrue(official.source().contains("Phú Thọ"));
        assertEquals(0, official.count(BulkRow.Status.PROBLEM));
        assertTrue(official.rows().stream().allMatch(r -> r.unitCode() != null && r.type() != null));
    }

    private static void assertProblem(BulkRow row, BulkRow.Problem kind, String words) {
        assertEquals(BulkRow.Status.PROBLEM, row.status(), row::toString);
        assertEquals(kind, row.problem(), row::toString);
        assertTrue(row.reason().contains(words), row.reason());
    }
}
