package vn.motcua.ui.views.catalog;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import vn.motcua.core.catalog.CatalogCompleteness;
import vn.motcua.core.catalog.CatalogGap;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.context.Actor;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.testing.Callers.as;

/** The completeness page, driven server-side (Karibu): counts, filter, search, and a correction that empties a row. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletenessViewTest implements IntegrationTestProperties {
    @Inject
    java.time.Clock clock;
    @Inject
    ApplicationContext context;
    @Inject
    CatalogImportService importer;
    @Inject
    CatalogService catalog;
    @Inject
    CatalogCompleteness completeness;
    @Inject
    AuditLog audit;

    TwoCenters c;

    @BeforeAll
    void centersAndCatalog() throws Exception {
        c = new TwoCenters(context, "cv.");
        try (InputStream in = getClass().getResourceAsStream("/catalog/commune-procedures-national-portal.jsonl")) {
            byte[] bytes = in.readAllBytes();
            importer.importFile(as(c.province.tenantId(), Actor.system("test"), clock), "commune.jsonl",
                    new java.io.ByteArrayInputStream(bytes), bytes.length, null);
        }
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

    CompletenessView view() {
        CompletenessView view = new CompletenessView(completeness, catalog, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void provincialItSeesTheCountsFiltersByMissingFactAndSearchesWithoutDiacritics() {
        CompletenessView view = view();
        int incomplete = GridKt._size(view.grid);
        var coverage = completeness.coverage(c.admin());
        assertEquals(coverage.procedures() - coverage.complete(), incomplete);
        assertEquals("Đầy đủ: " + coverage.complete() + "/" + coverage.procedures() + " thủ tục cấp xã đang phục vụ",
                view.complete.getText());
        assertEquals("Đơn vị thời hạn do hệ thống giả định: " + coverage.deadlineUnitAssumed(),
                view.counts.get(CatalogGap.DEADLINE_UNIT_ASSUMED).getText());
        ButtonKt._click(view.counts.get(CatalogGap.DEADLINE_UNIT_ASSUMED));
        assertEquals(CatalogGap.DEADLINE_UNIT_ASSUMED, view.gap.getValue());
        assertEquals(coverage.deadlineUnitAssumed(), GridKt._size(view.grid));
        view.search.setValue("dang ky khai sinh");
        assertTrue(GridKt._size(view.grid) >= 1);
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            CatalogCompleteness.Row row = GridKt._get(view.grid, i);
            assertTrue(row.name().toLowerCase().contains("khai sinh"), row.name());
            assertTrue(row.gaps().contains(CatalogGap.DEADLINE_UNIT_ASSUMED));
            assertEquals(2, row.centers(), "both communes serve it by default");
        }
    }

    @Test
    void aCorrectionWithMissingFactsIsRefusedInVietnameseThenACompleteOnePublishesAVersionAndTheRowLeaves() {
        CompletenessView view = view();
        view.search.setValue("1.001193");
        assertEquals(1, GridKt._size(view.grid));
        int version = catalog.getByCode("1.001193").procedure().currentVersion();
        ButtonKt._click((Button) GridKt._getCellComponent(view.grid, 0, "fix"));
        CompletenessDialog dialog = LocatorJ._get(CompletenessDialog.class);
        assertEquals(DeadlineUnit.WORKING_DAYS, dialog.unit.getValue());
        assertEquals(1, dialog.deadline.getValue());
        assertTrue(LocatorJ._find(dialog, com.vaadin.flow.component.html.Paragraph.class).stream()
                .anyMatch(p -> "fix-assumed".equals(p.getId().orElse(null))), "the assumed unit is pointed out");

        dialog.deadline.clear();
        dialog.feeRows.forEach(r -> {
            r.free.setValue(false);
            r.amount.clear();
        });
        ButtonKt._click(dialog.save);
        assertTrue(dialog.deadline.isInvalid());
        assertTrue(dialog.deadline.getErrorMessage().startsWith("Nhập thời hạn giải quyết"), dialog.deadline.getErrorMessage());
        assertEquals(version, catalog.getByCode("1.001193").procedure().currentVersion(), "nothing saved");

        dialog.deadline.setValue(1);
        dialog.unit.setValue(DeadlineUnit.WORKING_DAYS);
        dialog.feeRows.forEach(r -> r.free.setValue(true));
        for (CompletenessDialog.PaperRow row : dialog.paperRows) {
            if (row.kind.getValue() != RequiredDocument.Kind.NOTE && row.originals.getValue() == null && row.copies.getValue() == null) {
                row.originals.setValue(1);
            }
            if (row.form.getValue().isBlank() && CatalogGap.isFormToFill(row.name.getValue())) {
                row.form.setValue("mau-to-khai.docx");
            }
        }
        long audited = audit.count(c.province.tenantId(), AuditAction.CATALOG_PROCEDURE_COMPLETED);
        ButtonKt._click(dialog.save);
        assertFalse(dialog.isOpened(), "closed once saved");
        assertEquals(version + 1, catalog.getByCode("1.001193").procedure().currentVersion());
        assertEquals(audited + 1, audit.count(c.province.tenantId(), AuditAction.CATALOG_PROCEDURE_COMPLETED));
        assertEquals(0, GridKt._size(view.grid), "the complete procedure left the list");
    }

    @Test
    void onlyProvincialItMayOpenThePage() {
        assertTrue(AccessGuard.mayOpen(c.admin(), CompletenessView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), CompletenessView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), CompletenessView.class));
    }
}
