package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.catalog.NationalPortalJsonlParserTest.displayed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogXlsxParserTest {

    private static ImportResult parse(byte[] bytes) {
        return new CatalogXlsxParser().parse(new ByteArrayInputStream(bytes), bytes.length);
    }

    @Test
    void writtenWorkbookReadsBackEqual(@TempDir Path dir) throws IOException {
        List<ProcedureDraft> drafts = CatalogFixtures.sample();
        Path file = dir.resolve("danh-muc.xlsx");
        Files.write(file, CatalogFixtures.xlsx(CatalogFixtures.rowsOf(drafts)));
        assertEquals(drafts, new CatalogXlsxParser().parse(file).draftsOrThrow());
    }

    @Test
    void numericCellsAreReadAsTyped() {
        List<Object> header = List.of("Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Đơn vị thời hạn");
        // Excel keeps "1.000230" typed into a number cell as 1.00023
        List<Object> row = List.of(1.00023, "Thủ tục", "Hộ tịch", "Cấp xã", 5, "Ngày làm việc");
        ProcedureDraft d = parse(CatalogFixtures.xlsx(List.of(header, row))).draftsOrThrow().get(0);
        assertEquals("1.000230", d.nationalCode());
        assertEquals(LegalDeadline.of(5, DeadlineUnit.WORKING_DAYS), d.legalDeadline());
    }

    @Test
    void duplicateCodeIsReportedWithExcelRowNumbers() {
        List<List<Object>> rows = CatalogFixtures.rowsOf(CatalogFixtures.sample());
        List<Object> copy = new ArrayList<>(rows.get(1));
        rows = new ArrayList<>(rows);
        rows.add(copy);
        assertEquals(List.of("Dòng 5: mã TTHC 1.001193.000.00.00.H56 trùng với dòng 2"), displayed(parse(CatalogFixtures.xlsx(rows))));
    }

    @Test
    void missingRequiredColumnIsReportedByName() {
        List<Object> header = List.of("Mã TTHC", "Tên TTHC", "Lĩnh vực", "Thời hạn giải quyết");
        List<Object> row = List.of("1.000001", "Thủ tục", "Hộ tịch", "5");
        assertEquals(List.of("Dòng 1: Thiếu cột bắt buộc: Cấp thực hiện"), displayed(parse(CatalogFixtures.xlsx(List.of(header, row)))));
    }

    @Test
    void emptyNameIsReportedOnItsRow() {
        List<List<Object>> rows = new ArrayList<>(CatalogFixtures.rowsOf(CatalogFixtures.sample()));
        List<Object> nameless = new ArrayList<>(rows.get(2));
        nameless.set(CatalogColumn.NAME.ordinal(), "   ");
        rows.set(2, nameless);
        assertEquals(List.of("Dòng 3: Tên TTHC trống"), displayed(parse(CatalogFixtures.xlsx(rows))));
    }

    @Test
    void fileThatIsNotAWorkbookIsRejected() {
        List<String> messages = displayed(parse("Mã TTHC,Tên TTHC\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("Tệp không phải Excel .xlsx hợp lệ"), messages.get(0));
    }

    @Test
    void workbookOverTheLimitIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lon.xlsx");
        Files.write(file, CatalogFixtures.xlsx(CatalogFixtures.rowsOf(CatalogFixtures.sample())));
        ImportResult result = new CatalogXlsxParser(ImportOptions.defaults().withMaxBytes(100)).parse(file);
        assertTrue(displayed(result).get(0).startsWith("Tệp quá lớn"));
    }
}
