package vn.motcua.core.slip;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import vn.motcua.core.slip.PdfLayout.Align;
import vn.motcua.core.slip.PdfLayout.Run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/**
 * Renders the one-stop-shop slips of Thông tư 03/2025/TT-VPCP, Phụ lục I, as A4 PDFs:
 * form 01 (receipt and appointment, with a QR code for the public status lookup), form 02 (supplement
 * guidance) and form 03 (refusal). Stateless and thread-safe; the font files are read once per JVM.
 */
@Singleton
public class SlipRenderer {
    /** Path of the public status lookup page; the QR code encodes {@code <base>/tra-cuu-ho-so?ma=<code>&k=<secret>}. */
    public static final String LOOKUP_PATH = "/tra-cuu-ho-so";
    /** Path of the public rating page, opened with the same code and secret. */
    public static final String RATING_PATH = "/danh-gia";
    /** How times are printed on the slips: received time, appointment, request time. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** How many trailing phone digits the public lookup asks for, as told on the receipt. */
    public static final int LOOKUP_PHONE_DIGITS = 4;

    static final String RECEIPT_TITLE = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
    static final String SUPPLEMENT_TITLE = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ";
    static final String REFUSAL_TITLE = "Phiếu từ chối tiếp nhận giải quyết hồ sơ";
    static final String APOLOGY_TITLE = "Văn bản xin lỗi và hẹn lại ngày trả kết quả";
    static final String STOP_TITLE = "Thông báo dừng giải quyết hồ sơ";
    static final String CONTROL_SHEET_TITLE = "Phiếu kiểm soát quá trình giải quyết hồ sơ";

    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final ZoneId VIETNAM = vn.motcua.core.context.BusinessTime.ZONE;
    private static final float BODY = 13f;
    private static final float HEADER = 12f;
    private static final float TABLE = 12f;
    private static final float QR_SIZE = 28 * PdfLayout.MM;

    /**
     * The public status lookup URL of a dossier with its secret, as encoded in the receipt's QR code: it shows the
     * status with nothing to type.
     */
    public static String lookupUrl(String publicBaseUrl, String dossierCode, String lookupSecret) {
        return base(publicBaseUrl) + LOOKUP_PATH + "?ma=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8)
                + "&k=" + URLEncoder.encode(lookupSecret, StandardCharsets.UTF_8);
    }

