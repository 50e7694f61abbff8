package vn.motcua.core.slip;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders each slip, reads it back with PDFBox's text extraction, decodes the QR code from the rendered page
 * with ZXing, and checks that only the embedded Liberation Serif is used. Samples (PDF and page 1 as PNG) are
 * left in target/slips/ for a reviewer (PNG: page 1 as name.png, later pages as name-pN.png).
 */
class SlipRendererTest {
    private static final Path OUT = Path.of("target", "slips");
    private static final String BASE = "https://motcua.example/";
    private static final String CODE = "000.00.00.H56-251124-0007";
    /** A lookup secret as the dossier stores it (13 characters of Crockford base32). */
    private static final String SECRET = "7KQ2XM9RTV4HB";
    private static final String LINK = "https://motcua.example/tra-cuu-ho-so?ma=" + CODE + "&k=" + SECRET;
    /** Every Vietnamese letter with a diacritic, both cases. */
    private static final String ALL_VIETNAMESE =
            "àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ đ "
                    + "ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ Đ";

    private final SlipRenderer renderer = new SlipRenderer();

    static SlipHeader header() {
        return new SlipHeader("ỦY BAN NHÂN DÂN XÃ TÂN LẠC", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Tân Lạc", "0210 3880 123");
    }

    static Applicant applicant() {
        return new Applicant("Nguyễn Thị Hằng", "Xóm Đồng Bưởi, xã Tân Lạc, tỉnh Phú Thọ", "0912 345 678", "hang.nt@example.vn");
    }

    static ReceiptSlip receipt(List<DocumentLine> documents) {
        return new ReceiptSlip(header(), CODE, applicant(), "Đăng ký khai sinh", "1.001193.000.00.00.H56", documents,
                "03 ngày làm việc", LocalDateTime.of(2025, 11, 24, 9, 15), LocalDateTime.of(2025, 11, 27, 9, 15),
                "Trực tiếp tại Trung tâm Phục vụ hành chính công xã Tân Lạc",
                List.of(new FeeLine("Lệ phí đăng ký khai sinh", 8_000, "đã nộp bằng chuyển khoản")), "Trần Văn Đức", SECRET);
    }

    static List<DocumentLine> documents() {
        return List.of(
                new DocumentLine("Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
                new DocumentLine("Giấy chứng sinh do cơ sở y tế cấp", 1, 0),
                new DocumentLine("Giấy chứng nhận kết hôn của cha, mẹ", 0, 1),
                new DocumentLine("Văn bản ủy quyền (trường hợp ủy quyền đăng ký khai sinh)", 1, 0));
    }

    @Test
    void receiptReadsBackWithCodeDatesAndVietnameseText() throws IOException {
        byte[] pdf = renderer.receipt(receipt(documents()), BASE);
        save("mau-01-giay-tiep-nhan-va-hen-tra-ket-qua", pdf);
        String text = text(pdf);

        assertTrue(text.contains(CODE), text);
        assertTrue(text.contains("Thời gian hẹn trả kết quả: 27/11/2025 09:15"), text);
        assertTrue(text.contains("Thời gian nhận hồ sơ: 24/11/2025 09:15"), text);
        assertTrue(text.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), text);
        assertTrue(text.contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), text);
        assertTrue(text.contains("Tiếp nhận hồ sơ của: Nguyễn Thị Hằng"), text);
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
        assertTrue(text.contains("Tân Lạc, ngày 24 tháng 11 năm 2025"), text);
        assertTrue(text.contains("Mẫu số 01"), text);
        assertFalse(text.contains("Trang 1/"), "no page numbers on a one-page slip");
        assertTrue(text.contains("ỦY BAN NHÂN DÂN XÃ TÂN LẠC"), text);
        assertTrue(text.contains("Xóm Đồng Bưởi, xã Tân Lạc, tỉnh Phú Thọ"), text);
        assertTrue(text.contains("Đăng ký khai sinh (mã 1.001193.000.00.00.H56)"), text);
        assertTrue(text.contains("Giấy chứng nhận kết hôn của cha, mẹ"), text);
        assertTrue(text.contains("Lệ phí đăng ký khai sinh: 8.000 đồng (đã nộp bằng chuyển khoản)"), text);
        assertTrue(text.contains("NGƯỜI TIẾP NHẬN HỒ SƠ"), text);
        assertTrue(text.contains("Trần Văn Đức"), text);
        assertTrue(text.replace(" ", "").contains("https://motcua.example/tra-cuu-ho-so"), text);
        assertTrue(text.replace(" ", "").contains("https://motcua.example/danh-gia"), text);
        assertEquals(1, pages(pdf), "a receipt with a few documents fits on one page");
        assertOnlyEmbeddedLiberation(pdf);
    }

