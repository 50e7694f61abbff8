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

    @Test
    void aSmallXlsxWhoseSheetExpandsToOneHundredAndFiftyMegabytesIsRefusedAsAZipBombBeforeItIsRead() throws IOException {
        byte[] bomb = padded(CatalogFixtures.xlsx(CatalogFixtures.rowsOf(CatalogFixtures.sample())), 150L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "a small upload: " + bomb.length + " bytes");
        List<String> messages = displayed(parse(bomb));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("Tệp .xlsx bị từ chối") && messages.get(0).contains("zip bomb"), messages.get(0));
    }

    @Test
    void aSheetCompressedMoreThanAHundredTimesIsRefusedEvenBelowTheSizeCap() throws IOException {
        byte[] bomb = padded(CatalogFixtures.xlsx(CatalogFixtures.rowsOf(CatalogFixtures.sample())), 20L * 1024 * 1024);
        List<String> messages = displayed(parse(bomb));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("tỷ lệ nén hơn 100 lần"), messages.get(0));
        // an ordinary workbook with a large sheet still reads
        assertEquals(CatalogFixtures.sample(), parse(padded(CatalogFixtures.xlsx(CatalogFixtures.rowsOf(
                CatalogFixtures.sample())), 0)).draftsOrThrow());
    }

    /** The workbook with {@code padding} bytes of spaces in an XML comment at the top of its sheet: compresses ~1000:1. */
    private static byte[] padded(byte[] xlsx, long padding) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipFile in = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(xlsx)).get();
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(9);
            for (var entry : java.util.Collections.list(in.getEntries())) {
                byte[] content;
                try (java.io.InputStream part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                String text = new String(content, StandardCharsets.UTF_8);
                int root = text.indexOf("<worksheet");
                if (entry.getName().startsWith("xl/worksheets/") && root > 0 && padding > 0) {
                    zip.write(text.substring(0, root).getBytes(StandardCharsets.UTF_8));
                    zip.write("<!--".getBytes(StandardCharsets.US_ASCII));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long left = padding; left > 0; left -= spaces.length) {
                        zip.write(spaces, 0, (int) Math.min(left, spaces.length));
                    }
                    zip.write("-->".getBytes(StandardCharsets.US_ASCII));
                    zip.write(text.substring(root).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
