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
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.onboarding.OfficialUnit;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.CallContexts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provincial IT's "add a center" page and the suspend / reopen button of a center's page. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardCenterViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    OnboardingService onboarding;
    @Inject
    LoginService login;
    @Inject
    CenterService centers;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "ocv.");
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

    private OnboardCenterView view() {
        OnboardCenterView view = new OnboardCenterView(onboarding, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        return view;
    }

    private static OfficialUnit unit(OnboardCenterView view, String code) {
        return view.unit.getListDataView().getItems().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void provincialItPicksACommuneEverythingIsPrefilledAndTheSheetCarriesTheOneTimePasswordThatWorksOnce() throws Exception {
        OnboardCenterView view = view();
        OfficialUnit tanLac = unit(view, "05128");
        assertTrue(tanLac.matches("tan lac") && !tanLac.onboarded());
        view.unit.setValue(tanLac);
        assertEquals("Xã Tân Lạc", view.name.getValue());
        assertEquals("05128", view.unitCode.getValue());
        assertEquals("Phú Thọ", view.provinceName.getValue());
        assertTrue(view.lineage.getValue().startsWith("Thị trấn Mãn Đức, Xã Tử Nê"), view.lineage.getValue());

        view.agencyCode.setValue("000.00.25.H51");
        view.phone.setValue("không có");
        view.create();
        assertTrue(view.phone.isInvalid() && view.phone.getErrorMessage().contains("Số điện thoại"), view.phone.getErrorMessage());
        assertTrue(view.directorName.isInvalid());
        assertNull(view.created);

        view.phone.setValue("0218 3861 234");
        view.directorName.setValue("Hà Thị Mai");
        view.addClerk();
        view.clerkFields.get(0)[0].setValue("Bùi Văn Nam");
        view.create();
        assertEquals("05128", view.created.center().code());
        assertFalse(view.form.isVisible());
        assertTrue(view.result.isVisible());
        String text;
        try (PDDocument doc = Loader.loadPDF(view.sheetPdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Xã Tân Lạc") && text.contains("maiht.tan-lac.05128") && text.contains("nambv.tan-lac.05128"), text);
        Matcher password = Pattern.compile("maiht\\.tan-lac\\.05128 ([A-Za-z0-9]{12})").matcher(text);
        assertTrue(password.find(), text);
        LoginResult first = login.login("maiht.tan-lac.05128", password.group(1));
        assertTrue(first.succeeded() && first.mustChangePassword());

        // a fresh page shows the commune as already having a center and refuses to pick it
        OnboardCenterView again = view();
        OfficialUnit taken = unit(again, "05128");
        assertTrue(taken.onboarded());
        assertTrue(again.unit.getItemLabelGenerator().apply(taken).contains("đã có trung tâm"));
        again.unit.setValue(taken);
        assertNull(again.unit.getValue());
    }

    @Test
    void aCenterIsSuspendedAfterConfirmationAndReopenedFromItsPage() {
        CenterDetailView detail = new CenterDetailView(centers, context.getBean(CallContexts.class), onboarding, false);
        UI.getCurrent().add(detail);
        detail.setParameter(null, c.b.id());
        detail.confirmStatus(centers.open(c.admin(), c.b.id()));
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        assertEquals(CenterStatus.INACTIVE, centers.open(c.admin(), c.b.id()).status());
        assertFalse(login.login("ocv.gd.b", TwoCenters.PASSWORD).succeeded());
        vn.motcua.ui.views.catalog.KioskView kiosk = new vn.motcua.ui.views.catalog.KioskView(
                context.getBean(vn.motcua.tenants.catalog.CenterCatalogService.class));
        kiosk.setParameter(null, "ocv.B");
        assertEquals("Trung tâm tạm ngừng hoạt động", kiosk.getChildren()
                .filter(x -> "kiosk-suspended".equals(x.getId().orElse(""))).findFirst().orElseThrow()
                .getElement().getText());

        detail.confirmStatus(centers.open(c.admin(), c.b.id()));
        assertEquals(CenterStatus.ACTIVE, centers.open(c.admin(), c.b.id()).status());
        assertTrue(login.login("ocv.gd.b", TwoCenters.PASSWORD).succeeded());
    }
}
