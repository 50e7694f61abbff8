package vn.motcua.ui.views.admin;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.onboarding.BulkOnboarding;
import vn.motcua.tenants.onboarding.BulkRow;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provincial IT's bulk onboarding page: preview, fix, run, sheets; refused to directors and clerks. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkOnboardViewTest implements IntegrationTestProperties {
    static final String HEADER = "Tỉnh,\"Phường, xã mới\",\"Phường, xã trước sáp nhập\"\n";

    @Inject
    ApplicationContext context;
    @Inject
    BulkOnboarding bulk;
    @Inject
    OnboardingService onboarding;
    @Inject
    LoginService login;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "bov.");
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, c.admin);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private BulkOnboardView view() {
        BulkOnboardView view = new BulkOnboardView(bulk, onboarding, context.getBean(CallContexts.class));
        view.background = false;
        UI.getCurrent().add(view);
        return view;
    }

    private void upload(BulkOnboardView view, String csv) {
        view.showPreview(() -> bulk.previewFile(context.getBean(CallContexts.class).current(), "ds.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aListWithABadLineCannotRunUntilTheCorrectedFileIsUploadedThenTheRunGivesOneSheetPerCenter() throws Exception {
        BulkOnboardView view = view();
        upload(view, HEADER + "Phú Thọ,Đào Xá,\nPhú Thọ,Tân Lac,\nPhú Thọ,Quy Đức,\n");
        assertTrue(view.previewPane.isVisible());
        assertEquals(BulkRow.Status.PROBLEM, view.filter.getValue(), "problems shown first");
        assertEquals(1, view.grid.getListDataView().getItemCount());
        BulkRow bad = view.grid.getListDataView().getItem(0);
        assertEquals(3, bad.line());
        assertTrue(bad.reason().contains("có phải «Xã Tân Lạc» mã 05128"), bad.reason());
        assertFalse(view.run.isEnabled());
        assertEquals("Có lỗi: 1", LocatorJ._get(view.counts, com.vaadin.flow.component.html.Span.class,
                s -> s.withId("bulk-count-problem")).getText());
        view.filter.clear();
        assertEquals(3, view.grid.getListDataView().getItemCount());

        upload(view, HEADER + "Phú Thọ,Đào Xá,\nPhú Thọ,Tân Lạc,\nPhú Thọ,Quy Đức,\n");
        assertNull(view.filter.getValue());
        assertTrue(view.run.isEnabled());
        assertEquals("Tạo 3 trung tâm", view.run.getText());
        long before = onboarding.centerCount();
        view.clerks.setValue(1);
        assertEquals(1, view.clerks.getValue());
        view.confirmRun();
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class, s -> s.withId("bulk-confirm"));
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        assertEquals(before + 3, onboarding.centerCount());
        assertTrue(view.result.isVisible());
        assertFalse(view.previewPane.isVisible());
        assertEquals(6, view.outcome.accounts(), () -> view.outcome.created().stream()
                .map(o -> o.accounts().toString()).toList().toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(view.sheetsPdf())) {
            assertEquals(3, doc.getNumberOfPages());
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        Matcher director = Pattern.compile("gd\\.tan-lac\\.05128 ([A-Za-z0-9]{12})").matcher(text);
        assertTrue(director.find(), text);
        LoginResult first = login.login("gd.tan-lac.05128", director.group(1));
        assertTrue(first.succeeded() && first.mustChangePassword());

        // the same list again on a fresh page: nothing to create
        BulkOnboardView again = view();
        upload(again, HEADER + "Phú Thọ,Đào Xá,\nPhú Thọ,Tân Lạc,\nPhú Thọ,Quy Đức,\n");
        assertFalse(again.run.isEnabled());
        assertEquals("Không có trung tâm mới nào để tạo", again.run.getText());
    }

    @Test
    void directorsAndClerksCannotOpenThePageNorRunAListFromIt() {
        assertTrue(AccessGuard.mayOpen(c.admin(), BulkOnboardView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), BulkOnboardView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), BulkOnboardView.class));
        for (Principal who : new Principal[]{c.directorA, c.clerkB}) {
            VaadinSession.getCurrent().setAttribute(Principal.class, who);
            assertThrows(AccessDeniedException.class, this::view);
        }
        // a page built for provincial IT whose session becomes a director's: the forged run is refused by core
        VaadinSession.getCurrent().setAttribute(Principal.class, c.admin);
        BulkOnboardView view = view();
        upload(view, HEADER + "Phú Thọ,Hiền Quan,\n");
        assertTrue(view.run.isEnabled());
        VaadinSession.getCurrent().setAttribute(Principal.class, c.directorA);
        long before = onboarding.centerCount();
        view.start(2);
        assertEquals(before, onboarding.centerCount());
        assertNull(view.outcome);
        assertFalse(view.result.isVisible());
    }
}
