package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void bareNumberWithoutDescriptionStaysUnknown() {
        List<PortalChannelTable.Row> rows = PortalChannelTable.parse(CHANNEL_HEADER + "Trực tiếp1Miễn phí");
        assertEquals("1", rows.get(0).time());
        assertEquals(LegalDeadline.UNKNOWN, PortalRecordMapper.deadline(rows, "Bước 1: nộp hồ sơ"));
        assertEquals(LegalDeadline.of(1, DeadlineUnit.WORKING_DAYS), PortalRecordMapper.deadline(rows, "trong 01 ngày làm việc"));
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
