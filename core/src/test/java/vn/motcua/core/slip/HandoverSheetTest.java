package vn.motcua.core.slip;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoverSheetTest {
    private static final String LOGIN = "https://motcua.phutho.gov.vn/dang-nhap";

    @Test
    void theSheetCarriesTheCenterEachAccountItsOneTimePasswordAndAQrCodeToTheLoginPage() throws Exception {
        byte[] pdf = new HandoverSheet("Phú Thọ", "Xã Tân Lạc", "05128", "000.00.25.H46", LOGIN,
                LocalDateTime.of(2026, 7, 1, 8, 30), "Nguyễn Văn Quản", List.of(
                new HandoverSheet.Account("Đỗ Thị Giang", "Giám đốc", "giangdt.tan-lac.05128", "Ab3dEf6hJk8m"),
                new HandoverSheet.Account("Trần Văn Bình", "Chuyên viên", "binhtv.tan-lac.05128", "Zx9yWv7uTs5r"))).pdf();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                    image.getWidth(), image.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertEquals(LOGIN, qr);
        }
        assertTrue(text.contains("BIÊN BẢN BÀN GIAO TÀI KHOẢN"), text);
        assertTrue(text.contains("Xã Tân Lạc"), text);
        assertTrue(text.contains("05128"), text);
        assertTrue(text.contains("000.00.25.H46"), text);
        assertTrue(text.contains("Đỗ Thị Giang") && text.contains("giangdt.tan-lac.05128") && text.contains("Ab3dEf6hJk8m"), text);
        assertTrue(text.contains("Trần Văn Bình") && text.contains("Zx9yWv7uTs5r"), text);
        assertTrue(text.contains("phải đặt mật khẩu mới"), text);
    }
}
