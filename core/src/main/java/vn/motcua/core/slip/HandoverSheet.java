package vn.motcua.core.slip;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.motcua.core.slip.PdfLayout.Align;
import vn.motcua.core.slip.PdfLayout.Run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Biên bản bàn giao tài khoản: the sheet provincial IT prints when a center is onboarded, with each first account's
 * name, username and one-time password and a QR code to the login page. Printed once, right after creation: the
 * passwords are nowhere else (only their hashes are stored) and each must be changed at the first sign-in.
 *
 * @param provinceName the province ("Phú Thọ")
 * @param centerName   the center as people say it ("Xã Tân Lạc")
 * @param unitCode     the official administrative unit code ("05128")
 * @param agencyCode   the agency identifier code (QCVN 102:2016); may be null
 * @param loginUrl     the login page (MOTCUA_PUBLIC_URL + "/dang-nhap"), carried by the QR code
 * @param createdAt    when the accounts were created (local time)
 * @param createdBy    who created them (provincial IT's name)
 * @param accounts     the accounts, director first
 */
public record HandoverSheet(String provinceName, String centerName, String unitCode, String agencyCode,
                            String loginUrl, LocalDateTime createdAt, String createdBy, List<Account> accounts) {
    static final String TITLE = "Biên bản bàn giao tài khoản";
    private static final float BODY = 13f;
    private static final float QR_SIZE = 32 * PdfLayout.MM;

    /** One account: the person, their position (role), the username and the one-time first password. */
    public record Account(String fullName, String position, String username, String oneTimePassword) {
        public Account {
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(oneTimePassword, "oneTimePassword");
        }
    }

    public HandoverSheet {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        accounts = List.copyOf(accounts);
    }

    /** The sheet as an A4 PDF with embedded Vietnamese fonts. */
    public byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE + " – " + centerName);
            info.setSubject(unitCode);
            info.setCreator("MotCua");
            info.setCreationDate(GregorianCalendar.from(createdAt.atZone(vn.motcua.core.context.BusinessTime.ZONE)));
            doc.getDocumentCatalog().setLanguage("vi-VN");
            SlipFonts fonts = SlipFonts.load(doc);
            try (PdfLayout l = new PdfLayout(doc, fonts)) {
                draw(l);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the handover sheet of " + unitCode, e);
        }
    }

    /**
     * Several centers' sheets in one A4 PDF (bulk onboarding), each starting on a page of its own, with the fonts
     * embedded once.
     */
    public static byte[] pdf(List<HandoverSheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no handover sheet to print");
        }
        HandoverSheet first = sheets.get(0);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE + " – " + sheets.size() + " trung tâm");
            info.setCreator("MotCua");
            info.setCreationDate(GregorianCalendar.from(first.createdAt.atZone(vn.motcua.core.context.BusinessTime.ZONE)));
            doc.getDocumentCatalog().setLanguage("vi-VN");
            SlipFonts fonts = SlipFonts.load(doc);
            for (HandoverSheet sheet : sheets) {
                try (PdfLayout l = new PdfLayout(doc, fonts)) {
                    sheet.draw(l);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 * Math.min(sheets.size(), 64));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + sheets.size() + " handover sheets", e);
        }
    }

    private void draw(PdfLayout l) throws IOException {
        l.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", l.fonts.bold, 12);
        l.centered("Độc lập - Tự do - Hạnh phúc", l.fonts.bold, 13);
        l.gap(10);
        l.centered(TITLE.toUpperCase(Locale.forLanguageTag("vi-VN")), l.fonts.bold, 14);
        l.centered("Trung tâm Phục vụ hành chính công " + centerName
                + (provinceName == null || provinceName.isBlank() ? "" : ", tỉnh " + provinceName), l.fonts.bold, BODY);
        l.gap(8);
        l.paragraph(BODY, new Run("Mã đơn vị hành chính: ", l.fonts.regular), new Run(unitCode, l.fonts.bold),
                new Run(agencyCode == null || agencyCode.isBlank() ? "" : "; mã định danh: ", l.fonts.regular),
                new Run(agencyCode == null ? "" : agencyCode, l.fonts.bold));
        l.paragraph(BODY, new Run("Tạo lúc " + SlipRenderer.DATE_TIME.format(createdAt)
                + (createdBy == null || createdBy.isBlank() ? "" : " bởi " + createdBy) + ".", l.fonts.regular));
        l.gap(6);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Account a : accounts) {
            rows.add(List.of(String.valueOf(n++), a.fullName(), a.position() == null ? "" : a.position(), a.username(),
                    a.oneTimePassword()));
        }
        l.table(new float[]{5, 26, 15, 30, 28},
                new Align[]{Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT},
                List.of("TT", "Họ và tên", "Chức vụ", "Tên đăng nhập", "Mật khẩu lần đầu"), rows, 12f);
        l.gap(10);
        l.paragraph(BODY, new Run("Lưu ý: ", l.fonts.bold), new Run("mật khẩu lần đầu chỉ dùng một lần; khi đăng nhập "
                + "lần đầu, mỗi người phải đặt mật khẩu mới của mình. Biên bản này chỉ in được một lần ngay sau khi tạo "
                + "tài khoản: hệ thống không lưu và không hiển thị lại mật khẩu. Xin giao tận tay từng người và giữ kín.",
                l.fonts.regular));
        l.gap(10);
        l.ensure(QR_SIZE + 10);
        float top = l.y();
        l.qr(QrCode.encode(loginUrl), l.left, top, QR_SIZE);
        float textX = l.left + QR_SIZE + 6 * PdfLayout.MM;
        l.paragraph(List.of(new Run("Trang đăng nhập: ", l.fonts.bold), new Run(loginUrl, l.fonts.regular),
                new Run(" (quét mã QR bên cạnh).", l.fonts.regular)), BODY, Align.LEFT, textX, l.pageWidth - l.right - textX);
        l.y(Math.min(l.y(), top - QR_SIZE) - 16);
        l.ensure(3 * BODY * PdfLayout.LEADING + 60);
        float half = l.contentWidth() / 2;
        float sigTop = l.y();
        l.centered("Người bàn giao", l.fonts.bold, BODY, l.left, half, sigTop);
        l.centered("(Ký và ghi rõ họ tên)", l.fonts.italic, BODY, l.left, half, sigTop - BODY * PdfLayout.LEADING);
        l.centered("Người nhận", l.fonts.bold, BODY, l.left + half, half, sigTop);
        l.centered("(Ký và ghi rõ họ tên)", l.fonts.italic, BODY, l.left + half, half, sigTop - BODY * PdfLayout.LEADING);
    }
}
