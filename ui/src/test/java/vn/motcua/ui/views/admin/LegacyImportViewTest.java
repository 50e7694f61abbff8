package vn.motcua.ui.views.admin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
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
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.legacy.LegacyImportService;
import vn.motcua.tenants.legacy.LegacySampleArchive;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provincial IT's page importing a previous system's dossiers: choose, upload, preview, confirm, result. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyImportViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    BusinessTime time;

    TwoCenters c;
    Path work;

    @BeforeAll
    void centers() throws Exception {
        c = new TwoCenters(context, "liv.");
        LegacySampleArchive.publishProcedures(context, c.admin());
        work = Files.createTempDirectory("legacy-view");
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

    private LegacyImportView view() {
        LegacyImportView view = new LegacyImportView(context.getBean(LegacyImportService.class), context.getBean(CallContexts.class));
        view.background = false;
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void provincialItChoosesTheCenterSeesProblemsByEntryInVietnameseThenImportsTheFixedArchive() throws Exception {
        LegacyImportView view = view();
        LegacyImportService.Target target = view.center.getListDataView().getItems()
                .filter(t -> t.id() == c.a.id()).findFirst().orElseThrow();
        assertTrue(view.center.getListDataView().getItems().noneMatch(t -> t.id() == c.province.id()), "not the province");
        view.center.setValue(target);

        LegacySampleArchive archive = LegacySampleArchive.demo("000.00.90.H25", 6, time.now());
        archive.dossiers.get(3).put("procedureCode", "9.123456");
        Path bad = archive.write(Files.createTempFile(work, "bad", ".zip"));
        view.received("ho-so-cu.zip", bad);
        assertTrue(view.preview.isVisible());
        assertFalse(view.run.isEnabled());
        assertEquals(1, view.problems.getListDataView().getItemCount());
        var problem = view.problems.getListDataView().getItems().findFirst().orElseThrow();
        assertEquals(4, problem.entry());
        assertEquals("Mã thủ tục không có trong danh mục của tỉnh: 9.123456", view.unknown.getText());
        assertTrue(problem.message().contains("Mã thủ tục «9.123456» không có trong danh mục"), problem.message());

        archive.dossiers.get(3).put("procedureCode", "1.001193");
        Path good = archive.write(Files.createTempFile(work, "good", ".zip"));
        view.received("ho-so-cu.zip", good);
        assertTrue(view.run.isEnabled());
        assertEquals(0, view.problems.getListDataView().getItemCount());
        assertTrue(view.summary.getText().contains("sẽ nhập 6"), view.summary.getText());
        assertTrue(view.statuses.getListDataView().getItems().anyMatch(s -> s.source().equals("Chờ bổ sung")));

        view.startRun();
        assertTrue(view.result.isVisible());
        assertTrue(view.result.getText().startsWith("Đã nhập 6 hồ sơ vào Xã Đào Xá"), view.result.getText());
        assertFalse(Files.exists(good), "the uploaded archive is not kept");
        assertTrue(context.getBean(AuditLog.class).search(c.admin(),
                new AuditLog.Filter(null, AuditAction.LEGACY_IMPORTED, null, null), 0, 10).getTotalSize() == 1, "audited in the province's log");
    }

    @Test
    void theMenuOffersThePageToProvincialItOnlyAndTheRouteIsClosedToDirectorsAndClerks() {
        assertTrue(AccessGuard.mayOpen(c.admin(), LegacyImportView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), LegacyImportView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), LegacyImportView.class));
        assertFalse(AccessGuard.mayOpen(c.directorB(), LegacyImportView.class));
        // a forged navigation that reaches the page's code anyway: the service refuses the director's session
        VaadinSession.getCurrent().setAttribute(Principal.class, c.directorA);
        org.junit.jupiter.api.Assertions.assertThrows(vn.motcua.core.context.AccessDeniedException.class, this::view);
    }
}
