package vn.motcua.ui.views.clerk;

import static vn.motcua.core.testing.Callers.as;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counter screen, driven server-side (Karibu): scan, type the applicant, receive, print form 01. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeViewTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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
        IntakeView view = new IntakeView(intake, centerCatalog, catalog, desk, context.getBean(vn.motcua.ui.security.CallContexts.class));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void aClerkReceivesADossierAndTheReceiptCarriesItsCodeAndAppointment() throws Exception {
        IntakeView view = view();
        view.procedure.setValue(procedure);
        assertTrue(view.checklist.getComponentCount() > 0);
        view.checklistNames().forEach(name -> view.attach(name, "to-khai.pdf", PDF));
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
        try (var pdf = Loader.loadPDF(view.receipt)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("Nguyễn Thị Hằng"), text);
        }
        assertEquals(1, tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id())));

        // the citizen looks it up without login: the right digits show the status, wrong ones look like no dossier
        StatusLookupView lookupView = new StatusLookupView(lookup);
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
        assertTrue(view.slip != null && view.slip.length > 1000, "the guidance slip (form 02) is printed instead");
        assertEquals(before, tx.read(c.a.tenantId(), () -> dossiers.countByTenantId(c.a.id())));
    }
}
