package vn.motcua.ui.views.admin;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.calendar.CalendarEntry;
import vn.motcua.core.calendar.CalendarStatus;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.calendar.ProvinceCalendarAdmin;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provincial calendar screen, driven server-side (Karibu): propose, remove a day, publish. */
@MicronautTest(startApplication = false, transactional = false)
@io.micronaut.context.annotation.Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingCalendarViewTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    ProvinceCalendarAdmin calendars;

    @Inject
    vn.motcua.core.testing.MovableClock clock;

    TwoCenters c;

    @BeforeAll
    void centers() {
        c = new TwoCenters(context, "wcv.");
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        clock.set(null);
        MockVaadin.tearDown();
    }

    @Test
    void provincialItProposesRemovesADayAndPublishesTheYearFromTheScreen() {
        VaadinSession.getCurrent().setAttribute(Principal.class, c.admin);
        WorkingCalendarView view = new WorkingCalendarView(calendars, context.getBean(vn.motcua.ui.security.CallContexts.class));
        UI.getCurrent().add(view);
        int year = LocalDate.now().getYear() + 1;
        view.year.setValue(year);
        assertEquals("Chưa có lịch", view.status.getText());
        assertFalse(view.publish.isEnabled());

        ButtonKt._click(view.propose);
        assertEquals(CalendarStatus.DRAFT.label(), view.status.getText());
        int entries = GridKt._size(view.grid);
        assertTrue(entries >= 10, "entries: " + entries);
        CalendarEntry newYear = GridKt._get(view.grid, 0);
        assertEquals(LocalDate.of(year, 1, 1), newYear.date());
        int workingDays = calendars.find(c.admin(), year).orElseThrow().workingDays();
        assertEquals("Số ngày làm việc: " + workingDays, view.workingDays.getText());

        Button remove = (Button) GridKt._getCellComponent(view.grid, 0, "remove");
        ButtonKt._click(remove);
        confirm();
        assertEquals(entries - 1, GridKt._size(view.grid));
        assertEquals("Số ngày làm việc: " + (workingDays + 1), view.workingDays.getText());

        assertTrue(view.publish.isEnabled());
        ButtonKt._click(view.publish);
        confirm();
        assertEquals(CalendarStatus.PUBLISHED.label(), view.status.getText());
        assertFalse(view.publish.isEnabled());
        assertEquals(1, calendars.history(c.admin(), year).size());
    }

    @Test
    void fromTheFirstOfNovemberProvincialItIsWarnedUntilNextYearsCalendarIsPublished() {
        VaadinSession.getCurrent().setAttribute(Principal.class, c.admin);
        // Vietnam time: 31 October 23:59 is no reminder yet, 1 November 00:00 (still 31 October in UTC) is
        clock.set(vn.motcua.core.context.BusinessTime.instant(java.time.LocalDateTime.of(2029, 10, 31, 23, 59)));
        assertFalse(view().nextYearWarning.isVisible(), "no warning in October");
        clock.set(vn.motcua.core.context.BusinessTime.instant(java.time.LocalDateTime.of(2029, 11, 1, 0, 0)));
        WorkingCalendarView warned = view();
        assertTrue(warned.nextYearWarning.isVisible(), "warned from 1 November");
        assertTrue(warned.nextYearWarning.getText().startsWith("Lịch làm việc năm 2030 chưa được công bố"),
                warned.nextYearWarning.getText());
        clock.set(vn.motcua.core.context.BusinessTime.instant(java.time.LocalDateTime.of(2029, 12, 30, 9, 0)));
        assertTrue(view().nextYearWarning.isVisible(), "still warned at the end of December");

        warned = view();
        warned.year.setValue(2030);
        ButtonKt._click(warned.propose);
        assertTrue(warned.nextYearWarning.isVisible(), "a draft is not a publication");
        ButtonKt._click(warned.publish);
        confirm();
        assertFalse(warned.nextYearWarning.isVisible(), "gone once 2030 is published");
        assertFalse(view().nextYearWarning.isVisible());
    }

    private WorkingCalendarView view() {
        UI.getCurrent().removeAll();
        WorkingCalendarView view = new WorkingCalendarView(calendars, context.getBean(vn.motcua.ui.security.CallContexts.class));
        UI.getCurrent().add(view);
        return view;
    }

    private static void confirm() {
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        dialog.close();
    }
}
