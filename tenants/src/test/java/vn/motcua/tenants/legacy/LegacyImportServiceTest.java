package vn.motcua.tenants.legacy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.CatalogCsvWriter;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Fee;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.OnlineLevel;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.dossier.ControlSheetEntry;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierAction;
import vn.motcua.core.dossier.DossierEvent;
import vn.motcua.core.dossier.DossierFile;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.DocumentSweeper;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.catalog.CatalogAdministration;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.testing.TallyCheck;
import vn.motcua.tenants.testing.TwoCenters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "motcua.test.movable-clock", value = "true")
class LegacyImportServiceTest implements IntegrationTestProperties {
    static final String AGENCY_A = "000.00.50.H25";
    static final String AGENCY_B = "000.00.51.H25";

    @Inject
    ApplicationContext context;
    @Inject
    LegacyImportService imports;
    @Inject
    TenantTransactions tx;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DocumentStore store;
    @Inject
    DossierInbox inbox;
    @Inject
    DossierStatusLookup lookup;
    @Inject
    DossierProcessing processing;
    @Inject
    MovableClock clock;
    @Inject
    BusinessTime time;

    TwoCenters c;
    Path work;

    @BeforeAll
    void centersCatalogAndAgencyCodes() throws IOException {
        c = new TwoCenters(context, "lg.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(Stream.of(LegacySampleArchive.PROCEDURES).map(p -> new ProcedureDraft(p[0], null, p[1], "Hộ tịch",
                Set.of(Level.COMMUNE), LegalDeadline.of(3, DeadlineUnit.WORKING_DAYS),
                List.of(new RequiredDocument("Tờ khai theo mẫu", 1, null, null)), List.of(Fee.free("Miễn lệ phí")),
                OnlineLevel.FULL, Boolean.FALSE, "Ủy ban nhân dân cấp xã", "Luật Hộ tịch 2014")).toList(), out);
        CatalogImportOutcome outcome = context.getBean(CatalogAdministration.class).importFile(c.admin(), "thu.csv",
                new ByteArrayInputStream(out.toByteArray()), out.size(), null);
        assertTrue(outcome.applied(), outcome.report()::displayVi);
        CenterService centers = context.getBean(CenterService.class);
        centers.setAgencyCode(c.admin(), c.a.id(), AGENCY_A, centers.open(c.admin(), c.a.id()).version());
        centers.setAgencyCode(c.admin(), c.b.id(), AGENCY_B, centers.open(c.admin(), c.b.id()).version());
        work = Files.createTempDirectory("legacy-import-test");
    }

    private Path zip(LegacySampleArchive archive, String name) throws IOException {
        return archive.write(work.resolve(name));
    }

    /** Rows of center A in every table an import writes, and A's stored objects. */
    private Map<String, Long> countsOfA() {
        Map<String, Long> counts = new java.util.TreeMap<String, Long>(tx.<Map<String, Long>>read(TenantId.of(c.a.id()), () -> jdbc.prepareStatement("""
                SELECT (SELECT count(*) FROM dossier WHERE tenant_id = ?), (SELECT count(*) FROM dossier_document WHERE tenant_id = ?),
                       (SELECT count(*) FROM dossier_event WHERE tenant_id = ?), (SELECT count(*) FROM dossier_import WHERE tenant_id = ?),
                       (SELECT count(*) FROM audit_log WHERE tenant_id = ? AND action = 'LEGACY_IMPORTED')""", ps -> {
            for (int i = 1; i <= 5; i++) {
                ps.setLong(i, c.a.id());
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                return Map.of("dossier", rs.getLong(1), "dossier_document", rs.getLong(2), "dossier_event", rs.getLong(3),
                        "dossier_import", rs.getLong(4), "audit LEGACY_IMPORTED", rs.getLong(5));
            }
        })));
        try (Stream<?> objects = store.list(c.a.id() + "/")) {
            counts.put("S3 objects", objects.count());
        }
        return counts;
    }

    /** The run is refused in Vietnamese naming {@code expected}, and nothing of A changed: rows and objects. */
    private void refusedNaming(Path archive, String... expected) {
        Map<String, Long> before = countsOfA();
        LegacyImportReport preview = imports.preview(c.admin(), c.a.id(), archive, LegacyImportService.Progress.NONE);
        assertFalse(preview.acceptable(), "the preview shows the problem");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> imports.run(c.admin(), c.a.id(), archive, LegacyImportService.Progress.NONE));
        for (String words : expected) {
            assertTrue(refused.vietnamese().contains(words), () -> "«" + words + "» in: " + refused.vietnamese());
        }
        assertEquals(before, countsOfA(), "nothing changed");
    }

    private LegacySampleArchive sample(String oldAgency, int count) {
        return LegacySampleArchive.demo(oldAgency, count, time.now());
    }

    @Test
    void theSampleArchiveFromTheDemoImportsWithItsCodesOpenOnesJoinTheInboxAndImportingItAgainCreatesNothing() throws IOException {
        LegacySampleArchive archive = sample("000.00.90.H25", 16);
        Path file = archive.write(Path.of("target/legacy/ho-so-cu-mau.zip"));
        Map<String, Long> before = countsOfA();

        LegacyImportReport preview = imports.preview(c.admin(), c.a.id(), file, LegacyImportService.Progress.NONE);
        assertTrue(preview.acceptable(), () -> preview.problems().toString());
        assertEquals(16, preview.toCreate());
        assertEquals(8, preview.open(), "Mới tiếp nhận, Đang xử lý, Chờ bổ sung and 4, twice each");
        assertTrue(preview.statuses().contains(new LegacyImportReport.StatusMapping("Đã có kết quả", DossierStatus.RESOLVED, 2)),
                preview.statuses()::toString);
        assertTrue(preview.statuses().contains(new LegacyImportReport.StatusMapping("4", DossierStatus.IN_PROGRESS, 2)));
        assertEquals(before, countsOfA(), "the preview changes nothing");

        List<Long> progress = new java.util.ArrayList<>();
        LegacyImportService.Outcome outcome = imports.run(c.admin(), c.a.id(), file, (phase, done, total) -> progress.add(done));
        assertEquals(16, outcome.created());
        assertEquals(24, outcome.documentsStored());
        assertFalse(progress.isEmpty());
        Map<String, Long> after = countsOfA();
        assertEquals(before.get("dossier") + 16, after.get("dossier"));
        assertEquals(before.get("S3 objects") + 24, after.get("S3 objects"));
        assertEquals(before.get("audit LEGACY_IMPORTED") + 1, after.get("audit LEGACY_IMPORTED"));

        // open ones are in the inbox with the previous system's due dates, found by their original codes
        CallContext clerk = c.clerkA();
        Map<String, Object> waiting = archive.dossiers.get(2);
        String waitingCode = (String) waiting.get("code");
        List<Dossier> open = inbox.page(clerk, DossierInbox.Bucket.OPEN, "", 0, 100).getContent();
        Dossier d = open.stream().filter(x -> x.code().equals(waitingCode)).findFirst().orElseThrow();
        assertEquals(DossierStatus.WAITING_SUPPLEMENT, d.status());
        assertEquals(java.time.OffsetDateTime.parse((String) waiting.get("due")).toInstant(), d.dueAt());
        assertEquals(List.of(waitingCode), inbox.search(clerk, null, waitingCode, 0, 10, null).getContent().stream()
                .map(Dossier::code).toList());
        String returnedCode = (String) archive.dossiers.get(4).get("code");
        assertTrue(open.stream().noneMatch(x -> x.code().equals(returnedCode)), "a returned dossier is not in the inbox");

        // the control sheet: the previous system's lines, then the import's
        DossierFile file0 = processing.file(clerk, d.id());
        List<DossierEvent> sheet = file0.controlSheet();
        assertEquals(4, sheet.size());
        assertEquals(ControlSheetEntry.Action.LEGACY.name(), sheet.get(0).action());
        assertEquals("Nguyễn Thị Hồng", sheet.get(0).actor());
        assertTrue(sheet.get(2).note().contains("Thiếu bản sao giấy chứng nhận kết hôn"), sheet.get(2).note());
        assertEquals(ControlSheetEntry.Action.IMPORTED.name(), sheet.get(3).action());
        assertEquals(2, file0.documents().size());
        assertTrue(file0.allowed().contains(DossierAction.SUPPLEMENT_RECEIVED), file0.allowed()::toString);

        // an open imported dossier goes on in the center's workflow
        String receivedCode = (String) archive.dossiers.get(0).get("code");
        Dossier fresh = open.stream().filter(x -> x.code().equals(receivedCode)).findFirst().orElseThrow();
        DossierFile freshFile = processing.file(c.directorA(), fresh.id());
        assertTrue(freshFile.allowed().contains(DossierAction.HAND_OVER), freshFile.allowed()::toString);
        processing.apply(c.directorA(), fresh.id(), fresh.version(), new vn.motcua.core.dossier.DossierCommand.HandOver(1, null));
        assertEquals(DossierStatus.IN_PROGRESS, processing.file(c.directorA(), fresh.id()).dossier().status());

        // the public look-up finds an imported dossier by its original code and the phone's last four digits
        @SuppressWarnings("unchecked")
        String phone = (String) ((Map<String, Object>) waiting.get("applicant")).get("phone");
        DossierStatusLookup.Answer answer = lookup.find(waitingCode, phone.substring(phone.length() - 4), "203.0.113.9");
        assertEquals(DossierStatus.WAITING_SUPPLEMENT, answer.status().orElseThrow().status());

        // the same archive again: nothing new
        Map<String, Long> once = countsOfA();
        LegacyImportReport again = imports.preview(c.admin(), c.a.id(), file, LegacyImportService.Progress.NONE);
        assertEquals(0, again.toCreate());
        assertEquals(16, again.unchanged());
        LegacyImportService.Outcome second = imports.run(c.admin(), c.a.id(), file, LegacyImportService.Progress.NONE);
        assertEquals(0, second.created());
        Map<String, Long> twice = countsOfA();
        twice.remove("audit LEGACY_IMPORTED");
        once.remove("audit LEGACY_IMPORTED");
        assertEquals(once, twice, "importing the same archive again creates nothing");
    }

    @Test
    void afterAnImportTheCentersIndicatorTalliesEqualAFullRebuildFromItsDossierRowsOnTheDossiersOwnDays() throws IOException {
        TallyCheck check = new TallyCheck(context);
        LegacySampleArchive archive = sample("000.00.87.H25", 12);
        assertEquals(12, imports.run(c.admin(), c.b.id(), zip(archive, "tallies-1.zip"), LegacyImportService.Progress.NONE).created());
        List<String> first = check.assertStoredEqualsRebuild("B after the import", c.b.id());
        assertEquals(12, TallyCheck.sum(first, "received"), first::toString);
        // the sample's one withdrawal (its sheet's line "Công dân rút hồ sơ") counts on its day, as one on MotCua does
        assertEquals(1, TallyCheck.sum(first, "withdrawn"), first::toString);
        assertTrue(first.stream().filter(l -> l.startsWith("indicator_day ")).count() >= 3,
                "the imported dossiers count on the days they were received and ended: " + first);

        // a second archive on top of the first: still what a rebuild gives
        LegacySampleArchive more = sample("000.00.86.H25", 5);
        assertEquals(5, imports.run(c.admin(), c.b.id(), zip(more, "tallies-2.zip"), LegacyImportService.Progress.NONE).created());
        List<String> second = check.assertStoredEqualsRebuild("B after a second import", c.b.id());
        assertEquals(17, TallyCheck.sum(second, "received"), second::toString);
    }

    @Test
    void aChangedArchiveAddsItsNewDossiersAndLeavesTheOnesImportedBeforeAsTheyAreOnMotCua() throws IOException {
        LegacySampleArchive archive = sample("000.00.91.H25", 4);
        imports.run(c.admin(), c.a.id(), zip(archive, "changed-1.zip"), LegacyImportService.Progress.NONE);
        String code = (String) archive.dossiers.get(0).get("code");
        archive.dossiers.get(0).put("status", "Dừng xử lý");
        LegacySampleArchive more = sample("000.00.92.H25", 2);
        archive.dossiers.addAll(more.dossiers);
        archive.files.putAll(more.files);
        LegacyImportReport preview = imports.preview(c.admin(), c.a.id(), zip(archive, "changed-2.zip"), LegacyImportService.Progress.NONE);
        assertTrue(preview.acceptable());
        assertEquals(2, preview.toCreate());
        assertEquals(1, preview.keptAsIs());
        assertEquals(3, preview.unchanged());
        assertTrue(preview.notes().stream().anyMatch(n -> n.code().equals(code) && n.message().contains("giữ nguyên")));
        assertEquals(2, imports.run(c.admin(), c.a.id(), zip(archive, "changed-2.zip"), LegacyImportService.Progress.NONE).created());
        Dossier kept = tx.read(TenantId.of(c.a.id()), () -> context.getBean(vn.motcua.core.dossier.DossierRepository.class)
                .findByTenantIdAndCode(c.a.id(), code)).orElseThrow();
        assertEquals(DossierStatus.RECEIVED, kept.status(), "not overwritten");
    }

    @Test
    void anUnknownProcedureIsRefusedNamingTheEntryAndTheCode() throws IOException {
        LegacySampleArchive archive = sample("000.00.93.H25", 3);
        archive.dossiers.get(1).put("procedureCode", "9.999999");
        Path file = zip(archive, "unknown-procedure.zip");
        LegacyImportReport preview = imports.preview(c.admin(), c.a.id(), file, LegacyImportService.Progress.NONE);
        assertEquals(List.of("9.999999"), preview.unknownProcedures());
        refusedNaming(file, "Hồ sơ thứ 2 (" + archive.dossiers.get(1).get("code") + ")",
                "Mã thủ tục «9.999999» không có trong danh mục");
    }

    @Test
    void aCodeTwiceInTheArchiveIsRefused() throws IOException {
        LegacySampleArchive archive = sample("000.00.94.H25", 3);
        archive.dossiers.get(2).put("code", archive.dossiers.get(0).get("code"));
        refusedNaming(zip(archive, "twice.zip"), "Hồ sơ thứ 3", "Trùng mã với hồ sơ thứ 1 trong cùng tệp");
    }

    @Test
    void aCodeTheCenterAlreadyHoldsFromItsOwnIntakeIsRefused() throws IOException {
        LegacySampleArchive archive = sample("000.00.95.H25", 2);
        String code = (String) archive.dossiers.get(1).get("code");
        tx.run(TenantId.of(c.a.id()), () -> jdbc.prepareStatement("""
                INSERT INTO dossier (tenant_id, code, procedure_code, procedure_name, workflow_version, steps_json, channel,
                  applicant_name, applicant_json, status, received_at, due_at)
                VALUES (?, ?, '1.001193', 'Đăng ký khai sinh', 0, '[]', 'IN_PERSON', 'Người nộp', '{}', 'RECEIVED', now(), now())""",
                ps -> {
                    ps.setLong(1, c.a.id());
                    ps.setString(2, code);
                    return ps.executeUpdate();
                }));
        refusedNaming(zip(archive, "existing.zip"), "Hồ sơ thứ 2 (" + code + ")", "Trung tâm đã có hồ sơ mã này");
    }

    @Test
    void aMissingFileOrOneThatDoesNotMatchItsChecksumIsRefused() throws IOException {
        LegacySampleArchive missing = sample("000.00.96.H25", 3);
        String path = missing.files.keySet().iterator().next();
        missing.files.remove(path);
        refusedNaming(zip(missing, "missing.zip"), "Hồ sơ thứ 1", "thiếu tệp «" + path + "»");

        LegacySampleArchive swapped = sample("000.00.96.H25", 3);
        String other = swapped.files.keySet().iterator().next();
        swapped.files.put(other, LegacySampleArchive.samplePdf("another paper"));
        refusedNaming(zip(swapped, "swapped.zip"), "Hồ sơ thứ 1", "không khớp mã kiểm tra SHA-256");
    }

    @Test
    void aCorruptZipIsRefused() throws IOException {
        Path file = zip(sample("000.00.97.H25", 2), "corrupt.zip");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refusedNaming(file, "không phải tệp zip hợp lệ hoặc đã bị hỏng");
        Path text = work.resolve("not-a-zip.zip");
        Files.writeString(text, "ma,thu tuc\n1,2\n");
        refusedNaming(text, "không phải tệp zip hợp lệ");
        LegacySampleArchive badJson = sample("000.00.97.H25", 1);
        badJson.format = "something-else/9";
        refusedNaming(zip(badJson, "format.zip"), "manifest.json không ghi định dạng «motcua-legacy-dossiers/1»");
    }

    @Test
    void aCodeBelongingToAnotherCenterIsRefused() throws IOException {
        LegacySampleArchive archive = sample(AGENCY_B, 2);
        refusedNaming(zip(archive, "other-center.zip"), "Hồ sơ thứ 1 (" + archive.dossiers.get(0).get("code") + ")",
                "mang mã cơ quan " + AGENCY_B + " của Xã An Bình");
        LegacySampleArchive provisional = sample("TAM." + String.format("%06d", c.b.id()), 1);
        refusedNaming(zip(provisional, "other-provisional.zip"), "của Xã An Bình");
    }

    @Test
    void aZipBombOrAPathTraversalEntryIsRefusedBeforeAnythingIsStored() throws IOException {
        LegacySampleArchive bomb = sample("000.00.98.H25", 2);
        String path = bomb.files.keySet().iterator().next();
        // a "scan" of 60 MB of one byte: kilobytes compressed
        byte[] huge = new byte[60 * 1024 * 1024];
        System.arraycopy(LegacySampleArchive.samplePdf("x"), 0, huge, 0, 10);
        bomb.files.put(path, huge);
        refusedNaming(zip(bomb, "bomb.zip"), "nén hơn 100 lần");

        LegacySampleArchive traversal = sample("000.00.98.H25", 2);
        traversal.extra.put("../../etc/cron.d/motcua", "* * * * * root true".getBytes());
        refusedNaming(zip(traversal, "traversal.zip"), "«../../etc/cron.d/motcua» với đường dẫn không an toàn");
        LegacySampleArchive absolute = sample("000.00.98.H25", 2);
        Map<String, Object> doc = firstDocument(absolute);
        doc.put("path", "/etc/passwd");
        refusedNaming(zip(absolute, "absolute.zip"), "đường dẫn «/etc/passwd» không an toàn");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstDocument(LegacySampleArchive archive) {
        return ((List<Map<String, Object>>) archive.dossiers.get(0).get("documents")).get(0);
    }

    @Test
    void badDatesAreRefusedNamingTheEntryAndTheDate() throws IOException {
        LegacySampleArchive unreadable = sample("000.00.99.H25", 3);
        unreadable.dossiers.get(1).put("received", "31/02/2025 08:00");
        refusedNaming(zip(unreadable, "unreadable.zip"), "Hồ sơ thứ 2", "Ngày tiếp nhận «31/02/2025 08:00» không đọc được");

        LegacySampleArchive dueFirst = sample("000.00.99.H25", 3);
        Instant received = java.time.OffsetDateTime.parse((String) dueFirst.dossiers.get(2).get("received")).toInstant();
        dueFirst.dossiers.get(2).put("due", LegacySampleArchive.iso(received.minus(Duration.ofDays(1))));
        refusedNaming(zip(dueFirst, "due-first.zip"), "Hồ sơ thứ 3", "trước ngày tiếp nhận");

        LegacySampleArchive future = sample("000.00.99.H25", 1);
        future.dossiers.get(0).put("received", LegacySampleArchive.iso(time.now().plus(Duration.ofDays(2))));
        refusedNaming(zip(future, "future.zip"), "Hồ sơ thứ 1", "ở tương lai");

        LegacySampleArchive dateOnly = sample("000.00.99.H25", 1);
        dateOnly.dossiers.get(0).put("due", "2025-06-20");
        refusedNaming(zip(dateOnly, "date-only.zip"), "Hạn trả kết quả «2025-06-20» không đọc được (cần ngày và giờ");
    }

    @Test
    void anUnknownStatusIsRefusedAndTheMappingTableReadsWordsWithoutDiacritics() throws IOException {
        assertEquals(DossierStatus.IN_PROGRESS, LegacyStatuses.map("  dang XU ly ").orElseThrow());
        assertEquals(DossierStatus.RETURNED, LegacyStatuses.map("10").orElseThrow());
        LegacySampleArchive archive = sample("000.00.89.H25", 2);
        archive.dossiers.get(0).put("status", "Treo");
        refusedNaming(zip(archive, "status.zip"), "Hồ sơ thứ 1", "Trạng thái «Treo» không có trong bảng chuyển đổi");
    }

    @Test
    void aDirectorOrAClerkCannotPreviewOrImportEvenIntoTheirOwnCenter() throws IOException {
        Path file = zip(sample("000.00.88.H25", 1), "forbidden.zip");
        Map<String, Long> before = countsOfA();
        for (CallContext who : List.of(c.directorA(), c.clerkA(), c.directorB())) {
            assertThrows(AccessDeniedException.class, () -> imports.preview(who, c.a.id(), file, LegacyImportService.Progress.NONE));
            assertThrows(AccessDeniedException.class, () -> imports.run(who, c.a.id(), file, LegacyImportService.Progress.NONE));
            assertThrows(AccessDeniedException.class, () -> imports.targets(who));
        }
        assertEquals(before, countsOfA());
    }

    @Test
    void objectsStoredForAnImportWhoseRowsNeverCameAreRemovedByTheDocumentSweeper() {
        String orphan = c.a.id() + "/dossiers/imported/" + java.util.UUID.randomUUID();
        store.put(orphan, LegacySampleArchive.samplePdf("orphan"), "application/pdf");
        clock.set(Instant.now().plus(Duration.ofHours(2)));
        try {
            DocumentSweeper.Sweep sweep = context.getBean(DocumentSweeper.class).sweep();
            assertTrue(sweep.ran());
            assertFalse(store.exists(orphan), "an imported key without a row is the sweeper's");
        } finally {
            clock.set(null);
        }
        assertNotNull(lookup);
    }
}
