package vn.motcua.ui.views.admin;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.CallContexts;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Provincial IT's centers list and one center: names in Vietnamese order, agency codes, what each profile lacks. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentersViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    CenterService centers;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "cvt.");
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

    @Test
    void theListShowsEachCentersGapsAndCountsTheIncompleteOnesAtTheTop() {
        CentersView view = new CentersView(centers, context.getBean(CallContexts.class), context.getBean(vn.motcua.tenants.merge.CenterLineage.class), true);
        UI.getCurrent().add(view);
        assertTrue(view.incomplete.isVisible());
        assertTrue(view.demoNote.isVisible() && view.demoNote.getText().contains("không phải mã chính thức"),
                "the demo says its codes are generated");
        assertTrue(view.incomplete.getText().matches("\\d+ trung tâm còn thiếu thông tin hồ sơ.*"), view.incomplete.getText());
        view.search.setValue("cvt.");
        List<ServiceCenter> rows = rows(view);
        assertEquals(List.of("An Bình", "Đào Xá", "Trung tâm tỉnh thử"), rows.stream().map(ServiceCenter::name).toList());
        ServiceCenter daoXa = rows.stream().filter(x -> x.id().equals(c.a.id())).findFirst().orElseThrow();
        Span badge = (Span) GridKt._getCellComponent(view.grid, rows.indexOf(daoXa), "profile");
        assertTrue(badge.getText().startsWith("Thiếu: "), badge.getText());
        assertTrue(badge.getText().contains("địa chỉ") && badge.getText().contains("điện thoại"), badge.getText());
        List<String> names = rows.stream().map(ServiceCenter::name).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(vn.motcua.core.text.VietnameseOrder.NAMES);
        assertEquals(sorted, names, "the list opens in Vietnamese name order");
    }

    @Test
    void provincialItSetsACentersAgencyCodeOnItsPageAndAWrongShapeIsShownOnTheField() {
        CenterDetailView detail = new CenterDetailView(centers, context.getBean(CallContexts.class),
                context.getBean(vn.motcua.tenants.onboarding.OnboardingService.class), false);
        UI.getCurrent().add(detail);
        detail.setParameter(null, c.b.id());
        detail.agencyCode.setValue("25.001");
        ButtonKt._click(button(detail, "save-agency-code"));
        assertTrue(detail.agencyCode.isInvalid());
        assertTrue(detail.agencyCode.getErrorMessage().contains("QCVN 102:2016"), detail.agencyCode.getErrorMessage());
        detail.agencyCode.setValue("000.00.91.h25");
        ButtonKt._click(button(detail, "save-agency-code"));
        assertEquals("000.00.91.H25", centers.current(c.directorB()).agencyCode());
        assertTrue(!detail.missing.getText().contains("mã định danh") && detail.missing.getText().startsWith("Thiếu: "),
                detail.missing.getText());
    }

    private static Button button(CenterDetailView view, String id) {
        return (Button) view.getChildren().flatMap(x -> java.util.stream.Stream.concat(java.util.stream.Stream.of(x), descendants(x)))
                .filter(x -> id.equals(x.getId().orElse(""))).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return c.getChildren().flatMap(x -> java.util.stream.Stream.concat(java.util.stream.Stream.of(x), descendants(x)));
    }

    private static List<ServiceCenter> rows(CentersView view) {
        List<ServiceCenter> rows = new ArrayList<>();
        int size = Math.min(GridKt._size(view.grid), 200);
        for (int i = 0; i < size; i++) {
            rows.add(GridKt._get(view.grid, i));
        }
        return rows;
    }
}
