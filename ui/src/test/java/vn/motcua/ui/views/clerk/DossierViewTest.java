package vn.motcua.ui.views.clerk;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.tenants.dossier.DossierDesk;
import vn.motcua.tenants.dossier.DossierSlips;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier page, driven server-side (Karibu): two people on one dossier, and another center's id. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierViewTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ApplicationContext context;
    @Inject
    IntakeService intake;
    @Inject
    DossierDesk desk;
    @Inject
    DossierSlips slips;
    @Inject
    AuditLog audit;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "dv.");
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    Intake receiveIn(CallContext clerk) {
        return intake.receive(clerk, new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", null, Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Đỗ Thị Mơ", "025190000321", LocalDate.of(1990, 1, 2), "0912000321", "Xóm Mới"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF))));
    }

    DossierView viewAs(Principal who, long id) {
        VaadinSession.getCurrent().setAttribute(Principal.class, who);
        DossierView view = new DossierView(desk, slips, context.getBean(vn.motcua.ui.security.CallContexts.class));
        UI.getCurrent().add(view);
        view.show(id);
        return view;
    }

    @Test
    void whenTwoPeopleActOnTheSameDossierTheSecondIsToldPlainlyAndSeesTheFirstOnesChange() {
        long id = receiveIn(c.clerkA()).dossier().id();
        DossierView clerk = viewAs(c.clerkA, id);
        DossierView director = viewAs(c.directorA, id);
        assertNotNull(director.act(new DossierCommand.HandOver(1, null)));
        NotificationsKt.clearNotifications();

        assertNull(clerk.act(new DossierCommand.Reject("Thiếu giấy tờ")), "the stale page's action is not applied");
        assertTrue(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", ""))
                .anyMatch(t -> t.contains("người khác cập nhật trước bạn")), "told plainly, in Vietnamese");
        assertEquals(DossierStatus.IN_PROGRESS, clerk.file.dossier().status(), "the page reloaded the winner's state");
        assertEquals(DossierStatus.IN_PROGRESS, desk.file(c.clerkA(), id).dossier().status());
        assertEquals(0, audit.count(c.clerkA().tenant(), AuditAction.DOSSIER_REJECTED));
        // acting again on the fresh page works
        assertNotNull(clerk.act(new DossierCommand.RequestSupplement("Bổ sung tờ khai có chữ ký")));
    }

    @Test
    void aClerkOfAnotherCenterOpeningTheIdIsNotFound() {
        long id = receiveIn(c.clerkA()).dossier().id();
        assertThrows(NotFoundException.class, () -> viewAs(c.clerkB, id));
        assertThrows(NotFoundException.class, () -> viewAs(c.directorB, id));
        assertThrows(NotFoundException.class, () -> slips.supplementRequest(c.clerkB(), id, "Bổ sung"));
    }

    @Test
    void theSupplementSlipNamesTheDossierAndItsApplicant() throws Exception {
        Intake received = receiveIn(c.clerkA());
        byte[] pdf = slips.supplementRequest(c.clerkA(), received.dossier().id(), "Bổ sung bản sao giấy khai sinh");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains(received.code()) && text.contains("Đỗ Thị Mơ")
                    && text.contains("Bổ sung bản sao giấy khai sinh"), text);
        }
    }

    @Test
    void notesAndFeesAreShownAsEscapedTextAndTheFeeFormOpensOnItsButton() {
        long id = receiveIn(c.clerkA()).dossier().id();
        DossierView page = viewAs(c.clerkA, id);
        desk.comment(c.clerkA(), id, "<img src=x onerror=\"alert(1)\"> & 'ok'");
        page.show(id);
        String html = htmlOf(page, "dossier-comments");
        assertTrue(html.contains("&lt;img src=x onerror=") && html.contains("&amp; "), html);
        assertTrue(!html.contains("<img"), html);
        assertTrue(htmlOf(page, "dossier-control-sheet").contains("<td>"), "the control sheet has its rows");
        assertTrue(htmlOf(page, "dossier-documents").contains("Tờ khai"), "the papers are listed");
        assertTrue(htmlOf(page, "dossier-documents").contains("href=\"VAADIN/dynamic/resource/"), "with their links");

        assertTrue(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.textfield.TextArea.class).isEmpty(),
                "the comment form is built on its button");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("fee-open")));
        com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("fee-amount")).setValue(50000);
        @SuppressWarnings("unchecked")
        var method = (com.vaadin.flow.component.select.Select<vn.motcua.core.dossier.DossierFee.Method>) com.github.mvysny.kaributesting.v10.LocatorJ
                ._get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("fee-method"));
        method.setValue(vn.motcua.core.dossier.DossierFee.Method.values()[0]);
        com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("fee-receipt")).setValue("BL-0001");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("fee-record")));
        assertTrue(htmlOf(page, "dossier-fees").contains("BL-0001") && htmlOf(page, "dossier-fees").contains("50.000 đ"),
                htmlOf(page, "dossier-fees"));
    }

    @Test
    void theReceiptAndTheControlSheetPrintFromThePageAndAnotherCentersIdIsNotFound() throws Exception {
        Intake received = receiveIn(c.clerkA());
        long id = received.dossier().id();
        DossierView page = viewAs(c.clerkA, id);
        for (String link : List.of("print-receipt", "print-control-sheet")) {
            byte[] pdf = download(com.github.mvysny.kaributesting.v10.LocatorJ._get(page, com.vaadin.flow.component.html.Anchor.class,
                    spec -> spec.withId(link)));
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertTrue(text.contains(received.code()) && text.contains("Đỗ Thị Mơ"), link + ": " + text);
                assertTrue(text.contains(link.equals("print-receipt") ? "Mẫu số 01" : "Mẫu số 06"), text);
            }
        }
        assertThrows(NotFoundException.class, () -> slips.receipt(c.clerkB(), id, "http://localhost:8080"));
        assertThrows(NotFoundException.class, () -> slips.controlSheet(c.directorB(), id));
    }

    @Test
    void peopleAreShownByTheirFullNamesWithTheLoginNameOnHover() {
        long id = receiveIn(c.clerkA()).dossier().id();
        DossierView page = viewAs(c.directorA, id);
        assertNotNull(page.act(new DossierCommand.HandOver(1, c.clerkA.username())));
        var assignee = com.github.mvysny.kaributesting.v10.LocatorJ._get(page, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("dossier-assignee"));
        assertEquals("Trần Thị Bình", assignee.getText());
        assertEquals(c.clerkA.username(), assignee.getElement().getAttribute("title"));
        var received = com.github.mvysny.kaributesting.v10.LocatorJ._get(page, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("dossier-received"));
        assertTrue(received.getText().endsWith("Trần Thị Bình"), received.getText());
        String sheet = htmlOf(page, "dossier-control-sheet");
        assertTrue(sheet.contains("<span title=\"" + c.directorA.username() + "\">Nguyễn Văn An</span>"), sheet);
        assertTrue(sheet.contains("<span title=\"" + c.clerkA.username() + "\">Trần Thị Bình</span>"), sheet);
        assertTrue(desk.fullNames(c.clerkA(), List.of(c.clerkB.username())).isEmpty(), "another center's people are not named");
    }

    /** What a link's resource writes, as the browser would download it. */
    static byte[] download(com.vaadin.flow.component.html.Anchor link) throws Exception {
        var resource = (com.vaadin.flow.server.StreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(new java.net.URI(link.getHref())).orElseThrow();
        var out = new java.io.ByteArrayOutputStream();
        resource.getWriter().accept(out, VaadinSession.getCurrent());
        return out.toByteArray();
    }

    /** The inner HTML of the page's server-built block that holds the element with this id. */
    static String htmlOf(DossierView page, String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(page, com.vaadin.flow.component.Html.class).stream()
                .filter(h -> id.equals(h.getId().orElse("")) || h.getInnerHtml().contains("id=\"" + id + "\""))
                .map(com.vaadin.flow.component.Html::getInnerHtml)
                .findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }
}
