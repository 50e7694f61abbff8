package vn.motcua.core.catalog;

import static vn.motcua.core.testing.Callers.as;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogImportServiceTest implements IntegrationTestProperties {
    static final String BUNDLED = "/catalog/commune-procedures-national-portal.jsonl";
    static final TenantId PROVINCE = TenantId.of(1);
    static final Actor IT = new Actor(7L, "it.tinh", PROVINCE);

    @Inject
    java.time.Clock clock;
    @Inject
    CatalogImportService importer;
    @Inject
    CatalogService catalog;
    @Inject
    AuditLog audit;
    @Inject
    DataSource dataSource;

    byte[] bundled;
    CatalogImportOutcome first;

    @BeforeAll
    void importBundledCatalog() throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(BUNDLED))) {
            bundled = in.readAllBytes();
        }
        AtomicLong lastProgress = new AtomicLong();
        first = importer.importFile(as(PROVINCE, IT, clock), "commune-procedures-national-portal.jsonl",
                new ByteArrayInputStream(bundled), bundled.length, (lines, read, total) -> lastProgress.set(read));
        assertEquals(bundled.length, lastProgress.get(), "progress ends at 100%");
    }

    @Test
    void theBundledCommuneCatalogImportsWithZeroErrors() {
        assertTrue(first.applied(), first.report()::displayVi);
        assertEquals(588, first.procedures());
        assertEquals(588, first.created());
        assertEquals(0, first.newVersions());
        assertTrue(catalog.count() >= 588);
        ProcedureDetail any = catalog.getByCode(catalog.search(CatalogQuery.text(null), 0, 1, null, true)
                .getContent().get(0).nationalCode());
        assertEquals(1, any.current().versionNumber());
        assertTrue(any.procedure().levelSet().contains(Level.COMMUNE));
        assertTrue(audit.count(PROVINCE, AuditAction.CATALOG_IMPORTED) >= 1);
        // batched inserts: every version belongs to its own procedure
        for (Procedure p : catalog.search(CatalogQuery.text(null), 0, 500, "name", true).getContent()) {
            ProcedureVersion v = catalog.get(p.id()).current();
            assertEquals(p.nationalCode(), v.nationalCode());
            assertEquals(p.name(), v.name());
        }
    }

    @Test
    void reImportingTheSameFileChangesNothing() throws SQLException {
        String before = catalogState();
        CatalogImportOutcome again = importer.importFile(as(PROVINCE, IT, clock), "commune.jsonl",
                new ByteArrayInputStream(bundled), bundled.length, null);
        assertTrue(again.applied());
        assertEquals(588, again.unchanged());
        assertEquals(0, again.created() + again.newVersions());
        assertEquals(before, catalogState());
    }

    @Test
    void aChangedDeadlinePublishesANewVersionAndTheDiffShowsIt() throws IOException {
        List<ProcedureDraft> drafts = List.of(draft("8.000001", "Cấp giấy phép xây dựng nhà ở riêng lẻ", 15),
                draft("8.000002", "Đăng ký hộ kinh doanh thử", 3));
        CatalogImportOutcome created = importCsv("moi.csv", drafts);
        assertEquals(2, created.created(), created.report()::displayVi);

        List<ProcedureDraft> changed = List.of(draft("8.000001", "Cấp giấy phép xây dựng nhà ở riêng lẻ", 12),
                drafts.get(1));
        CatalogImportOutcome outcome = importCsv("sua-thoi-han.csv", changed);
        assertEquals(1, outcome.newVersions());
        assertEquals(1, outcome.unchanged());

        ProcedureDetail detail = catalog.getByCode("8.000001");
        assertEquals(2, detail.procedure().currentVersion());
        assertEquals(12, detail.procedure().deadlineValue());
        assertEquals(List.of(2, 1), catalog.history(detail.procedure().id()).stream()
                .map(ProcedureVersion::versionNumber).toList());
        List<FieldChange> diff = catalog.diff(detail.procedure().id(), 1, 2);
        assertEquals(1, diff.size(), diff::toString);
        assertEquals("Thời hạn giải quyết", diff.get(0).label());
        assertEquals("15 ngày làm việc", diff.get(0).before());
        assertEquals("12 ngày làm việc", diff.get(0).after());
    }

    @Test
    void aBrokenCopyIsRefusedWithLineNumbersAndTheCatalogIsUnchanged() throws IOException, SQLException {
        String before = catalogState();
        List<ProcedureDraft> drafts = new NationalPortalJsonlParser()
                .parse(new ByteArrayInputStream(bundled), bundled.length).draftsOrThrow().subList(0, 40);
        List<ProcedureDraft> broken = new ArrayList<>(drafts);
        broken.set(10, copyWithCode(drafts.get(10), drafts.get(3).nationalCode()));
        String csv = csv(broken);
        // a negative deadline typed into the 21st procedure's row
        String row21 = csv.substring(csv.indexOf(drafts.get(20).nationalCode() + ","));
        String deadlineCell = "," + drafts.get(20).legalDeadline().value() + "," + drafts.get(20).legalDeadline().unit().label();
        assertTrue(row21.contains(deadlineCell), "fixture: the 21st procedure has a known deadline");
        csv = csv.replace(row21, row21.replaceFirst(java.util.regex.Pattern.quote(deadlineCell),
                ",-5," + drafts.get(20).legalDeadline().unit().label()));

        CatalogImportOutcome outcome = importer.importFile(as(PROVINCE, IT, clock), "hong.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), -1, null);
        assertFalse(outcome.applied());
        String report = outcome.report().displayVi();
        assertTrue(report.contains("mã TTHC " + drafts.get(3).nationalCode() + " trùng với dòng"), report);
        assertTrue(report.matches("(?s).*Dòng \\d+: .*thời hạn giải quyết -5 .*không hợp lệ.*"), report);
        assertTrue(outcome.report().errors().stream().allMatch(e -> e.line() > 1), report);
        assertEquals(2, outcome.report().errors().size(), report);
        assertEquals(before, catalogState());

        String missingName = csv(drafts).replaceFirst("Tên TTHC,", "Tên,");
        CatalogImportOutcome noColumn = importer.importFile(as(PROVINCE, IT, clock), "thieu-cot.csv",
                new ByteArrayInputStream(missingName.getBytes(StandardCharsets.UTF_8)), -1, null);
        assertFalse(noColumn.applied());
        assertTrue(noColumn.report().displayVi().contains("Thiếu cột bắt buộc: Tên TTHC"), noColumn.report().displayVi());
        assertEquals(before, catalogState());
        assertTrue(audit.count(PROVINCE, AuditAction.CATALOG_IMPORT_REFUSED) >= 2);
    }

    @Test
    void anUnsupportedFileTypeIsRefusedInVietnamese() {
        CatalogImportOutcome outcome = importer.importFile(as(PROVINCE, IT, clock), "danh-muc.doc",
                new ByteArrayInputStream(new byte[]{1, 2}), 2, null);
        assertFalse(outcome.applied());
        assertTrue(outcome.report().displayVi().startsWith("Định dạng tệp không được hỗ trợ"));
    }

    @Test
    void searchIgnoresDiacriticsAndWordOrderAndFindsCodes() {
        importCsvQuietly(List.of(draft("8.000101", "Cấp giấy phép xây dựng công trình thử nghiệm", 10)));
        List<String> found = names(catalog.search(CatalogQuery.text("cap giay phep xay dung"), 0, 50, "name", true)
                .getContent());
        assertTrue(found.contains("Cấp giấy phép xây dựng công trình thử nghiệm"), found::toString);
        List<String> reordered = names(catalog.search(CatalogQuery.text("xay dung thu nghiem giay phep"), 0, 50, null, true)
                .getContent());
        assertEquals(List.of("Cấp giấy phép xây dựng công trình thử nghiệm"), reordered);
        assertEquals(List.of("8.000101"), catalog.search(CatalogQuery.text("8.000101"), 0, 10, null, true).getContent()
                .stream().map(Procedure::nationalCode).toList());
        // "khai sinh" in the real commune catalog (Hộ tịch)
        assertTrue(catalog.search(CatalogQuery.text("DANG KY KHAI SINH"), 0, 50, null, true).getTotalSize() > 0);
    }

    @Test
    void searchRanksTheExactNameThenNamesStartingWithThePhraseThenWordMatches() {
        List<String> found = names(catalog.search(CatalogQuery.text("khai sinh"), 0, 50, "name", true).getContent());
        assertEquals("Thủ tục đăng ký khai sinh", found.get(0), found::toString);
        int again = found.indexOf("Thủ tục đăng ký lại khai sinh");
        int copy = found.indexOf("Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh");
        int lastPrefix = 0;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).startsWith("Thủ tục đăng ký khai sinh")) {
                lastPrefix = i;
            }
        }
        assertTrue(lastPrefix < again && lastPrefix < copy, found::toString);
        // the same on the unsorted provincial grid; an explicit other order is kept
        assertEquals("Thủ tục đăng ký khai sinh", names(catalog.search(CatalogQuery.text("Khai Sinh"), 0, 5, null, true)
                .getContent()).get(0));
        List<Procedure> byCode = catalog.search(CatalogQuery.text("khai sinh"), 0, 50, "nationalCode", true).getContent();
        assertEquals(byCode.stream().map(Procedure::nationalCode).sorted().toList(),
                byCode.stream().map(Procedure::nationalCode).toList());
    }

    @Test
    void filtersByFieldLevelAndOnlineLevel() {
        importCsvQuietly(List.of(draft("8.000201", "Thủ tục lọc thử", 5)));
        assertTrue(catalog.fields().contains("Thử nghiệm"));
        List<Procedure> inField = catalog.search(new CatalogQuery(null, "Thử nghiệm", Level.COMMUNE, OnlineLevel.PARTIAL),
                0, 100, "name", true).getContent();
        assertTrue(inField.stream().anyMatch(p -> p.nationalCode().equals("8.000201")));
        assertTrue(inField.stream().allMatch(p -> "Thử nghiệm".equals(p.field())));
        assertEquals(0, catalog.search(new CatalogQuery("thu tuc loc thu", null, Level.PROVINCE, null), 0, 10, null, true)
                .getTotalSize());
        assertEquals(0, catalog.search(new CatalogQuery("thu tuc loc thu", null, null, OnlineLevel.FULL), 0, 10, null, true)
                .getTotalSize());
    }

    @Test
    void anEditPublishesANewVersionAndBadInputIsRefusedInVietnamese() throws SQLException {
        importCsvQuietly(List.of(draft("8.000301", "Thủ tục sửa thử", 5)));
        ProcedureDetail detail = catalog.getByCode("8.000301");
        long id = detail.procedure().id();
        ProcedureForm form = ProcedureForm.of(detail.current());

        String before = catalogState();
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> catalog.publish(as(PROVINCE, IT, clock), id, form.withDeadline(-1, DeadlineUnit.WORKING_DAYS)));
        assertEquals("Thời hạn giải quyết phải từ 0 đến 365 ngày", negative.vietnamese());
        InvalidInputException unchanged = assertThrows(InvalidInputException.class,
                () -> catalog.publish(as(PROVINCE, IT, clock), id, form));
        assertEquals("Không có thay đổi nào so với phiên bản hiện hành", unchanged.vietnamese());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> catalog.publish(as(PROVINCE, IT, clock), id,
                new ProcedureForm(" ", null, Set.of(), null, null, OnlineLevel.NONE, null, null, null, null, null, null, 1)));
        assertTrue(empty.problems().stream().anyMatch(p -> p.field().equals("name") && p.message().equals("Không được để trống")));
        assertEquals(before, catalogState());

        ProcedureDetail published = catalog.publish(as(PROVINCE, IT, clock), id, form.withDeadline(3, DeadlineUnit.WORKING_DAYS));
        assertEquals(2, published.procedure().currentVersion());
        assertEquals("3 ngày làm việc", catalog.diff(id, 1, 2).get(0).after());
        assertThrows(ConcurrentChangeException.class,
                () -> catalog.publish(as(PROVINCE, IT, clock), id, form.withDeadline(4, DeadlineUnit.WORKING_DAYS)));
        assertTrue(audit.count(PROVINCE, AuditAction.CATALOG_PROCEDURE_PUBLISHED) >= 1);
    }

    private static List<String> names(List<Procedure> procedures) {
        return procedures.stream().map(Procedure::name).toList();
    }

    static ProcedureDraft draft(String code, String name, int days) {
        return new ProcedureDraft(code, null, name, "Thử nghiệm", Set.of(Level.COMMUNE),
                LegalDeadline.of(days, DeadlineUnit.WORKING_DAYS),
                List.of(new RequiredDocument("Đơn đề nghị theo mẫu", 1, null, null)),
                List.of(Fee.amount("Lệ phí", 50_000)), OnlineLevel.PARTIAL, Boolean.FALSE, "Ủy ban nhân dân cấp xã",
                "Luật thử nghiệm");
    }

    private static ProcedureDraft copyWithCode(ProcedureDraft d, String code) {
        return new ProcedureDraft(code, d.provinceSuffix(), d.name(), d.field(), d.levels(), d.legalDeadline(),
                d.documents(), d.fees(), d.onlineLevel(), d.interAgency(), d.implementingAgency(), d.legalBasis());
    }

    private CatalogImportOutcome importCsv(String name, List<ProcedureDraft> drafts) throws IOException {
        byte[] bytes = csv(drafts).getBytes(StandardCharsets.UTF_8);
        return importer.importFile(as(PROVINCE, IT, clock), name, new ByteArrayInputStream(bytes), bytes.length, null);
    }

    private void importCsvQuietly(List<ProcedureDraft> drafts) {
        try {
            CatalogImportOutcome outcome = importCsv("thu.csv", drafts);
            assertTrue(outcome.applied(), outcome.report()::displayVi);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String csv(List<ProcedureDraft> drafts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(drafts, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Counts and last change times of the catalog tables: equal strings mean nothing was written. */
    private String catalogState() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT (SELECT count(*) FROM procedure) || '/' || (SELECT coalesce(max(updated_at)::text, '')
                     FROM procedure) || '/' || (SELECT sum(version) FROM procedure) || '/'
                     || (SELECT count(*) FROM procedure_version)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
