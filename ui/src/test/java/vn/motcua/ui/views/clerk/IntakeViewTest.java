package vn.motcua.ui.views.clerk;

import static vn.motcua.core.testing.Callers.as;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.dossier.DossierRepository;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.dossier.DossierIntake;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counter screen, driven server-side (Karibu): scan, type the applicant, receive, print form 01. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeViewTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    vn.motcua.ui.security.ClientAddress clientAddress;
    @Inject
    java.time.Clock clock;
    @Inject
    ApplicationContext context;
    @Inject
    DossierIntake intake;
    @Inject
    CenterCatalogService centerCatalog;
    @Inject
    CatalogService catalog;
    @Inject
    CatalogImportService importer;
    @Inject
    DossierRepository dossiers;
    @Inject
    vn.motcua.core.dossier.DossierStatusLookup lookup;
    @Inject
    TenantTransactions tx;
    @Inject
    LoginService login;

    @Inject
    vn.motcua.tenants.dossier.DossierDesk desk;

    TwoCenters c;
    Procedure procedure;

    @BeforeAll
    void centersAndCatalog() throws Exception {
        c = new TwoCenters(context, "iv.");
        try (InputStream in = getClass().getResourceAsStream("/catalog/commune-procedures-national-portal.jsonl")) {
            byte[] bytes = in.readAllBytes();
            importer.importFile(as(c.province.tenantId(), Actor.system("test"), clock), "commune.jsonl",
                    new java.io.ByteArrayInputStream(bytes), bytes.length, null);
        }
        procedure = centerCatalog.list(c.clerkA(), true, "khai sinh", 0, 50, "name", true).getContent().stream()
                .filter(p -> p.deadlineUnit() == DeadlineUnit.WORKING_DAYS && p.deadlineValue() != null && p.deadlineValue() > 0)
                .findFirst().orElseThrow();
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, c.clerkA);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    IntakeView view() {
        IntakeView view = new IntakeView(intake, centerCatalog, catalog, desk, context.getBean(vn.motcua.ui.security.CallContexts.class),
                context.getBean(vn.motcua.core.queue.TicketService.class));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void aClerkReceivesADossierAndTheReceiptCarriesItsCodeAndAppointment() throws Exception {
        long before = tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id()));
        IntakeView view = view();
        view.procedure.setValue(procedure);
        assertTrue(view.checklist.getComponentCount() > 0);
        // every paper of the checklist scanned through its upload ("upload-0" …)
        for (Upload upload : LocatorJ._find(view.checklist, Upload.class)) {
            UploadKt._upload(upload, "to-khai.pdf", "application/pdf", PDF);
        }
        view.fullName.setValue("Nguyễn Thị Hằng");
        view.citizenId.setValue("025190000123");
        view.dateOfBirth.setValue(LocalDate.of(1990, 5, 17));
        view.phone.setValue("0912345678");
        view.address.setValue("Xóm Đồng Bưởi");
        ButtonKt._click(view.receive);

        String shown = view.result.getElement().getTextRecursively();
        assertTrue(shown.contains("Mã hồ sơ: TAM."), shown + com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()
                .stream().map(n -> n.getElement().getProperty("text", "")).toList());
        String code = shown.substring(shown.indexOf("Mã hồ sơ: ") + 10).split("Hẹn")[0].trim();
        try (var pdf = Loader.loadPDF(DownloadKt._download(LocatorJ._get(view, Anchor.class, spec -> spec.withId("intake-receipt"))))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("Nguyễn Thị Hằng"), text);
        }
        assertEquals(before + 1, tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id())));

        // the citizen looks it up without login: the right digits show the status, wrong ones look like no dossier
        StatusLookupView lookupView = new StatusLookupView(lookup, clientAddress);
        UI.getCurrent().add(lookupView);
        lookupView.code.setValue(code);
        lookupView.lastDigits.setValue("5678");
        ButtonKt._click(lookupView.search);
        String status = lookupView.result.getElement().getTextRecursively();
        assertTrue(status.contains("Tình trạng: Đã tiếp nhận"), status);
        assertTrue(status.contains("Hẹn trả kết quả: "), status);
        assertTrue(!status.contains("Nguyễn Thị Hằng") && !status.contains("025190000123"), status);
        lookupView.lastDigits.setValue("0000");
        ButtonKt._click(lookupView.search);
        assertTrue(lookupView.result.getElement().getTextRecursively().contains("Không tìm thấy hồ sơ"));
    }

    @Test
    void missingScansAndABadCitizenIdAreRefusedAndNothingIsReceived() {
        long before = tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id()));
        IntakeView view = view();
        view.procedure.setValue(procedure);
        view.fullName.setValue("Trần Văn Bình");
        view.citizenId.setValue("12345");
        ButtonKt._click(view.receive);
        assertTrue(view.citizenId.isInvalid(), "citizen id marked");
        assertTrue(view.result.getChildren().findAny().isEmpty());
        view.citizenId.setValue("025185000124");
        view.phone.setValue("0987654321");
        ButtonKt._click(view.guidance);
        byte[] slip = DownloadKt._download(LocatorJ._get(view, Anchor.class, spec -> spec.withId("intake-slip")));
        assertTrue(slip.length > 1000, "the guidance slip (form 02) is printed instead");
        assertEquals(before, tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id())));
    }

    @Test
    void anIncompleteDossierIsRefusedWithForm03AndAReceiveThatSkipsTheScreensCheckIsRefusedByCore() throws Exception {
        long before = tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id()));
        IntakeView view = view();
        view.procedure.setValue(procedure);
        applicant(view, "Trần Văn Từ", "025185000125");
        ButtonKt._click(view.refuse);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                LocatorJ._get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        LocatorJ._get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("refusal-reason"))
                .setValue("Hồ sơ không thuộc thẩm quyền của xã");
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(dialog, false));
        byte[] slip = DownloadKt._download(LocatorJ._get(view, Anchor.class, spec -> spec.withId("intake-slip")));
        assertTrue(pdfText(slip).replaceAll("\\s+", " ").contains("Hồ sơ không thuộc thẩm quyền của xã"), "form 03 with the reason");

        // a crafted event straight to the service: one scan, nothing marked not applicable — core refuses it
        vn.motcua.core.dossier.Applicant applicant = new vn.motcua.core.dossier.Applicant.Individual("Trần Văn Từ",
                "025185000125", LocalDate.of(1985, 2, 3), "0987654321", "Xóm Bãi");
        vn.motcua.core.validation.InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                vn.motcua.core.validation.InvalidInputException.class, () -> intake.receive(c.clerkA(), procedure.id(),
                        vn.motcua.core.dossier.Dossier.Channel.IN_PERSON, applicant,
                        java.util.List.of(new vn.motcua.core.dossier.IntakeRequest.IncomingDocument("Giấy tờ khác", "a.pdf", PDF))));
        assertTrue(refused.vietnamese().contains("Thiếu"), refused.vietnamese());
        assertEquals(before, tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id())), "nothing received");
    }

    // --- the checklist: required, conditional ("Không áp dụng"), one-of, notes ---------------------

    Procedure served(String code, String search) {
        return centerCatalog.list(c.clerkA(), true, search, 0, 50, "name", true).getContent().stream()
                .filter(p -> p.nationalCode().equals(code)).findFirst().orElseThrow();
    }

    /** Index of the checklist paper whose text contains {@code fragment} (its upload is "upload-<index>"). */
    static int paper(IntakeView view, String fragment) {
        for (int i = 0; ; i++) {
            int index = i;
            var row = LocatorJ._find(view, VerticalLayout.class, spec -> spec.withId("paper-" + index));
            if (row.isEmpty()) {
                throw new AssertionError("no checklist paper contains " + fragment);
            }
            if (row.get(0).getElement().getTextRecursively().contains(fragment)) {
                return i;
            }
        }
    }

    static void scan(IntakeView view, int paper, String fileName) {
        UploadKt._upload(LocatorJ._get(view, Upload.class, spec -> spec.withId("upload-" + paper)), fileName, "application/pdf", PDF);
    }

    static void notApplicable(IntakeView view, int paper) {
        LocatorJ._get(view, Checkbox.class, spec -> spec.withId("na-" + paper)).setValue(true);
    }

    void applicant(IntakeView view, String name, String citizenId) {
        view.fullName.setValue(name);
        view.citizenId.setValue(citizenId);
        view.dateOfBirth.setValue(LocalDate.of(1992, 3, 8));
        view.phone.setValue("0912000111");
        view.address.setValue("Khu 3, phường Tân Hòa");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void birthRegistrationIsReceivedWithOnlyThePapersThatApply() throws Exception {
        long before = tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id()));
        // the picker lists the birth registration first for "khai sinh"
        assertEquals("1.001193", centerCatalog.list(c.clerkA(), true, "khai sinh", 0, 5, "name", true).getContent().get(0).nationalCode());
        IntakeView view = view();
        view.procedure.setValue(served("1.001193", "khai sinh"));
        int abandoned = paper(view, "trẻ em bị bỏ rơi");
        int proxy = paper(view, "Văn bản ủy quyền");
        int surrogacy = paper(view, "mang thai hộ");
        int birthCertificate = paper(view, "Giấy chứng sinh;");
        int residence = paper(view, "chứng minh thông tin về cư trú");
        int identity = paper(view, "Hộ chiếu/Thẻ căn cước");
        int paperForm = paper(view, "Tờ khai đăng ký khai sinh theo mẫu");
        int onlineForm = paper(view, "Mẫu hộ tịch điện tử");
        // conditional lines carry "Không áp dụng"; one-of lines do not; notes are text, not papers
        for (int conditional : new int[] {abandoned, proxy, surrogacy, residence, paperForm, onlineForm}) {
            assertTrue(LocatorJ._find(view, Checkbox.class, spec -> spec.withId("na-" + conditional)).size() == 1);
        }
        assertTrue(LocatorJ._find(view, Checkbox.class, spec -> spec.withId("na-" + birthCertificate)).isEmpty());
        assertTrue(LocatorJ._find(view, Checkbox.class, spec -> spec.withId("na-" + identity)).isEmpty());
        String notes = LocatorJ._get(view, com.vaadin.flow.component.details.Details.class, spec -> spec.withId("intake-notes"))
                .getElement().getTextRecursively();
        assertTrue(notes.contains("không phải nộp bản giấy"), notes);
        assertThrows(AssertionError.class, () -> paper(view, "không phải nộp bản giấy"));

        applicant(view, "Lê Thị Mai", "025192000777");
        scan(view, birthCertificate, "giay-chung-sinh.pdf");
        scan(view, identity, "cccd.pdf");
        scan(view, paperForm, "to-khai.pdf");
        // the conditional lines not yet marked keep the dossier from being received
        ButtonKt._click(view.receive);
        assertTrue(view.result.getChildren().findAny().isEmpty());
        assertEquals(before, tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id())));

        for (int conditional : new int[] {abandoned, proxy, surrogacy, residence, onlineForm}) {
            notApplicable(view, conditional);
        }
        ButtonKt._click(view.receive);
        String shown = view.result.getElement().getTextRecursively();
        assertTrue(shown.contains("Mã hồ sơ: "), shown + com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()
                .stream().map(n -> n.getElement().getProperty("text", "")).toList());
        assertEquals(before + 1, tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id())));

        String text = pdfText(DownloadKt._download(LocatorJ._get(view, Anchor.class, spec -> spec.withId("intake-receipt"))));
        assertTrue(text.contains("Thủ tục đăng ký khai sinh"), text);
        assertTrue(text.contains("Thời hạn giải quyết theo quy định: 1 ngày làm việc"), text);
        String due = LocatorJ._get(view, Span.class, spec -> spec.withId("intake-due")).getText();
        assertTrue(text.contains(due.substring(due.lastIndexOf(' ') + 1)), due + "\n" + text);
        assertTrue(!text.contains("trẻ em bị bỏ rơi"), "a paper marked not applicable is not on the receipt");
    }

    @Test
    void theReceiptPrintsTheCatalogsOriginalAndCopyCounts() throws Exception {
        IntakeView view = view();
        // 1.012818: "(2) Giấy chứng nhận đã cấp (bản gốc)." — 1 bản chính, 1 bản sao
        view.procedure.setValue(served("1.012818", "thu hoi giay chung nhan"));
        int certificate = paper(view, "Giấy chứng nhận đã cấp (bản gốc)");
        assertTrue(LocatorJ._get(view, VerticalLayout.class, spec -> spec.withId("paper-" + certificate)).getElement()
                .getTextRecursively().contains("1 bản chính, 1 bản sao"));
        applicant(view, "Phạm Văn Nam", "025092000555");
        for (Upload upload : LocatorJ._find(view.checklist, Upload.class)) {
            UploadKt._upload(upload, "giay-to.pdf", "application/pdf", PDF);
        }
        ButtonKt._click(view.receive);
        String text = pdfText(DownloadKt._download(LocatorJ._get(view, Anchor.class, spec -> spec.withId("intake-receipt"))));
        assertTrue(text.replaceAll("\\s+", " ").contains("Giấy chứng nhận đã cấp (bản gốc). 1 1"), text);
    }
}