    @Test
    void receiptQrCodeDecodesToThePublicLookupUrlWithTheDossiersSecret() throws Exception {
        byte[] pdf = renderer.receipt(receipt(documents()), BASE);
        assertEquals(LINK, decodeQr(pdf));
        assertEquals(LINK, SlipRenderer.lookupUrl("https://motcua.example", CODE, SECRET));
    }

    @Test
    void receiptPrintsTheLookupSecretAsAShortGroupedCodeButNotTheLinkThatCarriesIt() throws Exception {
        byte[] pdf = renderer.receipt(receipt(documents()), BASE);
        String text = text(pdf);
        assertEquals("7KQ2-XM9R-TV4HB", ReceiptSlip.printed(SECRET));
        assertTrue(text.contains("Mã tra cứu: 7KQ2-XM9R-TV4HB"), text);
        assertFalse(text.replace(" ", "").contains("k=" + SECRET), "the secret is in the QR code, not printed as a link");
    }

    @Test
    void supplementSlipReadsBack() throws IOException {
        SupplementSlip slip = new SupplementSlip(header(), CODE, applicant(), "Đăng ký khai sinh",
                List.of(new SupplementItem("Tờ khai đăng ký khai sinh", "Ghi đủ ngày, tháng, năm sinh của người mẹ", 1, 0),
                        new SupplementItem("Giấy chứng nhận kết hôn của cha, mẹ", "Nộp bản sao có chứng thực", 0, 1)),
                "Tờ khai thiếu thông tin bắt buộc; giấy tờ nộp là bản chụp không có chứng thực.",
                LocalDateTime.of(2025, 11, 24, 14, 5), "Trần Văn Đức");
        byte[] pdf = renderer.supplement(slip);
        save("mau-02-phieu-yeu-cau-bo-sung", pdf);
        String text = text(pdf);

        assertTrue(text.contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"), text);
        assertTrue(text.contains("Mẫu số 02"), text);
        assertTrue(text.contains(CODE), text);
        assertTrue(text.contains("Nguyễn Thị Hằng"), text);
        assertTrue(text.contains("Ghi đủ ngày, tháng, năm sinh của người mẹ"), text);
        assertTrue(text.contains("Nộp bản sao có chứng thực"), text);
        assertTrue(text.contains("Lý do: Tờ khai thiếu thông tin bắt buộc"), text);
        assertTrue(text.contains("Ngày yêu cầu: 24/11/2025 14:05"), text);
        assertTrue(text.contains("NGƯỜI HƯỚNG DẪN"), text);
        assertOnlyEmbeddedLiberation(pdf);
    }

    @Test
    void refusalSlipKeepsTheReasonAndEveryDiacritic() throws IOException {
        RefusalSlip slip = new RefusalSlip(header(), CODE, applicant(), "Đăng ký khai sinh",
                "Việc khai sinh đã được đăng ký tại Ủy ban nhân dân phường Âu Cơ.\nKiểm tra chữ: " + ALL_VIETNAMESE,
                LocalDateTime.of(2025, 11, 24, 10, 30), "Trần Văn Đức");
        byte[] pdf = renderer.refusal(slip);
        save("mau-03-phieu-tu-choi", pdf);
        String text = text(pdf);

        assertTrue(text.contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"), text);
        assertTrue(text.contains("Mẫu số 03"), text);
        assertTrue(text.contains(CODE), text);
        assertTrue(text.contains("Nguyễn Thị Hằng"), text);
        assertTrue(text.contains("Việc khai sinh đã được đăng ký tại Ủy ban nhân dân phường Âu Cơ."), text);
        assertTrue(text.contains(ALL_VIETNAMESE), text);
        assertTrue(text.contains("Thời gian: 24/11/2025 10:30"), text);
        assertOnlyEmbeddedLiberation(pdf);
    }

    @Test
    void decomposedInputComesBackComposedAndUnknownCharactersDoNotBreakTheSlip() throws IOException {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
        Applicant a = new Applicant(decomposed, null, null, null);
        RefusalSlip slip = new RefusalSlip(header(), CODE, a, "Chứng thực bản sao từ bản chính",
                "Bản chính bị tẩy xóa 漢字 ☃", LocalDateTime.of(2025, 11, 24, 10, 30), "Trần Văn Đức");
        String text = text(renderer.refusal(slip));
        assertTrue(text.contains("Tiếp nhận hồ sơ của: Nguyễn Thị Hằng"), text);
        assertTrue(text.contains("Bản chính bị tẩy xóa ?? ?"), text);
    }

    @Test
    void theApologyLetterNamesTheMissedAppointmentTheNewOneAndTheReason() throws Exception {
        ApologySlip slip = new ApologySlip(header(), CODE, applicant(), "Đăng ký khai sinh",
                LocalDateTime.of(2025, 11, 27, 17, 0), LocalDateTime.of(2025, 12, 2, 10, 0),
                "Chờ kết quả xác minh của Ủy ban nhân dân xã Đào Xá", LocalDateTime.of(2025, 11, 26, 9, 15), "Lê Thị Thu");
        byte[] pdf = renderer.apology(slip);
        save("mau-04-van-ban-xin-loi", pdf);
        String text = text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), text);
        assertTrue(text.contains("Mẫu số 04"), text);
        assertTrue(text.contains(CODE), text);
        assertTrue(text.contains("27/11/2025 17:00") && text.contains("02/12/2025 10:00"), text);
        assertTrue(text.contains("Chờ kết quả xác minh của Ủy ban nhân dân xã Đào Xá"), text);
        assertOnlyEmbeddedLiberation(pdf);
    }

