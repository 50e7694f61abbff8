package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NationalPortalJsonlParserTest {

    private static List<ProcedureDraft> parsed;

    /** The real file parsed once; skips only the tests that need it when it is absent. */
    private static synchronized List<ProcedureDraft> drafts() {
        Path file = NationalCatalogFile.require();
        if (parsed == null) {
            parsed = new NationalPortalJsonlParser().parse(file).draftsOrThrow();
        }
        return parsed;
    }

    private static ProcedureDraft real(String code) {
        return drafts().stream().filter(d -> d.nationalCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void wholeNationalCatalogImportsWithoutErrors() {
        assertEquals(2642, drafts().size());
        assertEquals(2642, drafts().stream().map(ProcedureDraft::nationalCode).distinct().count());
    }

    @Test
    void communeLevelCountMatchesTheReadme() {
        assertEquals(588, drafts().stream().filter(ProcedureDraft::isCommuneLevel).count());
    }

    @Test
    void deadlineCoverageOverTheRealFileIsPinned() {
        Map<DeadlineUnit, Long> byUnit = drafts().stream().filter(d -> d.legalDeadline().isKnown())
                .collect(Collectors.groupingBy(d -> d.legalDeadline().unit(), Collectors.counting()));
        long unknown = drafts().stream().filter(d -> !d.legalDeadline().isKnown()).count();
        // 258 bare numbers ("1Miễn phí") or described-only times counted since the export's lost units are recovered
        assertEquals(1806, byUnit.get(DeadlineUnit.WORKING_DAYS));
        assertEquals(606, byUnit.get(DeadlineUnit.CALENDAR_DAYS));
        assertEquals(81, byUnit.get(DeadlineUnit.WORKING_HOURS));
        assertEquals(149, unknown);
    }

    @Test
    void inPersonDeadlineWinsWhenChannelsDiffer() {
        // online and postal say 20 working days, in person 30
        assertEquals(LegalDeadline.of(30, DeadlineUnit.WORKING_DAYS), real("1.012782").legalDeadline());
    }

    @Test
    void realProceduresHaveTheirDeadlinesPinned() {
        assertEquals(LegalDeadline.of(60, DeadlineUnit.WORKING_DAYS), real("1.000178").legalDeadline());
        assertEquals(LegalDeadline.of(21, DeadlineUnit.CALENDAR_DAYS), real("1.000811").legalDeadline());
        // "1.5 Ngày làm việc"
        assertEquals(LegalDeadline.of(12, DeadlineUnit.WORKING_HOURS), real("1.013097").legalDeadline());
        // "6 Tháng": months are not converted
        assertFalse(real("1.001010").legalDeadline().isKnown());
        // every channel says "Không có thông tin"
        assertFalse(real("2.001019").legalDeadline().isKnown());
    }

    @Test
    void namesLoseTheStrayLeadingPunctuationOfThePortal() {
        // the file says ". Đăng ký thuế đối với trường hợp…"
        assertTrue(real("2.002321").name().startsWith("Đăng ký thuế"), real("2.002321").name());
        assertTrue(drafts().stream().noneMatch(d -> d.name().matches("^[\\p{Punct}\\s].*")));
    }

    @Test
    void birthRegistrationHasACountableDeadline() {
        // "Trực tuyến1Miễn phí…Trực tiếp1Miễn phí": the unit is lost and no text names it → the column's working days
        assertEquals(LegalDeadline.workingDays(1), real("1.001193").legalDeadline());
        // the time cell is empty but the row's description says "05 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ"
        assertEquals(LegalDeadline.workingDays(5), real("1.004656").legalDeadline());
    }

    @Test
    void theParserFlagsEachCommuneLevelDeadlineWhoseUnitItAssumed() {
        List<ProcedureDraft> commune = drafts().stream().filter(ProcedureDraft::isCommuneLevel).toList();
        assertEquals(588, commune.size());
        assertEquals(527, commune.stream().filter(d -> d.legalDeadline().isCountable()).count());
        assertEquals(103, commune.stream().filter(ProcedureDraft::deadlineUnitAssumed).count());
        // "Trực tiếp1Miễn phí": the unit is assumed; "05 ngày làm việc" in the row's description is read, not assumed
        assertTrue(real("1.001193").deadlineUnitAssumed());
        assertFalse(real("1.004656").deadlineUnitAssumed());
    }

    @Test
    void bareNumberTakesItsUnitFromTheStepsText() {
        // the portal shows "20" without a unit; the steps say "20 ngày"
        assertEquals(LegalDeadline.of(20, DeadlineUnit.CALENDAR_DAYS), real("1.003590").legalDeadline());
        // "1" and the steps say "01 ngày làm việc"
        assertEquals(LegalDeadline.of(1, DeadlineUnit.WORKING_DAYS), real("1.003563").legalDeadline());
    }

    @Test
    void realProceduresHaveTheirFeesPinned() {
        ProcedureDraft will = real("2.001019"); // Chứng thực di chúc, commune level
        assertTrue(will.isCommuneLevel());
        assertEquals(List.of(Fee.amount("/di chúc", 50_000)), will.fees());
        assertEquals(List.of(Fee.amount(null, 8_000)), real("2.000635").fees());
        assertEquals(List.of(new Fee("10 USD (/lần)", null, false)), real("1.000771").fees());
        assertEquals(List.of(), real("1.000178").fees());
        Fee free = real("1.012545").fees().get(0);
        assertTrue(free.free());
        assertNull(free.amountVnd());
    }

    @Test
    void documentsKeepCountsAndGluedFormFileNames() {
        List<RequiredDocument> documents = real("1.000232").documents();
        assertEquals(List.of(new RequiredDocument("Văn bản đề nghị hủy tài khoản điện tử (NA20).", 1, null,
                "Mau NA20-BCA.docx")), documents);
        RequiredDocument both = real("1.012782").documents().get(0);
        assertEquals(1, both.originalCount());
        assertEquals(1, both.copyCount());
    }

    @Test
    void otherFieldsAreMappedFromTheirPortalKeys() {
        ProcedureDraft d = real("1.000178");
        assertEquals("Khiếu nại, tố cáo", d.field());
        assertEquals("Thanh tra Bộ", d.implementingAgency());
        assertTrue(d.legalBasis().startsWith("Hướng dẫn xử lý khiếu nại"));
        assertEquals(OnlineLevel.UNKNOWN, d.onlineLevel());
        assertNull(d.provinceSuffix());
    }

    @Test
    void fingerprintIsStableAcrossReparse() {
        List<ProcedureDraft> again = new NationalPortalJsonlParser().parse(NationalCatalogFile.require()).draftsOrThrow();
        Map<String, String> before = drafts().stream()
                .collect(Collectors.toMap(ProcedureDraft::nationalCode, ProcedureDraft::fingerprint));
        for (ProcedureDraft d : again) {
            assertEquals(before.get(d.nationalCode()), d.fingerprint(), d.nationalCode());
        }
    }

    @Test
    void progressIsReportedUpToTheWholeFile() {
        List<long[]> calls = new ArrayList<>();
        Path file = NationalCatalogFile.require();
        ImportOptions options = ImportOptions.defaults().withProgress((lines, read, total) -> calls.add(new long[] {lines, read, total}));
        new NationalPortalJsonlParser(options).parse(file);
        long[] last = calls.get(calls.size() - 1);
        assertTrue(calls.size() > 5);
        assertEquals(2642, last[0]);
        assertEquals(last[2], last[1]);
    }

    // --- bad input -----------------------------------------------------------------------------

    private static final String GOOD = "{\"ma_thu_tuc\":\"1.001234\",\"ten_thu_tuc\":\"Đăng ký khai sinh\",\"cap_thuc_hien\":\"Cấp xã\","
            + "\"cach_thuc_thuc_hien\":\"Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếpTrong ngàyMiễn phí\"}";

    private static ImportResult parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportResult parse(byte[] bytes) {
        return new NationalPortalJsonlParser().parse(new ByteArrayInputStream(bytes), bytes.length);
    }

    @Test
    void missingOptionalKeysAreAllowed() {
        ProcedureDraft d = parse("{\"ma_thu_tuc\":\"1.001234\",\"ten_thu_tuc\":\"Đăng ký khai sinh\"}").draftsOrThrow().get(0);
        assertFalse(d.legalDeadline().isKnown());
        assertTrue(d.levels().isEmpty());
        assertEquals(OnlineLevel.UNKNOWN, d.onlineLevel());
    }

    @Test
    void duplicateCodeIsReportedWithBothLineNumbers() {
        ImportResult result = parse(GOOD + "\n" + GOOD.replace("1.001234", "1.000001") + "\n\n" + GOOD + "\n");
        assertEquals(List.of("Dòng 4: mã TTHC 1.001234 trùng với dòng 1"), displayed(result));
    }

    @Test
    void brokenJsonLineIsReportedAndNothingIsImported() {
        ImportResult result = parse(GOOD + "\n{\"ma_thu_tuc\": \"1.000002\", \n");
        assertFalse(result.isImported());
        assertEquals(1, result.report().errors().size());
        assertTrue(result.report().errors().get(0).displayVi().startsWith("Dòng 2: JSON không hợp lệ"));
    }

    @Test
    void emptyNameAndBadCodeAreReportedTogether() {
        ImportResult result = parse("{\"ma_thu_tuc\":\"1.0012\",\"ten_thu_tuc\":\"  \"}\n");
        List<String> messages = displayed(result);
        assertEquals(2, messages.size());
        assertTrue(messages.get(0).startsWith("Dòng 1: mã TTHC không hợp lệ: 1.0012"));
        assertEquals("Dòng 1: Tên TTHC (ten_thu_tuc) trống", messages.get(1));
    }

    @Test
    void invalidUtf8IsRejectedWithItsLine() {
        byte[] latin1 = ("{\"ma_thu_tuc\":\"1.000001\",\"ten_thu_tuc\":\"Tên\"}").getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[good.length + latin1.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(latin1, 0, both, good.length, latin1.length);
        assertEquals(List.of("Dòng 2: Tệp không phải UTF-8 (hãy lưu lại tệp với mã hóa UTF-8)"), displayed(parse(both)));
    }

    @Test
    void replacementCharactersFromAnEarlierBadConversionAreRejected() {
        List<String> messages = displayed(parse(GOOD.replace("Đăng ký", "\uFFFDăng k\uFFFD")));
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("Dòng 1: Tệp không phải UTF-8"));
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading() {
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the parser must not read a file over the limit");
            }
        };
        ImportResult result = new NationalPortalJsonlParser(ImportOptions.defaults().withMaxBytes(1024 * 1024))
                .parse(neverRead, 3L * 1024 * 1024);
        assertEquals(List.of("Tệp quá lớn: 3,0 MB (tối đa 1,0 MB)"), displayed(result));
    }

    @Test
    void streamLongerThanDeclaredIsCutAtTheLimit() {
        byte[] bytes = (GOOD + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
        ImportResult result = new NationalPortalJsonlParser(ImportOptions.defaults().withMaxBytes(1000))
                .parse(new ByteArrayInputStream(bytes), -1);
        assertTrue(displayed(result).get(0).startsWith("Tệp quá lớn"));
    }

    @Test
    void emptyFileIsRejected() {
        assertEquals(List.of("Tệp không có thủ tục nào"), displayed(parse("\n\n")));
    }

    @Test
    void sameDayTextInTheTimeCellIsUnderstood() {
        ProcedureDraft d = parse(GOOD).draftsOrThrow().get(0);
        assertEquals(LegalDeadline.of(8, DeadlineUnit.WORKING_HOURS), d.legalDeadline());
    }

    @Test
    void sampleFileFromResourcesImports() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/catalog/portal-sample.jsonl")) {
            List<ProcedureDraft> sample = new NationalPortalJsonlParser().parse(in, -1).draftsOrThrow();
            assertEquals(3, sample.size());
            assertTrue(sample.stream().anyMatch(ProcedureDraft::isCommuneLevel));
        }
    }

    static List<String> displayed(ImportResult result) {
        assertFalse(result.isImported(), "expected a rejected import");
        return result.report().errors().stream().map(ImportError::displayVi).toList();
    }
}
