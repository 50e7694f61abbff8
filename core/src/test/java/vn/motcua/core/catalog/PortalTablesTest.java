package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortalTablesTest {

    private static final String CHANNEL_HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";
    private static final String DOCUMENT_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

    @Test
    void channelRowsAreSplitWithoutBeingFooledByDescriptions() {
        List<PortalChannelTable.Row> rows = PortalChannelTable.parse(CHANNEL_HEADER
                + "Trực tuyến20 Ngày làm việcMiễn phí(Theo Luật phí)Trực tiếp: nộp tại Bộ phận Một cửa"
                + "Trực tiếp30 Ngày làm việc10,000 VNĐ(Lệ phí (mức 1))Nộp trực tiếp");
        assertEquals(2, rows.size());
        assertEquals(PortalChannelTable.Channel.ONLINE, rows.get(0).channel());
        assertEquals(Fee.free("Theo Luật phí"), rows.get(0).fee());
        assertEquals("30 Ngày làm việc", rows.get(1).time());
        assertEquals(Fee.amount("Lệ phí (mức 1)", 10_000), rows.get(1).fee());
        assertEquals("Nộp trực tiếp", rows.get(1).description());
    }

    @Test
    void emptyTimeCellLeavesTheFeeReadable() {
        PortalChannelTable.Row row = PortalChannelTable.parse(CHANNEL_HEADER + "Trực tiếpKhông có thông tin2,000 Việt Nam Đồng(/trang)").get(0);
        assertNull(row.time());
        assertEquals(Fee.amount("/trang", 2_000), row.fee());
    }

    @Test
    void bareNumberTakesTheUnitOfTheSameNumberInTheOtherTexts() {
        List<PortalChannelTable.Row> rows = PortalChannelTable.parse(CHANNEL_HEADER + "Trực tiếp20Miễn phí");
        assertEquals("20", rows.get(0).time());
        PortalRecordMapper.Resolved fromSteps = PortalRecordMapper.resolve(rows, "Bước 2: trong thời hạn 20 ngày kể từ ngày nhận hồ sơ");
        assertEquals(LegalDeadline.of(20, DeadlineUnit.CALENDAR_DAYS), fromSteps.deadline());
        assertFalse(fromSteps.unitAssumed());
        // a later text (thoi_han_giai_quyet, conditions) is searched when the steps do not mention it
        assertEquals(LegalDeadline.of(20, DeadlineUnit.WORKING_DAYS),
                PortalRecordMapper.deadline(rows, "Bước 1: nộp hồ sơ", "20 ngày làm việc"));
    }

    @Test
    void birthRegistrationsBareNumberIsCountedInTheColumnsDefaultUnit() {
        // 1.001193 Thủ tục đăng ký khai sinh, verbatim: the unit is lost in every channel, no text names "1 ngày…"
        List<PortalChannelTable.Row> rows = PortalChannelTable.parse(CHANNEL_HEADER
                + "Trực tuyến1Miễn phíDịch vụ bưu chính1Miễn phíTrực tiếp1Miễn phí");
        assertEquals(3, rows.size());
        PortalRecordMapper.Resolved resolved = PortalRecordMapper.resolve(rows,
                "trả kết quả cho người yêu cầu trong ngày làm việc tiếp theo", null, "Không có thông tin");
        assertEquals(LegalDeadline.workingDays(1), resolved.deadline());
        assertTrue(resolved.unitAssumed());
        assertEquals(Fee.free(null), rows.get(2).fee());
    }

    @Test
    void emptyTimeCellTakesTheTimeItsDescriptionStates() {
        // 1.004656, verbatim start of the row
        List<PortalChannelTable.Row> rows = PortalChannelTable.parse(CHANNEL_HEADER
                + "Trực tuyếnKhông có thông tinMiễn phí05 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ");
        assertNull(rows.get(0).time());
        assertEquals(LegalDeadline.workingDays(5), PortalRecordMapper.deadline(rows, "Bước 1"));
    }

    @Test
    void fileThatStatesNoTimeStaysUnknown() {
        // 2.000815 (chứng thực), 2.002235 (thuế), 1.115148 ("0"), 6.001435: nothing to count from
        for (String channels : List.of(
                "Trực tiếpKhông có thông tin2,000 Việt Nam Đồng(/trang)Tại Ủy ban nhân dân cấp xã",
                "Trực tuyếnKhông phải trả kết quả cho người nộp thuếMiễn phíQua Cổng dịch vụ công quốc gia",
                "Trực tiếp0Không có thông tinỦy ban nhân dân cấp tỉnh, thành phố quy định chi tiết trình tự, thủ tục này",
                "Trực tiếpKhông có thông tinKhông có thông tinCách thức thực hiện: Không quy định")) {
            List<PortalChannelTable.Row> rows = PortalChannelTable.parse(CHANNEL_HEADER + channels);
            assertFalse(PortalRecordMapper.deadline(rows, "Bước 1: nộp hồ sơ").isCountable(), channels);
        }
    }

    @Test
    void everyStatedFormOfTheFileIsRead() {
        assertEquals(LegalDeadline.workingDays(5), only("Trực tiếp5 Ngày làm việcMiễn phí"));
        assertEquals(LegalDeadline.calendarDays(20), only("Trực tiếp20 NgàyMiễn phí(Theo quy định)"));
        assertEquals(LegalDeadline.workingHours(4), only("Trực tiếp4 GiờMiễn phí"));
        assertEquals(LegalDeadline.workingHours(12), only("Trực tiếp1.5 Ngày làm việcMiễn phí"));
        assertEquals(LegalDeadline.workingHours(8), only("Trực tiếpTrong ngàyMiễn phí"));
        assertFalse(only("Trực tiếp6 ThángMiễn phí").isKnown()); // months are not counted
    }

    private static LegalDeadline only(String channels) {
        return PortalRecordMapper.deadline(PortalChannelTable.parse(CHANNEL_HEADER + channels), "Bước 1");
    }

    @Test
    void documentTablesSkipHeadingsAndSplitGluedFormFiles() {
        List<RequiredDocument> documents = PortalDocumentTable.parse("* Giấy tờ phải nộp:" + DOCUMENT_HEADER
                + "Tờ khai (mẫu NA17)101-Mau A17.doc1 bản chínhBao gồm" + DOCUMENT_HEADER
                + "Bản đồ khu vực khai thácMau 35 - Phu luc II_36.2025.TT-BNNMT.docx1 bản chính,1 bản sao"
                + "Giấy phép khai thác0 bản chính,1 bản sao");
        assertEquals(List.of(
                new RequiredDocument("Tờ khai (mẫu NA17)", 1, null, "101-Mau A17.doc"),
                new RequiredDocument("Bản đồ khu vực khai thác", 1, 1, "Mau 35 - Phu luc II_36.2025.TT-BNNMT.docx"),
                new RequiredDocument("Giấy phép khai thác", 0, 1, null)), documents);
    }

    @Test
    void documentCellFormatReadsBackEvenWithBracketsInFileNames() {
        RequiredDocument doc = new RequiredDocument("Đơn đề nghị [bản dịch]", 1, 2, "Form CAAV [0]2011.pdf");
        assertEquals(doc, RequiredDocumentText.parseOne(RequiredDocumentText.format(doc)));
    }
}
