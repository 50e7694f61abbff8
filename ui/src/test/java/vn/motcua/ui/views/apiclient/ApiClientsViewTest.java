package vn.motcua.ui.views.apiclient;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Permission;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.apiclient.ApiClient;
import vn.motcua.tenants.apiclient.ApiClientView;
import vn.motcua.tenants.apiclient.ApiClients;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API clients pages: create (secret shown once), the grid, revoke after a confirmation; who may open which. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiClientsViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    ApiClients clients;
    @Inject
    CenterService centers;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "acv.");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void as(Principal p) {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, p);
    }

    @Test
    void aDirectorCreatesAClientSeesTheSecretOnceThenRevokesItAfterAConfirmation() {
        as(c.directorA);
        CenterApiClientsView view = new CenterApiClientsView(clients, centers, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        view.name.setValue("Cổng thanh toán");
        view.access.setValue(ApiClient.Access.READ_WRITE);
        ButtonKt._click(view.create);
        assertTrue(view.secretDialog.isOpened());
        String secret = view.secretDialog.getChildren().flatMap(com.vaadin.flow.component.Component::getChildren)
                .filter(x -> x instanceof TextField t && "api-client-new-secret".equals(t.getId().orElse("")))
                .map(x -> ((TextField) x).getValue()).findFirst().orElseThrow();
        List<ApiClientView> rows = GridKt._findAll(view.grid);
        assertEquals(1, rows.size());
        ApiClientView row = rows.get(0);
        assertEquals("Cổng thanh toán", row.name());
        assertEquals("Nguyễn Văn An", row.creator(), "people are shown by full name");
        assertTrue(clients.exchange(row.clientId(), secret, Instant.now()).isPresent(), "the secret shown is the one that works");
        assertFalse(view.grid.getElement().toString().contains(secret), "the secret is not in the list");

        view.confirmRevoke(row);
        view.revoke(row);
        ApiClientView after = GridKt._findAll(view.grid).get(0);
        assertTrue(after.revoked());
        assertTrue(clients.exchange(row.clientId(), secret, Instant.now()).isEmpty());
    }

    @Test
    void aBlankNameIsMarkedOnTheFieldAndNothingIsCreated() {
        as(c.directorB);
        CenterApiClientsView view = new CenterApiClientsView(clients, centers, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        int before = GridKt._size(view.grid);
        ButtonKt._click(view.create);
        assertTrue(view.name.isInvalid());
        assertTrue(view.name.getErrorMessage().contains("Chưa nhập tên"), view.name.getErrorMessage());
        assertEquals(before, GridKt._size(view.grid));
    }

    @Test
    void provincialItCreatesAProvinceWideClientAndOneForACenterAndSeesBoth() {
        as(c.admin);
        ProvinceApiClientsView view = new ProvinceApiClientsView(clients, centers, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        view.name.setValue("Cổng dịch vụ công quốc gia");
        ButtonKt._click(view.create);
        view.secretDialog.close();
        view.center.setValue(centers.open(c.admin(), c.b.id()));
        view.name.setValue("LGSP cho An Bình");
        ButtonKt._click(view.create);
        List<ApiClientView> rows = GridKt._findAll(view.grid);
        assertTrue(rows.stream().anyMatch(r -> r.scope() == ApiClient.Scope.PROVINCE && r.tenantId() == c.province.id()), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.scope() == ApiClient.Scope.CENTER && r.tenantId() == c.b.id()), rows.toString());
    }

    @Test
    void onlyProvincialItOpensTheProvincesPageAndOnlyADirectorTheCentersClerksNeither() {
        assertEquals(Permission.ADMINISTER_PROVINCE,
                ProvinceApiClientsView.class.getAnnotation(vn.motcua.ui.security.RequiresPermission.class).value());
        assertTrue(AccessGuard.mayOpen(c.admin(), ProvinceApiClientsView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), ProvinceApiClientsView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), ProvinceApiClientsView.class));
        assertTrue(AccessGuard.mayOpen(c.directorA(), CenterApiClientsView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), CenterApiClientsView.class));
        assertFalse(AccessGuard.mayOpen(c.admin(), CenterApiClientsView.class), "provincial IT uses the province's page");
    }
}