    private static String base(String publicBaseUrl) {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, with a QR code for {@link #lookupUrl}. */
    public byte[] receipt(ReceiptSlip slip, String publicBaseUrl) {
        String url = lookupUrl(publicBaseUrl, slip.dossierCode(), slip.lookupSecret());
        return render(RECEIPT_TITLE, "01", slip.header(), slip.dossierCode(), slip.receivedAt(), slip.applicant(),
                slip.procedureName(), slip.procedureCode(), l -> {
            l.gap(2);
            l.paragraph(BODY, new Run("1. Thành phần hồ sơ đã nộp:", l.fonts.regular));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (DocumentLine d : slip.documents()) {
                rows.add(List.of(String.valueOf(n++), d.name(), String.valueOf(d.originals()), String.valueOf(d.copies())));
            }
            if (rows.isEmpty()) {
                rows.add(List.of("", "(không có giấy tờ)", "", ""));
            }
            l.table(new float[] {7, 63, 15, 15}, new Align[] {Align.CENTER, Align.LEFT, Align.CENTER, Align.CENTER},
                    List.of("TT", "Tên giấy tờ", "Bản chính", "Bản sao"), rows, TABLE);
            l.gap(4);
            l.paragraph(BODY, new Run("2. Số lượng hồ sơ: 01 bộ.", l.fonts.regular));
            l.paragraph(BODY, new Run("3. Thời hạn giải quyết theo quy định: ", l.fonts.regular),
                    new Run(slip.legalDeadline() + ".", l.fonts.regular));
            l.paragraph(BODY, new Run("4. Thời gian nhận hồ sơ: ", l.fonts.regular),
                    new Run(DATE_TIME.format(slip.receivedAt()), l.fonts.regular));
            l.paragraph(BODY, new Run("5. Thời gian hẹn trả kết quả: ", l.fonts.regular),
                    new Run(DATE_TIME.format(slip.dueAt()), l.fonts.bold));
            l.paragraph(BODY, new Run("6. Nơi, hình thức nhận kết quả: ", l.fonts.regular),
                    new Run(slip.resultDelivery() + ".", l.fonts.regular));
            l.paragraph(BODY, new Run("7. Phí, lệ phí: ", l.fonts.regular), new Run(fees(slip.fees()), l.fonts.regular));

            l.ensure(8 + signatureHeight() + 18 + QR_SIZE); // signatures and the lookup footer stay on one page
            signatures(l, "NGƯỜI NỘP HỒ SƠ", slip.applicant().name(), "NGƯỜI TIẾP NHẬN HỒ SƠ", slip.clerkName());
            lookupFooter(l, slip, url, base(publicBaseUrl));
        });
    }

    /** Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    public byte[] supplement(SupplementSlip slip) {
        return render(SUPPLEMENT_TITLE, "02", slip.header(), slip.dossierCode(), slip.requestedAt(), slip.applicant(),
                slip.procedureName(), null, l -> {
            l.paragraph(BODY, new Run("Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", l.fonts.regular));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (SupplementItem item : slip.items()) {
                rows.add(List.of(String.valueOf(n++), item.document(), item.requirement(),
                        String.valueOf(item.originals()), String.valueOf(item.copies())));
            }
            l.table(new float[] {7, 33, 36, 12, 12},
                    new Align[] {Align.CENTER, Align.LEFT, Align.LEFT, Align.CENTER, Align.CENTER},
                    List.of("TT", "Giấy tờ", "Nội dung cần bổ sung, hoàn thiện", "Bản chính", "Bản sao"), rows, TABLE);
            l.gap(4);
            if (!slip.reason().isBlank()) {
                l.paragraph(BODY, new Run("Lý do: ", l.fonts.regular), new Run(slip.reason(), l.fonts.regular));
            }
            l.paragraph(BODY, new Run("Ngày yêu cầu: " + DATE_TIME.format(slip.requestedAt())
                    + ". Thời gian Ông/Bà bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết.", l.fonts.regular));
            l.paragraph(BODY, new Run("Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ "
                    + slip.clerkName() + contact(slip.header()) + " để được hướng dẫn./.", l.fonts.regular));
            signature(l, "NGƯỜI HƯỚNG DẪN", slip.clerkName());
        });
    }

    /** Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the written reason. */
    public byte[] refusal(RefusalSlip slip) {
        return render(REFUSAL_TITLE, "03", slip.header(), slip.dossierCode(), slip.refusedAt(), slip.applicant(),
                slip.procedureName(), null, l -> {
            l.paragraph(BODY, new Run("Qua xem xét, Bộ phận Một cửa thông báo không tiếp nhận, giải quyết hồ sơ này "
                    + "với lý do cụ thể như sau:", l.fonts.regular));
            reasonNotice(l, slip.reason(), slip.refusedAt(), slip.clerkName(), slip.header());
            signature(l, "NGƯỜI TIẾP NHẬN HỒ SƠ", slip.clerkName());
        });
    }

    /** Form 04: the apology for a result that will be late, with the new appointment. */
    public byte[] apology(ApologySlip slip) {
        return render(APOLOGY_TITLE, "04", slip.header(), slip.dossierCode(), slip.issuedAt(), slip.applicant(),
                slip.procedureName(), null, l -> {
            l.paragraph(BODY, new Run("Hồ sơ của Ông/Bà được hẹn trả kết quả vào " + DATE_TIME.format(slip.dueAt())
                    + ". Tuy nhiên đến nay cơ quan chưa giải quyết xong, lý do: ", l.fonts.regular),
                    new Run(slip.reason(), l.fonts.regular));
            l.paragraph(BODY, new Run("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin lỗi Ông/Bà và hẹn lại "
                    + "thời gian trả kết quả vào: ", l.fonts.regular), new Run(DATE_TIME.format(slip.newDate()) + ".", l.fonts.bold));
            l.paragraph(BODY, new Run("Mong Ông/Bà thông cảm. Nếu có vướng mắc, Ông/Bà liên hệ " + slip.header().place() + contact(slip.header())
                    + " để được hướng dẫn./.", l.fonts.regular));
            signature(l, "THỦ TRƯỞNG CƠ QUAN", slip.signer());
        });
    }

    /** Form 05: processing of a received dossier stops, with the written reason. */
    public byte[] stop(StopSlip slip) {
        return render(STOP_TITLE, "05", slip.header(), slip.dossierCode(), slip.stoppedAt(), slip.applicant(),
                slip.procedureName(), null, l -> {
            l.paragraph(BODY, new Run("Hồ sơ của Ông/Bà được tiếp nhận lúc " + DATE_TIME.format(slip.receivedAt())
                    + ". Cơ quan thông báo dừng giải quyết hồ sơ này với lý do cụ thể như sau:", l.fonts.regular));
            reasonNotice(l, slip.reason(), slip.stoppedAt(), slip.header().place(), slip.header());
            signature(l, "THỦ TRƯỞNG CƠ QUAN", slip.signer());
        });
    }

    /** Form 06: the control sheet, every hand-over of the dossier with who, when and the time used. */
    public byte[] controlSheet(ControlSheetSlip slip) {
        return render(CONTROL_SHEET_TITLE, "06", slip.header(), slip.dossierCode(), slip.printedAt(), slip.applicant(),
                slip.procedureName(), null, l -> {
            l.paragraph(BODY, new Run("Thời gian nhận hồ sơ: " + DATE_TIME.format(slip.receivedAt())
                    + ". Thời gian hẹn trả kết quả: ", l.fonts.regular), new Run(DATE_TIME.format(slip.dueAt()) + ".", l.fonts.bold));
            l.gap(2);
            List<List<String>> rows = new ArrayList<>();
            for (ControlSheetSlip.Line line : slip.lines()) {
                rows.add(List.of(String.valueOf(line.number()), line.action() + "\n" + line.steps(), line.actor(),
                        DATE_TIME.format(line.at()), line.timeUsed(), line.note()));
            }
            if (rows.isEmpty()) {
                rows.add(List.of("", "(chưa có)", "", "", "", ""));
            }
            l.table(new float[] {6, 28, 18, 14, 14, 20},
                    new Align[] {Align.CENTER, Align.LEFT, Align.LEFT, Align.CENTER, Align.CENTER, Align.LEFT},
                    List.of("TT", "Thao tác, bước", "Người thực hiện", "Thời điểm", "Thời gian dùng / hạn", "Ghi chú"),
                    rows, TABLE);
            signature(l, "NGƯỜI IN PHIẾU", slip.clerkName());
        });
    }

    // ---- parts ----

    private interface Body {
        void draw(PdfLayout layout) throws IOException;
    }

    /**
     * A slip about one dossier: form number, issuing body and date line, title with the dossier code and the
     * applicant with the procedure, then the form's own {@code body}.
     */
    private static byte[] render(String title, String form, SlipHeader header, String dossierCode, LocalDateTime at,
                                 Applicant applicant, String procedureName, String procedureCode, Body body) {
        return render(title, dossierCode, header, at, l -> {
            header(l, header, form, at.toLocalDate());
            title(l, title, dossierCode);
            applicant(l, applicant, procedureName, procedureCode);
            body.draw(l);
        });
    }

    /** Forms 03 and 05: the written reason indented, when, and whom to ask. */
    private static void reasonNotice(PdfLayout l, String reason, LocalDateTime at, String whom, SlipHeader header)
            throws IOException {
        l.paragraph(List.of(new Run(reason, l.fonts.regular)), BODY, Align.LEFT,
                l.left + 8 * PdfLayout.MM, l.contentWidth() - 8 * PdfLayout.MM);
        l.paragraph(BODY, new Run("Thời gian: " + DATE_TIME.format(at) + ".", l.fonts.regular));
        l.paragraph(BODY, new Run("Xin thông báo để Ông/Bà được biết. Nếu có vướng mắc, Ông/Bà liên hệ "
                + whom + contact(header) + " để được hướng dẫn./.", l.fonts.regular));
    }

    private static byte[] render(String title, String dossierCode, SlipHeader header, LocalDateTime at, Body body) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title + " – " + dossierCode);
            info.setSubject(dossierCode);
            info.setAuthor(header.unit().replaceAll("\\s+", " "));
            info.setCreator("MotCua");
            info.setCreationDate(GregorianCalendar.from(at.atZone(VIETNAM)));
            doc.getDocumentCatalog().setLanguage("vi-VN");
            SlipFonts fonts = SlipFonts.load(doc);
            try (PdfLayout layout = new PdfLayout(doc, fonts)) {
                body.draw(layout);
            }
            pageNumbers(doc, fonts, dossierCode);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title + " for " + dossierCode, e);
        }
    }

    /** On slips longer than a page: "Mã hồ sơ … – Trang i/n" at the foot of every page, so loose pages stay attributable. */
    private static void pageNumbers(PDDocument doc, SlipFonts fonts, String dossierCode) throws IOException {
        int total = doc.getNumberOfPages();
        if (total < 2) {
            return;
        }
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String text = PdfLayout.clean("Mã hồ sơ " + dossierCode + " – Trang " + (i + 1) + "/" + total, fonts.italic);
            float w = PdfLayout.width(text, fonts.italic, 10);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginText();
                cs.setFont(fonts.italic, 10);
                cs.newLineAtOffset((page.getMediaBox().getWidth() - w) / 2, 8 * PdfLayout.MM);
                cs.showText(text);
                cs.endText();
            }
        }
    }

    /** Form number, issuing body on the left, national motto and place/date on the right (Nghị định 30/2020 layout). */
    private static void header(PdfLayout l, SlipHeader h, String form, LocalDate date) throws IOException {
        float formY = l.y();
        l.text("Mẫu số " + form, l.fonts.italic, 11, l.pageWidth - l.right - PdfLayout.width("Mẫu số " + form, l.fonts.italic, 11), formY);
        float top = formY - 11 * PdfLayout.LEADING - 2;
        // the right column just holds the national name; the issuing body gets the rest
        float rightW = PdfLayout.width(NATION, l.fonts.bold, HEADER) + 6;
        float leftW = l.contentWidth() - rightW;
        float rightX = l.left + leftW;

        float ly = top;
        if (!h.authority().isBlank()) {
            ly = l.centeredBalanced(h.authority(), l.fonts.regular, HEADER, l.left, leftW, ly);
        }
        ly = l.centeredBalanced(h.unit(), l.fonts.bold, HEADER, l.left, leftW, ly);
        float rule = leftW / 3;
        l.hline(l.left + (leftW - rule) / 2, l.left + (leftW + rule) / 2, ly - 3, 0.6f);

        float ry = l.centered(NATION, l.fonts.bold, HEADER, rightX, rightW, top);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        ry = l.centered(motto, l.fonts.bold, 13, rightX, rightW, ry);
        float mottoW = PdfLayout.width(motto, l.fonts.bold, 13);
        l.hline(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, ry - 1, 0.6f);
        ry = l.centered(h.place() + ", " + vietnameseDate(date), l.fonts.italic, 13, rightX, rightW, ry - 6);

        l.y(Math.min(ly, ry) - 10);
    }

    private static void title(PdfLayout l, String title, String dossierCode) throws IOException {
        l.centered(title.toUpperCase(Locale.forLanguageTag("vi-VN")), l.fonts.bold, 14);
        l.centered("Mã hồ sơ: " + dossierCode, l.fonts.bold, BODY);
        l.gap(6);
    }

    private static void applicant(PdfLayout l, Applicant a, String procedure, String procedureCode) throws IOException {
        l.paragraph(BODY, new Run("Tiếp nhận hồ sơ của: ", l.fonts.regular), new Run(a.name(), l.fonts.bold));
        if (present(a.address())) {
            l.paragraph(BODY, new Run("Địa chỉ: " + a.address(), l.fonts.regular));
        }
        if (present(a.phone()) || present(a.email())) {
            String line = (present(a.phone()) ? "Số điện thoại: " + a.phone() : "")
                    + (present(a.phone()) && present(a.email()) ? "; " : "")
                    + (present(a.email()) ? (present(a.phone()) ? "thư điện tử: " : "Thư điện tử: ") + a.email() : "");
            l.paragraph(BODY, new Run(line, l.fonts.regular));
        }
        l.paragraph(BODY, new Run("Thủ tục hành chính: ", l.fonts.regular), new Run(procedure, l.fonts.bold),
                new Run(present(procedureCode) ? " (mã " + procedureCode + ")" : "", l.fonts.regular));
    }

    private static void signatures(PdfLayout l, String leftRole, String leftName, String rightRole, String rightName) throws IOException {
        float half = l.contentWidth() / 2;
        l.gap(8);
        l.ensure(signatureHeight());
        float top = l.y();
        signatureColumn(l, leftRole, leftName, l.left, half, top);
        float after = signatureColumn(l, rightRole, rightName, l.left + half, half, top);
        l.y(after);
    }

    private static void signature(PdfLayout l, String role, String name) throws IOException {
        float half = l.contentWidth() / 2;
        l.gap(8);
        l.ensure(signatureHeight());
        l.y(signatureColumn(l, role, name, l.left + half, half, l.y()));
    }

    private static float signatureHeight() {
        return 3 * BODY * PdfLayout.LEADING + 60;
    }

    private static float signatureColumn(PdfLayout l, String role, String name, float x, float w, float top) throws IOException {
        float y = l.centered(role, l.fonts.bold, BODY, x, w, top);
        y = l.centered("(Ký và ghi rõ họ tên)", l.fonts.italic, BODY, x, w, y);
        return l.centered(name, l.fonts.bold, BODY, x, w, y - 60);
    }

    /**
     * QR code on the left; on the right the printed lookup code (mã tra cứu), how to look the dossier up and rate it,
     * and what to bring.
     */
    private static void lookupFooter(PdfLayout l, ReceiptSlip slip, String url, String base) throws IOException {
        float textX = l.left + QR_SIZE + 6 * PdfLayout.MM;
        float textW = l.pageWidth - l.right - textX;
        float size = 11.5f;
        l.gap(10);
        l.ensure(QR_SIZE + 16);
        l.hline(l.left, l.pageWidth - l.right, l.y(), 0.4f);
        l.gap(8);
        float top = l.y();
        l.qr(QrCode.encode(url), l.left, top, QR_SIZE);
        l.paragraph(List.of(
                new Run("Mã tra cứu: ", l.fonts.bold),
                new Run(ReceiptSlip.printed(slip.lookupSecret()), l.fonts.bold),
                new Run(" (xin giữ kín; dùng để xem tình trạng và đánh giá hồ sơ).", l.fonts.regular)),
                size + 1, Align.LEFT, textX, textW);
        l.paragraph(List.of(
                new Run("Tra cứu tình trạng hồ sơ: ", l.fonts.bold),
                new Run("quét mã QR bên cạnh; hoặc truy cập " + base + LOOKUP_PATH + " hay dùng máy tra cứu tại Trung tâm, "
                        + "nhập mã hồ sơ ", l.fonts.regular),
                new Run(slip.dossierCode(), l.fonts.bold),
                new Run(" và mã tra cứu trên (hoặc " + LOOKUP_PHONE_DIGITS + " số cuối của số điện thoại đã khai). "
                        + "Đánh giá mức độ hài lòng khi có kết quả: " + base + RATING_PATH + ".", l.fonts.regular)),
                size, Align.LEFT, textX, textW);
        l.paragraph(List.of(new Run("Khi đến nhận kết quả, đề nghị mang theo " + RECEIPT_TITLE
                + " này và giấy tờ tùy thân; người nhận thay cần có văn bản ủy quyền.", l.fonts.italic)),
                size, Align.LEFT, textX, textW);
        if (present(slip.header().contactPhone())) {
            l.paragraph(List.of(new Run("Điện thoại hỗ trợ: " + slip.header().contactPhone(), l.fonts.regular)),
                    size, Align.LEFT, textX, textW);
        }
        l.y(Math.min(l.y(), top - QR_SIZE));
    }

    // ---- text helpers ----

    static String fees(List<FeeLine> fees) {
        if (fees.isEmpty()) {
            return "Không thu.";
        }
        StringBuilder text = new StringBuilder();
        long total = 0;
        for (FeeLine fee : fees) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(fee.name()).append(": ").append(money(fee.amountVnd()));
            if (present(fee.note())) {
                text.append(" (").append(fee.note()).append(')');
            }
            total += fee.amountVnd();
        }
        if (fees.size() > 1) {
            text.append("; tổng cộng: ").append(money(total));
        }
        return text.append('.').toString();
    }

    /** 1250000 → "1.250.000 đồng". */
    static String money(long amountVnd) {
        return String.format(Locale.ROOT, "%,d", amountVnd).replace(',', '.') + " đồng";
    }

    /** "ngày 05 tháng 02 năm 2025" / "ngày 24 tháng 11 năm 2025": day below 10 and months 1–2 with a leading zero. */
    static String vietnameseDate(LocalDate date) {
        int month = date.getMonthValue();
        return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(),
                month < 3 ? String.format(Locale.ROOT, "%02d", month) : String.valueOf(month), date.getYear());
    }

    private static String contact(SlipHeader header) {
        return present(header.contactPhone()) ? ", số điện thoại " + header.contactPhone() : "";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
