package vn.motcua.ui.views.counter;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
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
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.counter.CounterService;
import vn.motcua.core.counter.CounterView;
import vn.motcua.core.counter.Equipment;
import vn.motcua.core.counter.EquipmentKind;
import vn.motcua.core.counter.EquipmentService;
import vn.motcua.core.counter.EquipmentStatus;
import vn.motcua.core.counter.PriorityGroup;
import vn.motcua.core.counter.QueueSettings;
import vn.motcua.core.counter.QueueSettingsService;
import vn.motcua.core.counter.StaffChoice;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCatalog;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.testing.TwoCenters;
import vn.motcua.ui.security.AccessGuard;
import vn.motcua.ui.security.CallContexts;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The director's counters, equipment and queue settings pages, as a director uses them; a clerk cannot open them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CenterSetupViewsTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    CounterService counters;
    @Inject
    EquipmentService equipment;
    @Inject
    QueueSettingsService queue;
    @Inject
    AuditLog audit;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    BusinessTime time;

    TwoCenters c;

    @BeforeAll
    void centersAndCatalog() {
        c = new TwoCenters(context, "qv.");
        TestCatalog.twoFields(province, dataSource);
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        VaadinSession.getCurrent().setAttribute(Principal.class, c.directorA);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aDirectorAddsTwoCountersWithFieldsAndStaffThenClosesOneAfterOpeningIt() {
        CountersView view = new CountersView(counters, calls());
        UI.getCurrent().add(view);
        addCounter(view, "Quầy hộ tịch", Set.of("Hộ tịch"), DayOfWeek.MONDAY, "Trần Thị Bình");
        addCounter(view, "Quầy đất đai", Set.of("Đất đai", "Hộ tịch"), DayOfWeek.TUESDAY, "Nguyễn Văn An");
        List<CounterView> rows = rows(view);
        assertEquals(List.of(1, 2), rows.stream().map(CounterView::number).toList(), "numbers proposed one after another");
        assertEquals("T2: Trần Thị Bình", CountersView.staffing(rows.get(0)));
        assertEquals("Hộ tịch", CountersView.serves(rows.get(0)));

        LocatorJ._click(cellButton(view, 0, "counter-toggle-1"));
        assertTrue(rows(view).get(0).openNow());
        LocatorJ._click(cellButton(view, 0, "counter-toggle-1"));
        assertFalse(rows(view).get(0).openNow());
        assertEquals(1, audit.count(c.a.tenantId(), AuditAction.COUNTER_OPENED));
        assertEquals(1, audit.count(c.a.tenantId(), AuditAction.COUNTER_CLOSED));

        LocatorJ._click(cellButton(view, 1, "counter-remove-2"));
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertEquals(List.of(1), rows(view).stream().map(CounterView::number).toList());

        assertTrue(counters.list(c.directorB()).isEmpty(), "the other center sees none of them");
    }

    @Test
    void aNameLessCounterIsRefusedOnItsFieldAndNothingIsAdded() {
        CountersView view = new CountersView(counters, calls());
        UI.getCurrent().add(view);
        int before = rows(view).size();
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("add-counter")));
        CounterDialog dialog = LocatorJ._get(CounterDialog.class);
        dialog.number.setValue(90);
        dialog.fields.setValue(Set.of("Hộ tịch"));
        LocatorJ._click(dialog.save);
        assertTrue(dialog.name.isInvalid());
        assertEquals("Nhập tên quầy", dialog.name.getErrorMessage());
        dialog.close();
        assertEquals(before, rows(view).size());
    }

    @Test
    void aDirectorAddsEquipmentFiltersItAndSeesTheWarrantyEndingSoon() {
        EquipmentView view = new EquipmentView(equipment, calls(), context.getBean(vn.motcua.core.queue.DeviceService.class));
        UI.getCurrent().add(view);
        LocalDate today = time.today();
        addEquipment(view, EquipmentKind.TICKET_KIOSK, "Kiosk Hòa Phát", "K-01", "Sảnh chờ", EquipmentStatus.WORKING, today.plusDays(20));
        addEquipment(view, EquipmentKind.PRINTER, "Canon LBP2900", "P-01", "Bàn số 2", EquipmentStatus.BROKEN, today.plusYears(1));
        assertEquals(2, GridKt._size(view.grid));
        view.kind.setValue(EquipmentKind.PRINTER);
        assertEquals(List.of("Canon LBP2900"), models(view));
        view.kind.clear();
        view.status.setValue(EquipmentStatus.WORKING);
        assertEquals(List.of("Kiosk Hòa Phát"), models(view));
        view.status.clear();
        view.search.setValue("sanh cho");
        assertEquals(List.of("Kiosk Hòa Phát"), models(view));
        Equipment kiosk = GridKt._get(view.grid, 0);
        assertTrue(view.warrantyEndingSoon(kiosk));
        view.search.clear();
        String csv = new String(DownloadKt._download(LocatorJ._get(view, Anchor.class, spec -> spec.withId("equipment-export"))),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("Máy lấy số tự động") && csv.contains("Canon LBP2900"), csv);
    }

    @Test
    void aDirectorSavesTheQueueSettingsAndAWrongAnnouncementIsMarked() {
        QueueSettingsView view = new QueueSettingsView(queue, calls(), context.getBean(vn.motcua.core.queue.QueueStatistics.class),
                context.getBean(vn.motcua.core.queue.KioskProcedures.class));
        UI.getCurrent().add(view);
        assertEquals("Đang dùng cài đặt mặc định (giờ làm việc của tỉnh)", view.state.getText());
        view.ticketFrom.setValue(LocalTime.of(7, 30));
        view.ticketUntil.setValue(LocalTime.of(16, 30));
        view.maxPerDay.setValue(150);
        view.priority.setValue(Set.of(PriorityGroup.OLDER_PEOPLE, PriorityGroup.DISABLED, PriorityGroup.PREGNANT));
        view.prefixes.get("Hộ tịch").setValue("a");
        view.announcement.setValue("Xin mời số");
        LocatorJ._click(view.save);
        assertTrue(view.announcement.isInvalid());
        assertFalse(queue.get(c.directorA()).saved(), "nothing saved");
        view.announcement.setValue("Mời công dân số {so} đến quầy {quay}");
        assertEquals("Ví dụ: Mời công dân số A012 đến quầy 3", view.preview.getText());
        LocatorJ._click(view.save);
        QueueSettings saved = queue.get(c.directorA());
        assertTrue(saved.saved());
        assertEquals(LocalTime.of(7, 30), saved.ticketFrom());
        assertEquals(150, saved.maxTicketsPerDay());
        assertEquals("A", saved.prefixes().get("Hộ tịch"));
        assertEquals("Trung tâm đang dùng cài đặt riêng", view.state.getText());
        assertFalse(queue.get(c.directorB()).saved());
    }

    @Test
    void aClerkCannotOpenThePagesNorChangeAnything() {
        for (Class<?> page : List.of(CountersView.class, EquipmentView.class, QueueSettingsView.class)) {
            assertFalse(AccessGuard.mayOpen(c.clerkA(), page), page.getSimpleName());
            assertTrue(AccessGuard.mayOpen(c.directorA(), page), page.getSimpleName());
        }
        assertThrows(AccessDeniedException.class, () -> equipment.add(c.clerkA(), new vn.motcua.core.counter.EquipmentForm(
                EquipmentKind.CAMERA, null, null, null, null, EquipmentStatus.WORKING, null, null, null)));
        assertThrows(AccessDeniedException.class, () -> queue.save(c.clerkA(), queue.get(c.clerkA())));
    }

    private static Button cellButton(CountersView view, int row, String id) {
        return LocatorJ._get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class, spec -> spec.withId(id));
    }

    private CallContexts calls() {
        return context.getBean(CallContexts.class);
    }

    private void addCounter(CountersView view, String name, Set<String> fields, DayOfWeek day, String person) {
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("add-counter")));
        CounterDialog dialog = LocatorJ._get(CounterDialog.class);
        dialog.name.setValue(name);
        dialog.fields.setValue(fields);
        StaffChoice who = counters.choices(c.directorA()).staff().stream().filter(s -> s.fullName().equals(person))
                .findFirst().orElseThrow();
        dialog.staff.get(day).setValue(Set.of(who));
        LocatorJ._click(dialog.save);
        assertFalse(dialog.isOpened(), "saved and closed");
    }

    private void addEquipment(EquipmentView view, EquipmentKind kind, String model, String serial, String location,
                              EquipmentStatus status, LocalDate warranty) {
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("add-equipment")));
        EquipmentDialog dialog = LocatorJ._get(EquipmentDialog.class);
        dialog.kind.setValue(kind);
        dialog.model.setValue(model);
        dialog.serial.setValue(serial);
        dialog.location.setValue(location);
        dialog.status.setValue(status);
        dialog.purchasedOn.setValue(time.today().minusMonths(6));
        dialog.warrantyUntil.setValue(warranty);
        LocatorJ._click(dialog.save);
        assertFalse(dialog.isOpened(), "saved and closed");
    }

    private static List<CounterView> rows(CountersView view) {
        List<CounterView> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            rows.add(GridKt._get(view.grid, i));
        }
        return rows;
    }

    private static List<String> models(EquipmentView view) {
        List<String> models = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            models.add(GridKt._get(view.grid, i).model());
        }
        return models;
    }
}
