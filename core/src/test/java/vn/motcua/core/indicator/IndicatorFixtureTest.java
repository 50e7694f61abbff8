package vn.motcua.core.indicator;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierFee;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.dossier.IndicatorTallies;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.dossier.LateRisk;
import vn.motcua.core.dossier.ReturnMethod;
import vn.motcua.core.dossier.SatisfactionRatings;
import vn.motcua.core.dossier.Tally;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.testing.TestCenters;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.testing.Callers.as;

/**
 * A month (December 2026) of one center's dossiers, each with a known outcome, made through the real services
 * (intake, processing with pauses, an apology, a withdrawal, a stop, fees, ratings), and every indicator checked
 * against the hand calculation written next to it.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorFixtureTest implements IntegrationTestProperties {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Period DECEMBER = Period.month(YearMonth.of(2026, 12));
    /** Monday 21 December 2026, 10:00: when the report is read. */
    static final Instant NOW = at(21, 10, 0);

    @Inject
    IntakeService intake;
    @Inject
    DossierProcessing processing;
    @Inject
    SatisfactionRatings ratings;
    @Inject
    DossierStatusLookup lookup;
    @Inject
    IndicatorService indicators;
    @Inject
    IndicatorTallies tallies;
    @Inject
    MovableClock clock;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    TenantTransactions tx;

    TenantId a;
    TenantId b;
    TenantId home;
    final Actor clerk = new Actor(1L, "cb.ind1", null);
    final Actor director = new Actor(2L, "gd.ind", null);
    Dossier d1, d2, d3, d4, d5, d6, d7, d8, d9;
    int phone = 1000;

    static Instant at(int day, int h, int m) {
        return LocalDateTime.of(2026, 12, day, h, m).atZone(BusinessTime.ZONE).toInstant();
    }

    CallContext ctx(TenantId t, Actor who, Instant when) {
        clock.set(when);
        return as(t, who, clock);
    }

    Dossier receive(TenantId t, Instant when, Dossier.Channel channel) {
        String digits = String.valueOf(phone++);
        Applicant applicant = new Applicant.Individual("Nguyễn Thị Hằng", "025190000123", LocalDate.of(1990, 5, 17),
                "091234" + digits, "Xóm Đồng Bưởi, xã Tân Lạc");
        IntakeRequest request = new IntakeRequest("1.001193", 1, "Đăng ký khai sinh", LegalDeadline.workingDays(3), "25",
                "000.00.00.H56", channel, applicant, List.of(
                new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", PDF),
                new IntakeRequest.IncomingDocument("Giấy chứng sinh", "chung-sinh.pdf", PDF)));
        return intake.receive(ctx(t, clerk, when), request).dossier();
    }

    Dossier act(Dossier d, Actor who, Instant when, DossierCommand command) {
        return processing.apply(ctx(a, who, when), d.id(), d.version(), command);
    }

    /** Through steps 2, 3, 4 (the director approves) and resolved with the result, each hand-over a minute apart. */
    Dossier resolve(Dossier d, Instant when) {
        d = act(d, clerk, when.minusSeconds(240), new DossierCommand.HandOver(1, null));
        d = act(d, clerk, when.minusSeconds(180), new DossierCommand.HandOver(2, null));
        d = act(d, director, when.minusSeconds(120), new DossierCommand.HandOver(3, null));
        return processing.resolve(ctx(a, clerk, when), d.id(), d.version(), "ket-qua.pdf", PDF);
    }

    void rate(Dossier d, DossierRating.Level level, Instant when) {
        clock.set(when);
        String last4 = d.applicantPhone().substring(d.applicantPhone().length() - 4);
        ratings.rate(lookup.find(d.code(), last4, "192.0.2." + (phone % 200)).found().orElseThrow(), level, null);
    }

    @BeforeAll
    void aMonthOfDossiers() throws SQLException {
        a = TestCenters.create(province, dataSource, "IND-A");
        b = TestCenters.create(province, dataSource, "IND-B");
        home = TestCenters.createProvincial(province, dataSource, "IND-T");
        staff(a, "cb.ind1", "Trần Văn Bình");

        // D1 in person, Mon 7/12 09:00; resolved Tue 8/12 10:00 (due Thu 10/12): early; returned; cash 20 000; very satisfied
        d1 = receive(a, at(7, 9, 0), Dossier.Channel.IN_PERSON);
        processing.recordFee(ctx(a, clerk, at(7, 9, 5)), d1.id(), 20_000, DossierFee.Method.CASH, "BL-1");
        d1 = resolve(d1, at(8, 10, 0));
        d1 = act(d1, clerk, at(8, 10, 30), new DossierCommand.ReturnResult(new ReturnMethod.InPerson("Nguyễn Thị Hằng")));
        rate(d1, DossierRating.Level.VERY_SATISFIED, at(8, 10, 35));

        // D2 online, Mon 7/12 09:30 (due Thu 10/12 09:30); resolved Thu 10/12 09:00: on time, the due day; QR 10 000; not satisfied
        d2 = receive(a, at(7, 9, 30), Dossier.Channel.ONLINE);
        processing.recordFee(ctx(a, clerk, at(7, 9, 35)), d2.id(), 10_000, DossierFee.Method.QR, "BL-2");
        d2 = resolve(d2, at(10, 9, 0));
        rate(d2, DossierRating.Level.NOT_SATISFIED, at(10, 9, 30));

        // D3 Mon 7/12 10:00, supplement asked at 14:00 and brought Tue 8/12 09:00 (clock stopped), resolved Mon 14/12: late
        d3 = receive(a, at(7, 10, 0), Dossier.Channel.IN_PERSON);
        d3 = act(d3, clerk, at(7, 10, 5), new DossierCommand.HandOver(1, null));
        d3 = act(d3, clerk, at(7, 14, 0), new DossierCommand.RequestSupplement("Thiếu bản chính giấy chứng sinh"));
        d3 = act(d3, clerk, at(8, 9, 0), new DossierCommand.SupplementReceived());
        d3 = act(d3, clerk, at(14, 15, 50), new DossierCommand.HandOver(2, null));
        d3 = act(d3, director, at(14, 15, 55), new DossierCommand.HandOver(3, null));
        d3 = processing.resolve(ctx(a, clerk, at(14, 16, 0)), d3.id(), d3.version(), "ket-qua.pdf", PDF);

        // D4 Mon 7/12 10:30 (due Thu 10/12 10:30), apology Wed 9/12 with a new date, resolved Fri 11/12: late with apology;
        // transfer 5 000
        d4 = receive(a, at(7, 10, 30), Dossier.Channel.POSTAL);
        processing.recordFee(ctx(a, clerk, at(7, 10, 35)), d4.id(), 5_000, DossierFee.Method.TRANSFER, "BL-3");
        d4 = act(d4, director, at(9, 10, 0), new DossierCommand.RecordApology(at(11, 16, 0), "Chờ xác minh"));
        d4 = resolve(d4, at(11, 9, 0));

        // D5 Tue 8/12 09:00, withdrawn at 11:00: neither on time nor late
        d5 = receive(a, at(8, 9, 0), Dossier.Channel.IN_PERSON);
        d5 = act(d5, clerk, at(8, 11, 0), new DossierCommand.Withdraw("Công dân đổi ý"));

        // D6 Tue 8/12 09:30, stopped Wed 9/12 10:00 (due Fri 11/12): ended early, no result
        d6 = receive(a, at(8, 9, 30), Dossier.Channel.IN_PERSON);
        d6 = act(d6, director, at(9, 10, 0), new DossierCommand.Reject("Hồ sơ giả mạo"));

        // D7 online Mon 14/12 09:00, untouched: overdue now (due Thu 17/12)
        d7 = receive(a, at(14, 9, 0), Dossier.Channel.ONLINE);
        // D8 Mon 21/12 09:00, at step 2 since 09:10: open, in time, not at risk
        d8 = receive(a, at(21, 9, 0), Dossier.Channel.IN_PERSON);
        d8 = act(d8, clerk, at(21, 9, 10), new DossierCommand.HandOver(1, "cb.ind1"));
        // D9 Fri 18/12 09:00, left at reception until Mon 21/12 09:30, then step 2 (18 h) for Trần Văn Bình: at risk
        d9 = receive(a, at(18, 9, 0), Dossier.Channel.IN_PERSON);
        d9 = act(d9, clerk, at(21, 9, 30), new DossierCommand.HandOver(1, "cb.ind1"));

        // another center's dossier: in the province's figures, never in A's
        receive(b, at(7, 9, 0), Dossier.Channel.ONLINE);
        clock.set(NOW);
    }

    @Test
    void everyIndicatorOfTheMonthEqualsTheHandCalculation() {
        IndicatorService.CenterReport r = indicators.center(ctx(a, director, NOW), DECEMBER);
        Figures f = r.figures();
        assertEquals(9, f.received(), "D1–D9");
        assertEquals(2, f.get(Tally.RECEIVED_ONLINE), "D2, D7");
        assertEquals(9, f.get(Tally.WITH_PAPERS));
        assertEquals(18, f.get(Tally.PAPERS), "two scans each");
        assertEquals(0, f.get(Tally.REUSED_PAPERS));
        assertEquals(2, f.get(Tally.EARLY), "D1 resolved two days early, D6 stopped before its due day");
        assertEquals(1, f.get(Tally.ON_TIME), "D2 on its due day");
        assertEquals(1, f.get(Tally.LATE_APOLOGY), "D4");
        assertEquals(1, f.get(Tally.LATE), "D3, even with its supplement pause");
        assertEquals(5, f.ended());
        assertEquals(4, f.get(Tally.RESOLVED));
        assertEquals(1, f.get(Tally.STOPPED));
        assertEquals(4, f.get(Tally.RESULT_DIGITIZED));
        assertEquals(1, f.get(Tally.WITHDRAWN));
        assertEquals(1, f.get(Tally.APOLOGIES));
        assertEquals(3, f.get(Tally.FEES));
        assertEquals(2, f.get(Tally.FEES_CASHLESS));
        assertEquals(20_000, f.get(Tally.FEE_CASH_VND));
        assertEquals(10_000, f.get(Tally.FEE_QR_VND));
        assertEquals(5_000, f.get(Tally.FEE_TRANSFER_VND));
        assertEquals(1, f.get(Tally.RATING_VERY_SATISFIED));
        assertEquals(1, f.get(Tally.RATING_NOT_SATISFIED));
        assertEquals(3, f.openNow(), "D7, D8, D9");
        assertEquals(1, f.overdueNow(), "D7");

        Scorecard.Score s = r.score();
        assertEquals(0.6, rate(s, "Tỷ lệ hồ sơ giải quyết trước và đúng hạn"), 1e-9, "3 of 5 ended");
        assertEquals(12.0, s.group(Scorecard.Group.PROGRESS).earned(), 1e-9, "0.6 × 20 ÷ 100%");
        assertEquals(15.0, s.group(Scorecard.Group.DIGITIZATION).earned(), 1e-9, "8 (9/9 scanned) + 7 (4/4 results) + 0 (no reuse)");
        assertEquals(2.0 / 9 * 12 + 2.0 / 3 * 10, s.group(Scorecard.Group.ONLINE).earned(), 1e-9, "2/9 online, 2/3 cashless");
        assertEquals(3.0, s.group(Scorecard.Group.SATISFACTION).earned(), 1e-9, "(2 − 1) ÷ 2 × 6");
        assertEquals(0.0, s.group(Scorecard.Group.TRANSPARENCY).measurable(), "nothing of it can be measured here");
        assertEquals(70.0, s.measurable(), 1e-9);
        assertEquals(12 + 15 + 2.0 / 9 * 12 + 2.0 / 3 * 10 + 3, s.earned(), 1e-9);
        assertTrue(s.indicators().stream().filter(i -> !i.measured()).allMatch(i -> i.formula().startsWith("Chưa đo được")));
        assertEquals(0, r.previous().received(), "nothing in November");

        assertEquals(Set.of(d1.code(), d2.code(), d6.code()), codes(indicators.dossiers(ctx(a, director, NOW), DECEMBER,
                Scorecard.Measure.ON_TIME)), "the on-time figure drills down to D1, D2, D6");
        assertEquals(Set.of(d3.code(), d4.code()), codes(indicators.dossiers(ctx(a, director, NOW), DECEMBER, Scorecard.Measure.LATE)));
        assertEquals(Set.of(d7.code()), codes(indicators.dossiers(ctx(a, director, NOW), DECEMBER, Scorecard.Measure.OVERDUE_NOW)));
        assertEquals(9, indicators.dossiers(ctx(a, director, NOW), DECEMBER, Scorecard.Measure.RECEIVED).size());

        assertEquals(2, r.byChannel().stream().filter(c -> c.key().equals("ONLINE")).findFirst().orElseThrow().figures().received());
        assertEquals(9, r.byProcedure().get(0).figures().received());
        assertTrue(r.steps().stream().anyMatch(st -> st.step() == 2 && st.budgetMinutes() != null && st.budgetMinutes() == 18 * 60),
                "step 2 of the standard workflow has 18 working hours");

        IndicatorService.PeriodicRow p = indicators.centerExport(ctx(a, director, NOW), DECEMBER).periodic();
        assertEquals(0, p.carried());
        assertEquals(2, p.receivedOnline());
        assertEquals(7, p.receivedOther());
        assertEquals(5, p.ended());
        assertEquals(3, p.open(), "D7, D8, D9 still open at the end of the period");
    }

    @Test
    void theLateRiskListNamesTheStepAndItsHolderOfADossierThatCannotFinishInTime() {
        List<LateRisk.Item> risk = indicators.lateRisk(ctx(a, director, NOW));
        assertEquals(List.of(d9.code()), risk.stream().map(LateRisk.Item::code).toList(), "D9 only: D7 is overdue, D8 in time");
        LateRisk.Item item = risk.get(0);
        assertEquals(2, item.stepNumber());
        assertEquals("Thẩm định, xử lý hồ sơ", item.stepName());
        assertEquals("Trần Văn Bình", item.holder(), "by full name, not login");
        assertTrue(item.needed().compareTo(item.left()) > 0);
    }

    @Test
    void theTalliesRebuiltFromTheRawRowsEqualThoseKeptAsTheDossiersMoved() throws SQLException {
        List<String> kept = dump(a);
        assertFalse(kept.isEmpty());
        tallies.rebuildAll(a, LocalDate.of(2027, 1, 1));
        assertEquals(kept, dump(a), "same rows, same counts");
        tallies.rebuild(a, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9));
        assertEquals(kept, dump(a));
    }

    @Test
    void aPeriodReadFromTheMonthlySumsEqualsItsDaysSummedFromTheDailyTallies() {
        for (Period p : List.of(DECEMBER, Period.year(2026), Period.quarter(2026, 4),
                Period.custom(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 5)),
                Period.custom(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 18)),
                Period.custom(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 31)))) {
            Figures fromTallies = tx.read(a, () -> indicators.sums(a.value(), p));
            long received = tx.read(a, () -> count("SELECT coalesce(sum(received), 0) FROM indicator_day WHERE tenant_id = "
                    + a.value() + " AND day >= '" + p.from() + "' AND day < '" + p.until() + "'"));
            long ended = tx.read(a, () -> count("SELECT coalesce(sum(early + on_time + late + late_apology), 0) FROM indicator_day"
                    + " WHERE tenant_id = " + a.value() + " AND day >= '" + p.from() + "' AND day < '" + p.until() + "'"));
            assertEquals(received, fromTallies.received(), p.label());
            assertEquals(ended, fromTallies.ended(), p.label());
        }
        assertEquals(9, tx.read(a, () -> indicators.sums(a.value(), Period.year(2026))).received(), "December counted once");
        assertEquals(0, tx.read(a, () -> indicators.sums(a.value(), Period.custom(LocalDate.of(2026, 12, 22),
                LocalDate.of(2026, 12, 31)))).received(), "none received after the 21st");
    }

    @Test
    void theProvinceSumsEveryCenterAndOnlyProvincialItMayReadIt() {
        CallContext it = vn.motcua.core.testing.Callers.provincialIt(home, clock);
        IndicatorService.ProvinceReport p = indicators.province(it, DECEMBER);
        IndicatorService.CenterRow rowA = p.centers().stream().filter(c -> c.tenantId() == a.value()).findFirst().orElseThrow();
        IndicatorService.CenterRow rowB = p.centers().stream().filter(c -> c.tenantId() == b.value()).findFirst().orElseThrow();
        assertEquals(9, rowA.figures().received());
        assertEquals(1, rowB.figures().received());
        assertTrue(p.total().received() >= 10);
        assertEquals(indicators.centerOfProvince(it, a.value(), DECEMBER).figures(), indicators.center(ctx(a, director, NOW), DECEMBER).figures());

        assertThrows(AccessDeniedException.class, () -> indicators.province(ctx(a, director, NOW), DECEMBER), "a director");
        assertThrows(AccessDeniedException.class, () -> indicators.centerOfProvince(ctx(a, director, NOW), b.value(), DECEMBER));
        assertThrows(AccessDeniedException.class, () -> indicators.center(ctx(a, clerk, NOW), DECEMBER), "a clerk");
        assertEquals(0, indicators.center(ctx(b, new Actor(9L, "gd.indb", null), NOW), DECEMBER).figures().get(Tally.FEES),
                "B's director reads B's figures only");
    }

    @Test
    void theTenantRoleBoundToAnotherCenterSeesNoneOfTheTallies() {
        long seen = tx.read(b, () -> count("SELECT count(*) FROM indicator_day WHERE tenant_id = " + a.value())
                + count("SELECT count(*) FROM indicator_day_detail WHERE tenant_id = " + a.value()));
        assertEquals(0, seen);
        long own = tx.read(a, () -> count("SELECT count(*) FROM indicator_day WHERE tenant_id = " + a.value()));
        assertTrue(own > 0, "the same query bound to A finds A's days");
    }

    @Test
    void theWorkbookHasRealNumberAndDateCellsAndThePeriodicColumns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorWorkbook.center(indicators.centerExport(ctx(a, director, NOW), DECEMBER), out);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            org.dhatim.fastexcel.reader.Sheet periodic = wb.findSheet("Báo cáo định kỳ").orElseThrow();
            java.util.Map<Integer, org.dhatim.fastexcel.reader.Row> rows = periodic.read().stream()
                    .collect(Collectors.toMap(org.dhatim.fastexcel.reader.Row::getRowNum, row -> row));
            assertEquals(IndicatorWorkbook.PERIODIC_HEADERS, rows.get(4).stream().map(c -> c.getRawValue()).toList());
            org.dhatim.fastexcel.reader.Row line = rows.get(5);
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, line.getCell(2).getType());
            assertEquals(9, line.getCell(2).asNumber().intValue(), "total to handle: 0 carried + 9 received");
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, rows.get(2).getCell(1).getType(), "the period's first day is a date cell");
            assertEquals(LocalDate.of(2026, 12, 1), rows.get(2).getCell(1).asDate().toLocalDate());
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double rate(Scorecard.Score s, String name) {
        return s.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().rate().orElseThrow();
    }

    private static Set<String> codes(List<Dossier> dossiers) {
        return dossiers.stream().map(Dossier::code).collect(Collectors.toSet());
    }

    private List<String> dump(TenantId t) {
        return tx.read(t, () -> {
            List<String> lines = new ArrayList<>();
            for (String sql : List.of("SELECT * FROM indicator_day WHERE tenant_id = " + t.value() + " ORDER BY day",
                    "SELECT * FROM indicator_day_detail WHERE tenant_id = " + t.value() + " ORDER BY day, procedure_code, channel",
                    "SELECT * FROM indicator_month WHERE tenant_id = " + t.value() + " ORDER BY month",
                    "SELECT * FROM indicator_month_detail WHERE tenant_id = " + t.value() + " ORDER BY month, procedure_code, channel",
                    "SELECT * FROM indicator_step_day WHERE tenant_id = " + t.value() + " ORDER BY day, procedure_code, step")) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            line.append(rs.getString(i)).append('|');
                        }
                        lines.add(line.toString());
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return lines;
        });
    }

    private void staff(TenantId t, String username, String fullName) {
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("WITH u AS (INSERT INTO app_user (tenant_id, username, password_hash, role) VALUES (" + t.value()
                        + ", '" + username + "', 'x', 'CLERK') RETURNING id) INSERT INTO staff_member (tenant_id, user_id, full_name) "
                        + "SELECT " + t.value() + ", id, '" + fullName + "' FROM u");
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
