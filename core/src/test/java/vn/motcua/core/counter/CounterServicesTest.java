package vn.motcua.core.counter;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.Callers;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCenters;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counters, equipment and queue settings against real PostgreSQL: validation, audit, and one center never sees another's. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterServicesTest implements IntegrationTestProperties {
    static final String CIVIL = "Hộ tịch";
    static final String LAND = "Đất đai";

    @Inject
    Clock clock;
    @Inject
    CounterService counters;
    @Inject
    EquipmentService equipment;
    @Inject
    QueueSettingsService queue;
    @Inject
    CounterRepository counterRows;
    @Inject
    EquipmentRepository equipmentRows;
    @Inject
    AuditLog audit;
    @Inject
    TenantTransactions tx;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;

    @BeforeAll
    void catalog() {
        sql("INSERT INTO procedure (national_code, name, field, levels, current_version) VALUES "
                + "('1.001193', 'Đăng ký khai sinh', '" + CIVIL + "', 'COMMUNE', 1), "
                + "('1.000656', 'Đăng ký kết hôn', '" + CIVIL + "', 'COMMUNE', 1), "
                + "('1.004227', 'Đăng ký đất đai lần đầu', '" + LAND + "', 'COMMUNE', 1), "
                + "('2.000001', 'Cấp phép của tỉnh', 'Xây dựng', 'PROVINCE', 1)");
    }

    record Center(TenantId id, CallContext director, CallContext clerk, long anna, long binh, long gone) {
    }

    Center center(String code) {
        TenantId id = TestCenters.create(province, dataSource, code);
        long anna = staff(id, "gd." + code, "DIRECTOR", "Nguyễn Thị An", true);
        long binh = staff(id, "cb1." + code, "CLERK", "Trần Văn Bình", true);
        long gone = staff(id, "cb2." + code, "CLERK", "Lê Văn Cũ", false);
        return new Center(id, Callers.as(id, new Actor(1L, "gd." + code, id), clock),
                Callers.as(id, new Actor(2L, "cb1." + code, id), clock), anna, binh, gone);
    }

    long staff(TenantId tenant, String username, String role, String name, boolean active) {
        return sqlLong("WITH u AS (INSERT INTO app_user (tenant_id, username, password_hash, role, active) VALUES ("
                + tenant.value() + ", '" + username + "', 'x', '" + role + "', " + active + ") RETURNING tenant_id, id) "
                + "INSERT INTO staff_member (tenant_id, user_id, full_name, active) SELECT tenant_id, id, '" + name + "', "
                + active + " FROM u RETURNING id");
    }

    long procedureId(String code) {
        return sqlLong("SELECT id FROM procedure WHERE national_code = '" + code + "'");
    }

    static CounterForm form(int number, String name, List<String> fields, Map<DayOfWeek, Set<Long>> staff) {
        return new CounterForm(number, name, fields, List.of(), staff);
    }

    @Test
    void aDirectorAddsCountersWithFieldsAndStaffPerWeekdayAndTogglesOneClosedAllAudited() {
        Center c = center("Q-A");
        CenterChoices choices = counters.choices(c.director());
        assertEquals(Set.of(LAND, CIVIL), Set.copyOf(choices.fields()), "the fields of served procedures only, not the province's");
        assertEquals(3, choices.procedures().size());
        assertEquals(List.of("Nguyễn Thị An", "Trần Văn Bình"), choices.staff().stream().map(StaffChoice::fullName).toList());

        CounterView one = counters.create(c.director(), form(1, "Quầy hộ tịch", List.of(CIVIL),
                Map.of(DayOfWeek.MONDAY, Set.of(c.binh()), DayOfWeek.TUESDAY, Set.of(c.binh(), c.anna()))));
        CounterView two = counters.create(c.director(), new CounterForm(2, "Quầy đất đai", List.of(LAND, CIVIL),
                List.of(procedureId("1.004227")), Map.of(DayOfWeek.FRIDAY, Set.of(c.anna()))));
        assertEquals(List.of(1, 2), counters.list(c.clerk()).stream().map(CounterView::number).toList());
        assertEquals(List.of("Trần Văn Bình"), one.staff().get(DayOfWeek.MONDAY).stream().map(StaffChoice::fullName).toList());
        assertEquals(2, one.staff().get(DayOfWeek.TUESDAY).size());
        assertEquals(List.of("Đăng ký đất đai lần đầu"), two.procedures().stream().map(ProcedureChoice::name).toList());
        assertEquals(Set.of(LAND, CIVIL), Set.copyOf(two.fields()), "a field served by several counters");

        assertTrue(counters.setOpen(c.director(), one.id(), true).openNow());
        assertFalse(counters.setOpen(c.director(), one.id(), false).openNow());
        counters.remove(c.director(), two.id());
        assertEquals(List.of(1), counters.list(c.director()).stream().map(CounterView::number).toList());
        assertFalse(tx.read(c.id(), () -> counterRows.findByTenantIdAndId(c.id().value(), two.id())).orElseThrow().active(),
                "a removed counter stays, inactive");
        counters.create(c.director(), form(2, "Quầy mới số 2", List.of(LAND), Map.of()));

        assertEquals(3, audit.count(c.id(), AuditAction.COUNTER_CREATED));
        assertEquals(1, audit.count(c.id(), AuditAction.COUNTER_OPENED));
        assertEquals(1, audit.count(c.id(), AuditAction.COUNTER_CLOSED));
        assertEquals(1, audit.count(c.id(), AuditAction.COUNTER_REMOVED));
    }

    @Test
    void aCounterWithATakenNumberNoNameAnUnservedFieldOrStaffWhoLeftIsRefusedInVietnameseAndNothingChanges() {
        Center c = center("Q-B");
        Center other = center("Q-B2");
        counters.create(c.director(), form(1, "Quầy 1", List.of(CIVIL), Map.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> counters.create(c.director(),
                form(1, "  ", List.of("Xây dựng"), Map.of(DayOfWeek.MONDAY, Set.of(c.gone())))));
        assertEquals(List.of("Trung tâm đã có quầy số 1", "Nhập tên quầy",
                "Lĩnh vực \"Xây dựng\" không có thủ tục nào trung tâm tiếp nhận",
                "Chỉ phân công cán bộ đang làm việc tại trung tâm"), e.problems().stream().map(p -> p.message()).toList());
        assertThrows(InvalidInputException.class, () -> counters.create(c.director(),
                form(2, "Quầy 2", List.of(CIVIL), Map.of(DayOfWeek.MONDAY, Set.of(other.binh())))), "staff of another center");
        assertThrows(InvalidInputException.class, () -> counters.create(c.director(), form(0, "Quầy 0", List.of(CIVIL), Map.of())));
        assertThrows(InvalidInputException.class, () -> counters.create(c.director(), form(3, "Quầy 3", List.of(), Map.of())));
        assertEquals(1, tx.read(c.id(), () -> counterRows.countByTenantId(c.id().value())));
        assertEquals(1, audit.count(c.id(), AuditAction.COUNTER_CREATED));
        assertThrows(AccessDeniedException.class, () -> counters.create(c.clerk(), form(5, "Quầy 5", List.of(CIVIL), Map.of())));
        assertEquals(1, tx.read(c.id(), () -> counterRows.countByTenantId(c.id().value())));
    }

    @Test
    void twoDirectorsGivingTheSameNumberAtOnceLeaveOneCounterAndTellTheOtherTheNumberIsTaken() throws Exception {
        Center c = center("Q-R");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int number = 10; number < 15; number++) {
                int n = number;
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    int who = i;
                    results.add(pool.submit(() -> {
                        together.await();
                        try {
                            counters.create(c.director(), form(n, "Quầy " + n + " của người " + who, List.of(CIVIL), Map.of()));
                            return "created";
                        } catch (InvalidInputException e) {
                            return e.vietnamese();
                        }
                    }));
                }
                List<String> outcomes = new java.util.ArrayList<>();
                for (var r : results) {
                    outcomes.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertEquals(Set.of("Trung tâm đã có quầy số " + n, "created"), Set.copyOf(outcomes),
                        "number " + n);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, counters.list(c.director()).size());
    }

    @Test
    void anotherCenterCannotReadOrChangeCountersOrEquipmentByIdThroughTheServiceOrInTheDatabase() {
        Center a = center("Q-C");
        Center b = center("Q-D");
        CounterView counter = counters.create(a.director(), form(1, "Quầy 1", List.of(CIVIL), Map.of()));
        Equipment kiosk = equipment.add(a.director(), new EquipmentForm(EquipmentKind.TICKET_KIOSK, "Kiosk K1", "SN-1", null,
                counter.id(), EquipmentStatus.WORKING, null, null, null));
        assertThrows(NotFoundException.class, () -> counters.get(b.director(), counter.id()));
        assertThrows(NotFoundException.class, () -> counters.setOpen(b.director(), counter.id(), true));
        assertThrows(NotFoundException.class, () -> counters.remove(b.director(), counter.id()));
        assertThrows(NotFoundException.class, () -> counters.update(b.director(), counter.id(), form(9, "Của tôi", List.of(CIVIL), Map.of())));
        assertThrows(NotFoundException.class, () -> equipment.get(b.director(), kiosk.id()));
        assertThrows(NotFoundException.class, () -> equipment.remove(b.director(), kiosk.id()));
        assertThrows(InvalidInputException.class, () -> equipment.add(b.director(), new EquipmentForm(EquipmentKind.SCANNER,
                null, null, null, counter.id(), EquipmentStatus.WORKING, null, null, null)), "a counter of another center");
        assertEquals(List.of(), counters.list(b.director()));
        assertEquals(0, equipment.page(b.director(), EquipmentService.Filter.ALL, 0, 10, null, true).getTotalSize());
        // under B's row-level security, even asking for A's tenant id by name finds nothing
        assertTrue(tx.read(b.id(), () -> counterRows.findByTenantIdAndId(a.id().value(), counter.id())).isEmpty());
        assertTrue(tx.read(b.id(), () -> equipmentRows.findByTenantIdAndId(a.id().value(), kiosk.id())).isEmpty());
        assertEquals(0, tx.read(b.id(), () -> counterRows.countByTenantId(a.id().value())));
        CounterView still = counters.get(a.director(), counter.id());
        assertEquals("Quầy 1", still.name());
        assertFalse(still.openNow());
        assertEquals("Kiosk K1", equipment.get(a.clerk(), kiosk.id()).model());
    }

    @Test
    void equipmentIsFilteredSearchedWithoutDiacriticsExportedSafelyAndItsWarrantyEndingSoonIsSeen() {
        Center c = center("Q-E");
        LocalDate today = vn.motcua.core.context.BusinessTime.localDate(clock.instant());
        equipment.add(c.director(), new EquipmentForm(EquipmentKind.PRINTER, "Canon LBP", "P-1", "Bàn tiếp nhận số 1", null,
                EquipmentStatus.WORKING, today.minusYears(1), today.plusDays(10), "=HYPERLINK(\"x\")"));
        equipment.add(c.director(), new EquipmentForm(EquipmentKind.PRINTER, "HP LaserJet", "P-2", "Phòng lưu trữ", null,
                EquipmentStatus.BROKEN, null, today.plusDays(90), null));
        equipment.add(c.director(), new EquipmentForm(EquipmentKind.SCANNER, "Fujitsu", "S-1", "Kho", null,
                EquipmentStatus.IN_REPAIR, null, null, null));
        assertEquals(2, equipment.page(c.clerk(), new EquipmentService.Filter(EquipmentKind.PRINTER, null, null), 0, 10, null, true).getTotalSize());
        assertEquals(List.of("HP LaserJet"), equipment.page(c.clerk(), new EquipmentService.Filter(null, EquipmentStatus.BROKEN, null),
                0, 10, null, true).getContent().stream().map(Equipment::model).toList());
        assertEquals(List.of("Canon LBP"), equipment.page(c.clerk(), new EquipmentService.Filter(null, null, "ban tiep nhan"),
                0, 10, null, true).getContent().stream().map(Equipment::model).toList());
        assertEquals(List.of("HP LaserJet", "Canon LBP"), equipment.page(c.clerk(), new EquipmentService.Filter(EquipmentKind.PRINTER, null, null),
                0, 10, "warrantyUntil", false).getContent().stream().map(Equipment::model).toList());
        Equipment canon = equipment.page(c.clerk(), new EquipmentService.Filter(null, null, "canon"), 0, 1, null, true).getContent().get(0);
        assertTrue(canon.warrantyEndsWithin(today, EquipmentService.WARRANTY_WARNING_DAYS));
        String csv = new String(equipment.export(c.director(), new EquipmentService.Filter(EquipmentKind.PRINTER, null, null)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFLoại thiết bị,"), csv);
        assertTrue(csv.contains("'=HYPERLINK"), "a note like a formula is exported as text: " + csv);
        assertFalse(csv.contains("Fujitsu"), "only the filtered lines");
        assertEquals(1, audit.count(c.id(), AuditAction.EQUIPMENT_EXPORTED));
    }

    @Test
    void equipmentWithBadDatesATooLongModelOrADuplicateSerialIsRefusedAndNothingChanges() {
        Center c = center("Q-F");
        LocalDate today = vn.motcua.core.context.BusinessTime.localDate(clock.instant());
        equipment.add(c.director(), new EquipmentForm(EquipmentKind.CAMERA, "Hik", "C-1", null, null, EquipmentStatus.WORKING,
                null, null, null));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> equipment.add(c.director(), new EquipmentForm(
                EquipmentKind.CAMERA, "x".repeat(121), "C-1", null, null, null, today.plusDays(1), today, null)));
        assertEquals(Set.of("model", "serial", "status", "purchasedOn", "warrantyUntil"),
                Set.copyOf(e.problems().stream().map(p -> p.field()).toList()), e.vietnamese());
        assertEquals(1, tx.read(c.id(), () -> equipmentRows.countByTenantId(c.id().value())));
        assertEquals(1, audit.count(c.id(), AuditAction.EQUIPMENT_ADDED));
    }

    @Test
    void queueSettingsDefaultToTheProvincesOfficeHoursAndBadSettingsAreRefusedWithoutChangingTheSavedOnes() {
        Center c = center("Q-G");
        Center other = center("Q-H");
        QueueSettings defaults = queue.get(c.clerk());
        assertFalse(defaults.saved());
        assertEquals(LocalTime.of(7, 0), defaults.ticketFrom());
        assertEquals(LocalTime.of(17, 0), defaults.ticketUntil());
        assertEquals(EnumSet.allOf(PriorityGroup.class), defaults.priorityGroups());
        QueueSettings mine = new QueueSettings(LocalTime.of(7, 30), LocalTime.of(16, 30), true, 200,
                EnumSet.of(PriorityGroup.OLDER_PEOPLE, PriorityGroup.DISABLED), "Mời công dân số {so} đến quầy {quay}", false,
                Map.of(CIVIL, "A", LAND, "B"), true);
        QueueSettings saved = queue.save(c.director(), mine);
        assertTrue(saved.saved());
        assertEquals(Map.of(CIVIL, "A", LAND, "B"), saved.prefixes());
        assertEquals("Mời công dân số A012 đến quầy 3", saved.announce("A012", 3));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> queue.save(c.director(), new QueueSettings(
                LocalTime.of(17, 0), LocalTime.of(7, 0), true, 0, Set.of(), "Mời công dân", true, Map.of(CIVIL, "a1", LAND, "A"), true)));
        assertEquals(Set.of("Giờ kết thúc cấp số phải sau giờ bắt đầu",
                "Số phiếu tối đa mỗi ngày phải từ 1 đến 99999, hoặc để trống (không giới hạn)",
                "Câu thông báo phải có {so} (số thứ tự) và {quay} (số quầy)",
                "Tiền tố chỉ gồm 1 đến 3 chữ cái in hoa không dấu (A–Z)"),
                Set.copyOf(e.problems().stream().map(p -> p.message()).toList()));
        assertThrows(InvalidInputException.class, () -> queue.save(c.director(), mine.withPrefixes(List.of(
                new FieldPrefix(CIVIL, "A"), new FieldPrefix(LAND, "A")))));
        assertEquals(saved, queue.get(c.director()), "refused settings leave the saved ones");
        assertThrows(AccessDeniedException.class, () -> queue.save(c.clerk(), mine));
        assertFalse(queue.get(other.director()).saved(), "another center keeps its defaults");
        assertEquals(1, audit.count(c.id(), AuditAction.QUEUE_SETTINGS_SAVED));
    }

    private void sql(String statement) {
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute(statement);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long sqlLong(String query) {
        return province.unaudited(() -> {
            try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
