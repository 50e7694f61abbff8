package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.catalog.NationalPortalJsonlParserTest.displayed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCsvParserTest {

    private static ImportResult parse(String csv) {
        return parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportResult parse(byte[] bytes) {
        return new CatalogCsvParser().parse(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static byte[] write(List<ProcedureDraft> drafts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(drafts, out);
        return out.toByteArray();
    }

    @Test
    void writtenCatalogReadsBackEqualWithTheSameFingerprints() throws IOException {
        List<ProcedureDraft> drafts = CatalogFixtures.sample();
        List<ProcedureDraft> back = parse(write(drafts)).draftsOrThrow();
        assertEquals(drafts, back);
        for (int i = 0; i < drafts.size(); i++) {
            assertEquals(drafts.get(i).fingerprint(), back.get(i).fingerprint());
        }
    }

    @Test
    void aProcedureNamedLikeAFormulaIsExportedAsTextAndReadsBackUnchanged() throws IOException {
        ProcedureDraft evil = new ProcedureDraft("1.001193", null, "=HYPERLINK(\"http://evil.example\",\"Xem\")", "+Hộ tịch",
                java.util.Set.of(Level.COMMUNE), LegalDeadline.UNKNOWN, List.of(), List.of(), OnlineLevel.UNKNOWN, null,
                "@Ủy ban", "-Luật Hộ tịch");
        String csv = new String(write(List.of(evil)), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Xem\"\")\""), csv);
        assertTrue(csv.contains(",'+Hộ tịch,"), csv);
        assertTrue(csv.contains("'@Ủy ban"), csv);
        assertEquals(List.of(evil), parse(csv.getBytes(StandardCharsets.UTF_8)).draftsOrThrow());
    }

    @Test
    void noFixedDeadlineAnAssumedUnitAndStatedChecklistKindsSurviveACsvRoundTrip() throws IOException {
        ProcedureDraft none = new ProcedureDraft("1.009902", null, "Thủ tục không quy định thời hạn", "Hộ tịch",
                java.util.Set.of(Level.COMMUNE), LegalDeadline.UNKNOWN,
                List.of(new RequiredDocument("Tờ khai", 1, null, "TK.docx", RequiredDocument.Kind.REQUIRED),
                        new RequiredDocument("Giấy A", 1, null, null, RequiredDocument.Kind.ALTERNATIVE),
                        new RequiredDocument("Giấy B", null, 1, null, RequiredDocument.Kind.ALTERNATIVE),
                        new RequiredDocument("Văn bản ủy quyền", 1, null, null, RequiredDocument.Kind.CONDITIONAL),
                        new RequiredDocument("Xuất trình bản chính", null, null, null, RequiredDocument.Kind.NOTE)),
                List.of(Fee.free("Miễn phí")), OnlineLevel.UNKNOWN, null, null, null, false, true);
        ProcedureDraft assumed = new ProcedureDraft("1.009903", null, "Thủ tục đơn vị giả định", "Hộ tịch",
                java.util.Set.of(Level.COMMUNE), LegalDeadline.workingDays(3), List.of(), List.of(), OnlineLevel.UNKNOWN,
                null, null, null, true, false);
        assertEquals(List.of(none, assumed), parse(write(List.of(none, assumed))).draftsOrThrow());
    }

    @Test
    void wholeNationalCatalogSurvivesACsvRoundTrip() throws IOException {
        List<ProcedureDraft> national = new NationalPortalJsonlParser().parse(NationalCatalogFile.require()).draftsOrThrow();
        List<ProcedureDraft> back = parse(write(national)).draftsOrThrow();
        assertEquals(national.size(), back.size());
        for (int i = 0; i < national.size(); i++) {
            assertEquals(national.get(i), back.get(i), national.get(i).nationalCode());
        }
    }

    @Test
    void provinceSampleWithSemicolonsAndTypedValuesImports() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/catalog/province-sample.csv")) {
            List<ProcedureDraft> drafts = new CatalogCsvParser().parse(in, -1).draftsOrThrow();
            assertEquals(3, drafts.size());
            ProcedureDraft birth = drafts.get(0);
            assertEquals("1.001193", birth.nationalCode());
            assertEquals("000.00.00.H56", birth.provinceSuffix());
            assertEquals(LegalDeadline.of(8, DeadlineUnit.WORKING_HOURS), birth.legalDeadline());
            assertEquals(OnlineLevel.FULL, birth.onlineLevel());
            assertEquals(List.of(Fee.free(null)), birth.fees());
            assertEquals(2, birth.documents().size());
            assertEquals(new RequiredDocument("Tờ khai đăng ký khai sinh", 1, null, "TK01.docx"), birth.documents().get(0));
            ProcedureDraft marriage = drafts.get(1);
            assertEquals(LegalDeadline.of(5, DeadlineUnit.WORKING_DAYS), marriage.legalDeadline());
            assertEquals(OnlineLevel.PARTIAL, marriage.onlineLevel());
            assertEquals(List.of(Fee.amount("Lệ phí", 10_000)), marriage.fees());
            assertEquals(Boolean.TRUE, drafts.get(2).interAgency());
        }
    }

    @Test
    void missingRequiredColumnIsReportedByName() {
        String header = HEADER_WITHOUT_CODE;
        assertEquals(List.of("Dòng 1: Thiếu cột bắt buộc: Mã TTHC"), displayed(parse(header + "\nĐăng ký khai sinh,Hộ tịch,Cấp xã,5\n")));
    }

    private static final String HEADER_WITHOUT_CODE = "Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết";
    private static final String HEADER = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Đơn vị thời hạn";

    @Test
    void duplicateCodeIsReportedWithBothLineNumbers() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int row = 2; row <= 16; row++) {
            csv.append(String.format("1.%06d,Thủ tục %d,Hộ tịch,Cấp xã,5,Ngày làm việc%n", row == 5 ? 1234 : row, row));
        }
        csv.append("1.001234,Thủ tục trùng,Hộ tịch,Cấp xã,5,Ngày làm việc\n");
        assertEquals(List.of("Dòng 17: mã TTHC 1.001234 trùng với dòng 5"), displayed(parse(csv.toString())));
    }

    @Test
    void everyBadLineIsReportedAndNoDraftIsReturned() {
        String csv = HEADER + "\n"
                + "1.000001,Thủ tục tốt,Hộ tịch,Cấp xã,5,Ngày làm việc\n"
                + "1.000002,,Hộ tịch,Cấp xã,5,Ngày làm việc\n"
                + "1.000003,Thời hạn âm,Hộ tịch,Cấp xã,-2,Ngày làm việc\n"
                + "1.000004,Thời hạn bất thường,Hộ tịch,Cấp xã,400,Ngày làm việc\n"
                + "1.000005,Không có cấp,Hộ tịch,,5,Ngày làm việc\n"
                + "1.000006,Đơn vị lạ,Hộ tịch,Cấp xã,5,Tuần\n"
                + "abc,Mã sai,Hộ tịch,Cấp xã,5,Ngày làm việc\n";
        assertEquals(List.of(
                "Dòng 3: Tên TTHC trống",
                "Dòng 4: thời hạn giải quyết -2 Ngày làm việc không hợp lệ (phải từ 0 đến 365 ngày)",
                "Dòng 5: thời hạn giải quyết 400 Ngày làm việc không hợp lệ (phải từ 0 đến 365 ngày)",
                "Dòng 6: Cấp thực hiện trống",
                "Dòng 7: không hiểu thời hạn giải quyết: \"5 Tuần\" (ví dụ: 5 + Ngày làm việc, hoặc \"Trong ngày\")",
                "Dòng 8: mã TTHC không hợp lệ: abc (dạng 1.001234 hoặc 1.001234.000.00.00.H56)"),
                displayed(parse(csv)));
    }

    @Test
    void invalidOnlineLevelAndInterAgencyValuesAreReported() {
        String csv = HEADER + ",Mức độ DVC trực tuyến,Liên thông\n"
                + "1.000001,Thủ tục,Hộ tịch,Cấp xã,5,Ngày làm việc,Mức độ 9,Có lẽ\n";
        List<ImportError> errors = parse(csv).report().errors();
        assertEquals(2, errors.size());
        assertEquals("Mức độ DVC trực tuyến", errors.get(0).column());
        assertEquals("Liên thông", errors.get(1).column());
    }

    @Test
    void fileInALegacyEncodingIsRejectedAsNotUtf8() {
        byte[] windows = (HEADER + "\n1.000001,Thủ tục tên,Hộ tịch,Cấp xã,5,Ngày làm việc\n").getBytes(StandardCharsets.ISO_8859_1);
        // ISO-8859-1 cannot hold "ộ", but "ê" in "tên" becomes the lone byte 0xEA: invalid UTF-8 on line 1
        assertEquals(List.of("Dòng 1: Tệp không phải UTF-8 (hãy lưu lại tệp với mã hóa UTF-8)"), displayed(parse(windows)));
    }

    @Test
    void badByteIsReportedOnItsOwnLine() {
        byte[] good = (HEADER + "\n1.000001,Thủ tục,Hộ tịch,Cấp xã,5,Ngày làm việc\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "1.000002,T\u00ean,x,Cấp xã,5,Ngày\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        assertEquals(List.of("Dòng 3: Tệp không phải UTF-8 (hãy lưu lại tệp với mã hóa UTF-8)"), displayed(parse(all)));
    }

    @Test
    void replacementCharacterIsRejectedAsNotUtf8() {
        List<String> messages = displayed(parse(HEADER + "\n1.000001,Th\uFFFD t\uFFFDc,Hộ tịch,Cấp xã,5,Ngày làm việc\n"));
        assertTrue(messages.get(0).startsWith("Dòng 2: Tệp không phải UTF-8"));
    }

    @Test
    void lineNumbersFollowThePhysicalLinesAcrossMultiLineCells() {
        String csv = HEADER + ",Thành phần hồ sơ\n"
                + "1.000001,Thủ tục,Hộ tịch,Cấp xã,5,Ngày làm việc,\"Tờ khai [1 bản chính]\nGiấy tờ tùy thân [1 bản sao]\"\n"
                + "1.000002,,Hộ tịch,Cấp xã,5,Ngày làm việc,\n";
        assertEquals(List.of("Dòng 4: Tên TTHC trống"), displayed(parse(csv)));
    }

    @Test
    void brokenQuotingIsReported() {
        String csv = HEADER + "\n1.000001,\"Thủ tục\"x,Hộ tịch,Cấp xã,5,Ngày làm việc\n";
        List<String> messages = displayed(parse(csv));
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("Dòng 2: CSV hỏng"), messages.get(0));
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeParsing() {
        ImportResult result = new CatalogCsvParser(ImportOptions.defaults()).parse(InputStream.nullInputStream(), 51L * 1024 * 1024);
        assertEquals(List.of("Tệp quá lớn: 51,0 MB (tối đa 50,0 MB)"), displayed(result));
    }

    @Test
    void headerOnlyFileIsEmpty() {
        assertEquals(List.of("Tệp không có thủ tục nào"), displayed(parse(HEADER + "\n")));
    }

    @Test
    void delimiterIsTakenFromTheHeader() {
        assertEquals(';', CatalogCsvParser.delimiter("Mã TTHC;Tên TTHC;Lĩnh vực, ghi chú"));
        assertEquals(',', CatalogCsvParser.delimiter("Mã TTHC,Tên TTHC"));
        assertEquals('\t', CatalogCsvParser.delimiter("Mã TTHC\tTên TTHC"));
    }
}
