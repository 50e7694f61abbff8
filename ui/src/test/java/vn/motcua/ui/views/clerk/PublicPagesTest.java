package vn.motcua.ui.views.clerk;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.dossier.SatisfactionRatings;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.slip.ReceiptSlip;
import vn.motcua.tenants.dossier.DossierSlips;
import vn.motcua.tenants.testing.TwoCenters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizens' public pages (status look-up and rating), driven server-side: the receipt's secret opens the status
 * and nothing personal is shown; a wrong secret, wrong digits and a throttled attempt read alike; the rating page asks
 * for the proof before it rates.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    vn.motcua.ui.security.ClientAddress clientAddress;
    @Inject
    ApplicationContext context;
    @Inject
    IntakeService intake;
    @Inject
    DossierStatusLookup lookup;
    @Inject
    SatisfactionRatings ratings;
    @Inject
    DossierSlips slips;

    TwoCenters c;
    Dossier mine;
    Dossier theirs;

    @BeforeAll
    void dossiers() {
        c = new TwoCenters(context, "pp.");
        mine = receive(c.clerkA(), "0987 65 4321");
        theirs = receive(c.clerkB(), "0987 00 1111");
        assertNotEquals(mine.code(), theirs.code(), "each center numbers its own dossiers");
    }

    Dossier receive(vn.motcua.core.context.CallContext clerk, String phone) {
        // no agency code: each center's provisional prefix (TAM.<center>) keeps the two centers' codes apart
        return intake.receive(clerk, new IntakeRequest("1.001193", 1, "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25",
                null, Dossier.Channel.IN_PERSON, new Applicant.Individual("Lê Thị Mai", "025190000777",
                LocalDate.of(1990, 3, 9), phone, "Xóm Chùa, xã Tân Lạc"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", PDF)))).dossier();
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    StatusLookupView statusPage() {
        StatusLookupView view = new StatusLookupView(lookup, clientAddress);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void theSecretAsPrintedOpensTheStatusAndThePageShowsNothingPersonal() {
        StatusLookupView view = statusPage();
        view.code.setValue(mine.code());
        view.secret.setValue(mine.lookupSecret().substring(0, 4) + "-" + mine.lookupSecret().substring(4, 8) + "-"
                + mine.lookupSecret().substring(8));
        ButtonKt._click(view.search);
        String shown = view.result.getElement().getTextRecursively();
        assertTrue(shown.contains("Tình trạng: Đã tiếp nhận"), shown);
        assertTrue(shown.contains("Thủ tục: Đăng ký khai sinh"), shown);
        String page = view.getElement().getTextRecursively() + view.getElement().getOuterHTML();
        for (String personal : List.of("Lê Thị Mai", "025190000777", "0987 65 4321", "0987654321", "Xóm Chùa")) {
            assertFalse(page.contains(personal), personal + " on the public page");
        }
    }

    @Test
    void anotherCentersSecretAndAWrongSecretOpenNothingAndReadLikeWrongDigits() {
        StatusLookupView view = statusPage();
        view.code.setValue(mine.code());
        view.secret.setValue(theirs.lookupSecret());
        ButtonKt._click(view.search);
        String refused = view.result.getElement().getTextRecursively();
        assertEquals("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu (hoặc số điện thoại) đã nhập.", refused);

        view.secret.setValue("");
        view.lastDigits.setValue("0000");
        ButtonKt._click(view.search);
        assertEquals(refused, view.result.getElement().getTextRecursively(), "wrong digits read the same");

        // their own code with their secret shows their dossier's public status only
        view.code.setValue(theirs.code());
        view.secret.setValue(theirs.lookupSecret());
        ButtonKt._click(view.search);
        assertTrue(view.result.getElement().getTextRecursively().contains("Tình trạng: Đã tiếp nhận"));
    }

    @Test
    void afterTooManyWrongDigitsFromThisAddressThePageSaysToWaitInTheSameWords() {
        Dossier target = receive(c.clerkA(), "0911 22 3344");
        StatusLookupView view = statusPage();
        view.code.setValue(target.code());
        for (int i = 0; i < 6; i++) {
            view.lastDigits.setValue(String.format("%04d", i));
            ButtonKt._click(view.search);
        }
        view.lastDigits.setValue("3344");
        ButtonKt._click(view.search);
        String shown = view.result.getElement().getTextRecursively();
        assertTrue(shown.matches("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu \\(hoặc số điện thoại\\) đã nhập\\. "
                + "Thử lại sau \\d+ giây\\."), shown);
    }

    @Test
    void theRatingPageRefusesWithoutAProofAndOnlyAfterTheProofTellsThatThereIsNoResultYet() {
        RatingView view = new RatingView(lookup, ratings, clientAddress);
        UI.getCurrent().add(view);
        view.code.setValue(theirs.code());
        view.lastDigits.setValue("9999");
        view.level.setValue(DossierRating.Level.NOT_SATISFIED);
        ButtonKt._click(view.send);
        assertEquals(List.of("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu (hoặc số điện thoại) đã nhập."), notices());
        assertFalse(view.dossier.isVisible());

        NotificationsKt.clearNotifications();
        view.lastDigits.setValue("");
        view.secret.setValue(theirs.lookupSecret());
        ButtonKt._click(view.send);
        assertTrue(view.dossier.isVisible() && view.dossier.getText().contains(theirs.code()), view.dossier.getText());
        assertFalse(view.proofForm.isVisible(), "proven: the proof fields go away");
        assertEquals(List.of("Hồ sơ chưa có kết quả, chưa thể đánh giá"), notices());
        assertTrue(view.thanks.getText().isEmpty());
    }

    @Test
    void theReceiptPrintsTheDossiersOwnSecretAndItsQrCodeOpensTheStatusWithIt() throws Exception {
        byte[] pdf = slips.receipt(c.clerkA(), mine.id(), "https://motcua.example");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Mã tra cứu: " + ReceiptSlip.printed(mine.lookupSecret())), text);
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 200,
                    org.apache.pdfbox.rendering.ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            String url = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(image.getWidth(),
                            image.getHeight(), pixels))), java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER,
                    Boolean.TRUE)).getText();
            assertEquals("https://motcua.example/tra-cuu-ho-so?ma=" + java.net.URLEncoder.encode(mine.code(),
                    StandardCharsets.UTF_8) + "&k=" + mine.lookupSecret(), url);
        }
    }

    static List<String> notices() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }
}