    @Test
    void theStopNoticeCarriesTheWrittenReason() throws Exception {
        byte[] pdf = renderer.stop(new StopSlip(header(), CODE, applicant(), "Đăng ký khai sinh",
                LocalDateTime.of(2025, 11, 24, 8, 0), "Người yêu cầu không đủ điều kiện theo quy định",
                LocalDateTime.of(2025, 11, 25, 15, 30), "Lê Thị Thu"));
        save("mau-05-thong-bao-dung", pdf);
        String text = text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"), text);
        assertTrue(text.contains("Mẫu số 05"), text);
        assertTrue(text.contains("Người yêu cầu không đủ điều kiện theo quy định"), text);
        assertTrue(text.contains("Thời gian: 25/11/2025 15:30"), text);
        assertOnlyEmbeddedLiberation(pdf);
    }

    @Test
    void longDocumentListsFlowOntoMorePagesWithTheTableHeaderRepeated() throws Exception {
        List<DocumentLine> many = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            many.add(new DocumentLine("Giấy tờ số " + i + " – bản vẽ, sơ đồ, biên bản đo đạc thửa đất kèm theo", 1, 2));
        }
        byte[] pdf = renderer.receipt(receipt(many), BASE);
        save("mau-01-nhieu-trang", pdf);
        String text = text(pdf);
        assertTrue(pages(pdf) >= 2);
        assertTrue(text.contains("Giấy tờ số 45 – bản vẽ"), text);
        assertTrue(text.indexOf("Tên giấy tờ") != text.lastIndexOf("Tên giấy tờ"), "header repeated on the next page");
        assertTrue(text.contains("Thời gian hẹn trả kết quả: 27/11/2025 09:15"), text);
        assertTrue(text.contains("Mã hồ sơ " + CODE + " – Trang 1/" + pages(pdf)), text);
        assertTrue(text.contains("Mã hồ sơ " + CODE + " – Trang " + pages(pdf) + "/" + pages(pdf)), text);
        assertEquals(LINK, decodeQr(pdf, pages(pdf) - 1));
        assertOnlyEmbeddedLiberation(pdf);
    }

    @Test
    void textHelpers() {
        assertEquals("8.000 đồng", SlipRenderer.money(8_000));
        assertEquals("1.250.000 đồng", SlipRenderer.money(1_250_000));
        assertEquals("ngày 05 tháng 02 năm 2026", SlipRenderer.vietnameseDate(LocalDate.of(2026, 2, 5)));
        assertEquals("ngày 24 tháng 11 năm 2025", SlipRenderer.vietnameseDate(LocalDate.of(2025, 11, 24)));
        assertEquals("Không thu.", SlipRenderer.fees(List.of()));
        assertEquals("Phí A: 10.000 đồng; Lệ phí B: 5.000 đồng (miễn 50%); tổng cộng: 15.000 đồng.",
                SlipRenderer.fees(List.of(new FeeLine("Phí A", 10_000, null), new FeeLine("Lệ phí B", 5_000, "miễn 50%"))));
        assertThrows(IllegalArgumentException.class, () -> new RefusalSlip(header(), CODE, applicant(), "X", " ",
                LocalDateTime.now(), "Y"));
    }

    // ---- helpers ----

    /** Extracted text with every run of white space (line wraps included) collapsed to one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static void assertOnlyEmbeddedLiberation(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    assertInstanceOf(PDType0Font.class, font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertFalse(font.isStandard14(), font.getName() + " is a standard-14 font");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif.*"), font.getName() + " is a Liberation Serif subset");
                }
            }
            assertTrue(fonts >= 2, "fonts found: " + fonts);
        }
    }

    private static String decodeQr(byte[] pdf) throws Exception {
        return decodeQr(pdf, 0);
    }

    private static String decodeQr(byte[] pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 200, ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        }
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        try (var stale = Files.newDirectoryStream(OUT, name + "-p*.png")) {
            for (Path old : stale) {
                Files.delete(old);
            }
        }
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer pages = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = pages.renderImageWithDPI(i, 110, ImageType.RGB);
                ImageIO.write(page, "png", OUT.resolve(name + (i == 0 ? "" : "-p" + (i + 1)) + ".png").toFile());
            }
        }
    }
}
