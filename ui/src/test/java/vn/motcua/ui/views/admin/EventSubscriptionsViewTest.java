package vn.motcua.ui.views.admin;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.outbox.EventSubscriptions;
import vn.motcua.core.outbox.OutboxSignature;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event subscriptions page as provincial IT uses it (add with the secret shown once, the endpoint rule, pause and
 * delete only after a confirmation, a dead letter sent again), and closed to a commune's director and clerk.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSubscriptionsViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EventSubscriptions subscriptions;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "ev.");
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, c.admin);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        subscriptions.list(c.admin()).forEach(s -> subscriptions.delete(c.admin(), s.id()));
    }

    EventSubscriptionsView open() {
        EventSubscriptionsView view = new EventSubscriptionsView(subscriptions, context.getBean(CallContexts.class));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void provincialItAddsASubscriptionForOneCenterAndSeesItsSecretOnce() {
        EventSubscriptionsView view = open();
        view.name.setValue("Cổng Dịch vụ công quốc gia");
        view.endpoint.setValue("https://dvcqg.example.vn/api/dong-bo-ho-so");
        view.scope.setValue(view.scope.getListDataView().getItems()
                .filter(x -> x.id() == c.a.id()).findFirst().orElseThrow());
        LocatorJ._click(view.add);

        ConfirmDialog shown = LocatorJ._get(ConfirmDialog.class, spec -> spec.withId("events-secret-dialog"));
        String secret = LocatorJ._get(shown, TextField.class, spec -> spec.withId("events-secret")).getValue();
        assertEquals(43, secret.length(), "32 random bytes, base64url");
        assertTrue(OutboxSignature.verify(secret, OutboxSignature.sign(secret, 1, "{}"), "{}"));
        List<EventSubscriptions.EventSubscription> rows = GridKt._findAll(view.grid);
        assertEquals(1, rows.size());
        assertEquals(c.a.name(), rows.get(0).scopeName());
        assertTrue(rows.get(0).enabled());
        assertEquals("", view.name.getValue(), "the form is empty again");
        assertFalse(GridKt._getFormattedRow(view.grid, 0).toString().contains(secret), "the list never shows the secret");
    }

    @Test
    void anEndpointOutsideHttpsIsRefusedOnItsFieldAndNothingIsAdded() {
        EventSubscriptionsView view = open();
        view.name.setValue("LGSP Phú Thọ");
        view.endpoint.setValue("http://lgsp.phutho.gov.vn/su-kien");
        LocatorJ._click(view.add);
        assertTrue(view.endpoint.isInvalid());
        assertTrue(view.endpoint.getErrorMessage().startsWith("Địa chỉ nhận phải là https://"));
        assertEquals(List.of(), subscriptions.list(c.admin()));
    }

    @Test
    void pausingAndDeletingAskFirstAndCancellingChangesNothing() {
        subscriptions.create(c.admin(), new EventSubscriptions.Draft("LGSP", "https://lgsp.example.vn/x",
                java.util.EnumSet.allOf(vn.motcua.core.outbox.OutboxEventType.class), null)).subscription();
        EventSubscriptionsView view = open();
        EventSubscriptions.EventSubscription row = GridKt._get(view.grid, 0);

        view.confirmToggle(row);
        openDialog().close();
        assertTrue(subscriptions.list(c.admin()).get(0).enabled(), "not paused until confirmed");
        view.confirmToggle(row);
        confirm(openDialog());
        assertFalse(subscriptions.list(c.admin()).get(0).enabled());

        view.confirmDelete(GridKt._get(view.grid, 0));
        confirm(openDialog());
        assertEquals(List.of(), subscriptions.list(c.admin()));
        assertEquals(0, GridKt._size(view.grid));
    }

    @Test
    void aDeadLetterIsListedWithGuiLaiWhichPutsItBackInTheQueue() {
        long id = subscriptions.create(c.admin(), new EventSubscriptions.Draft("LGSP", "https://lgsp.example.vn/x",
                java.util.EnumSet.allOf(vn.motcua.core.outbox.OutboxEventType.class), null)).subscription().id();
        sql("INSERT INTO dossier (tenant_id, code, procedure_code, procedure_name, workflow_version, steps_json, channel, "
                + "applicant_name, applicant_json, status, received_at, due_at) VALUES (" + c.a.id() + ", 'EV-HS-1', '1.001193', "
                + "'Đăng ký khai sinh', 0, '[]', 'IN_PERSON', 'Người nộp', '{}', 'RECEIVED', now(), now())",
                "INSERT INTO outbox_event (tenant_id, event_uid, dossier_id, seq, type, occurred_at, payload, fanned_out) "
                        + "SELECT tenant_id, gen_random_uuid(), id, 1, 'RECEIVED', now(), '{}', true FROM dossier "
                        + "WHERE tenant_id = " + c.a.id() + " AND code = 'EV-HS-1'",
                "INSERT INTO outbox_delivery (tenant_id, event_id, dossier_id, subscription_tenant_id, subscription_id, status, "
                        + "attempts, next_attempt_at, last_attempt_at, last_http_status, last_error) SELECT tenant_id, id, dossier_id, "
                        + c.province.id() + ", " + id + ", 'DEAD', 8, now(), now(), 503, 'HTTP 503' FROM outbox_event "
                        + "WHERE tenant_id = " + c.a.id());
        EventSubscriptionsView view = open();
        assertEquals("dead", view.show.getValue(), "the page opens on what needs attention");
        List<EventSubscriptions.Delivery> dead = GridKt._findAll(view.deliveries);
        assertEquals(1, dead.size());
        assertEquals("EV-HS-1", dead.get(0).dossierCode());
        assertEquals(c.a.name(), dead.get(0).centerName());
        LocatorJ._click((Button) GridKt._getCellComponent(view.deliveries, 0, "resend"));
        assertEquals(0, GridKt._size(view.deliveries), "no dead letter left");
        assertEquals(1, subscriptions.list(c.admin()).get(0).pending());
    }

    @Test
    void aDirectorOrAClerkCannotOpenThePageNorUseItsService() {
        assertTrue(AccessGuard.mayOpen(c.admin(), EventSubscriptionsView.class));
        assertFalse(AccessGuard.mayOpen(c.directorA(), EventSubscriptionsView.class));
        assertFalse(AccessGuard.mayOpen(c.clerkA(), EventSubscriptionsView.class));
        for (Principal who : List.of(c.directorA, c.clerkA)) {
            VaadinSession.getCurrent().setAttribute(Principal.class, who);
            // a forged navigation that got past the guard would still get nothing: the service refuses
            assertThrows(AccessDeniedException.class, this::open);
        }
        assertThrows(AccessDeniedException.class, () -> subscriptions.create(c.directorA(), new EventSubscriptions.Draft(
                "X", "https://x.vn", java.util.Set.of(vn.motcua.core.outbox.OutboxEventType.RECEIVED), null)));
    }

    static ConfirmDialog openDialog() {
        return LocatorJ._find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).reduce((a, b) -> b).orElseThrow();
    }

    static void confirm(ConfirmDialog dialog) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
    }

    private void sql(String... statements) {
        province.unaudited(() -> {
            try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
                for (String s : statements) {
                    st.execute(s);
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
