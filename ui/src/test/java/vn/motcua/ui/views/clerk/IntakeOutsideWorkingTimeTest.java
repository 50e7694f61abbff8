package vn.motcua.ui.views.clerk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.tenants.dossier.DossierIntake;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Receiving outside working time (DOMAIN.md: office hours 07:00–11:30 and 13:30–17:00 on working days): the intake
 * page warns the clerk, and the deadline counts from the next working time.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeOutsideWorkingTimeTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Monday 30 November 2026 in Vietnam. */
    static final Instant MONDAY_0106 = BusinessTime.instant(LocalDateTime.of(2026, 11, 30, 1, 6));
    static final Instant MONDAY_0700 = BusinessTime.instant(LocalDateTime.of(2026, 11, 30, 7, 0));
    static final Instant MONDAY_0900 = BusinessTime.instant(LocalDateTime.of(2026, 11, 30, 9, 0));
    static final Instant MONDAY_1200 = BusinessTime.instant(LocalDateTime.of(2026, 11, 30, 12, 0));
    static final Instant SUNDAY_1000 = BusinessTime.instant(LocalDateTime.of(2026, 11, 29, 10, 0));

    @Inject
    ApplicationContext context;
    @Inject
    DossierIntake intake;
    @Inject
    IntakeService intakeService;
    @Inject
    MovableClock clock;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "oh.");
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, c.clerkA);
    }

    @AfterEach
    void tearDown() {
        clock.set(null);
        MockVaadin.tearDown();
    }

    @Test
    void atOneInTheMorningOnASundayAndAtLunchTheCounterIsWarnedButNotDuringOfficeHours() {
        for (Instant outside : List.of(MONDAY_0106, SUNDAY_1000, MONDAY_1200)) {
            clock.set(outside);
            assertTrue(intake.outsideWorkingTime(c.clerkA()), "outside working time at " + outside);
            assertTrue(warned(), "the page warns at " + outside);
        }
        clock.set(MONDAY_0900);
        assertFalse(intake.outsideWorkingTime(c.clerkA()));
        assertFalse(warned(), "no warning during office hours");
    }

    @Test
    void aDossierReceivedAtOneInTheMorningIsDueAsIfReceivedWhenTheOfficeOpened() {
        clock.set(MONDAY_0106);
        Dossier night = receive("025190000777");
        clock.set(MONDAY_0700);
        Dossier opening = receive("025190000778");
        assertEquals(opening.dueAt(), night.dueAt(), "the deadline counts from 07:00, the next working time");
    }

    private boolean warned() {
        UI.getCurrent().removeAll();
        IntakeView view = context.createBean(IntakeView.class);
        UI.getCurrent().add(view);
        return descendants(view).stream().anyMatch(x -> "intake-out-of-hours".equals(x.getId().orElse("")));
    }

    private Dossier receive(String citizenId) {
        return intakeService.receive(c.clerkA(), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", null, Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Hà Văn Đêm", citizenId, LocalDate.of(1990, 1, 2), "0912000777", "Xóm Đêm"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", PDF)))).dossier();
    }

    private static List<Component> descendants(Component root) {
        List<Component> all = new ArrayList<>();
        root.getChildren().forEach(ch -> {
            all.add(ch);
            all.addAll(descendants(ch));
        });
        return all;
    }
}
