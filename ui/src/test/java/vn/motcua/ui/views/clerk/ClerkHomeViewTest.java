package vn.motcua.ui.views.clerk;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.dossier.DossierDesk;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The clerk's inbox names the person who holds each dossier, not their login. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkHomeViewTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ApplicationContext context;
    @Inject
    IntakeService intake;
    @Inject
    DossierDesk desk;

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theInboxShowsTheAssigneesFullName() {
        TwoCenters c = new TwoCenters(context, "ch.");
        Dossier d = intake.receive(c.clerkA(), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", null, Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Lò Văn Sáu", "025190000666", LocalDate.of(1990, 1, 2), "0912000666", "Bản Mới"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF)))).dossier();
        desk.apply(c.clerkA(), d.id(), d.version(), new DossierCommand.HandOver(1, c.clerkA.username()));
        VaadinSession.getCurrent().setAttribute(Principal.class, c.clerkA);
        ClerkHomeView view = context.createBean(ClerkHomeView.class);
        UI.getCurrent().add(view);
        assertEquals(1, GridKt._size(view.inbox), "the clerk's own dossier in the 'mine' tab");
        assertEquals("Trần Thị Bình", GridKt._getFormatted(view.inbox, 0, "assignee"));
    }
}
