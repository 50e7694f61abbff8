package vn.motcua.core.dossier;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.model.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.Actor;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.testing.TestCenters;
import vn.motcua.core.text.SearchKey;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.dossier.IntakeServiceTest.PDF;
import static vn.motcua.core.testing.Callers.as;

/**
 * Tra cứu hồ sơ on the word index of migration 011: names without diacritics, parts of codes, phones, a typo
 * through the fallback, never another center's dossier, and a plan that reads the index rather than the center.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierSearchTest implements IntegrationTestProperties {
    static final Actor READER = new Actor(99L, "cb.reader", null);
    /** Dossiers generated in the big center: enough for the planner to choose between the index and a scan. */
    static final int GENERATED = 20_000;

    @Inject
    IntakeService intake;
    @Inject
    DossierInbox inbox;
    @Inject
    MovableClock clock;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    DatabaseBootstrap bootstrap;
    @Inject
    TenantTransactions tx;
    @Inject
    DossierRepository repository;

    TenantId a;
    TenantId b;
    TenantId big;
    Dossier an;
    Dossier lan;
    Dossier anOfB;

    @BeforeAll
    void receiveInTwoCentersAndGenerateABigOne() throws SQLException {
        clock.set(DossierProcessingTest.MONDAY_9);
        a = TestCenters.create(province, dataSource, "SR-A");
        b = TestCenters.create(province, dataSource, "SR-B");
        big = TestCenters.create(province, dataSource, "SR-BIG");
        an = receive(a, person("Nguyễn Văn An", "0912345678"));
        lan = receive(a, person("Trần Thị Lan", "0987654321"));
        receive(a, person("Nguyễn Thị Hằng", "0911002468"));
        anOfB = receive(b, person("Nguyễn Văn An", "0912345678"));
        generate(big, an.id(), GENERATED);
    }

    Dossier receive(TenantId tenant, Applicant applicant) {
        return intake.receive(as(tenant, new Actor(1L, "cb1.sr", tenant), clock), IntakeServiceTest.request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", PDF)), applicant)).dossier();
    }

    static Applicant person(String name, String phone) {
        return new Applicant.Individual(name, "025190000123", LocalDate.of(1990, 5, 17), phone, "Xóm Đồng Bưởi, xã Tân Lạc");
    }

    Page<Dossier> search(TenantId tenant, String query) {
        return inbox.search(as(tenant, READER, clock), null, query, 0, 20, null);
    }

    static List<String> codes(Page<Dossier> page) {
        return page.getContent().stream().map(Dossier::code).toList();
    }

    @Test
    void aNameTypedWithoutDiacriticsInAnyOrderFindsItsDossier() {
        assertEquals(List.of(an.code()), codes(search(a, "nguyen van an")));
        assertEquals(List.of(an.code()), codes(search(a, "An Nguyễn")));
        assertEquals(List.of(lan.code()), codes(search(a, "tran lan")));
        // every word must begin a word of the dossier: "van" is in An's name, not in Lan's
        assertEquals(List.of(an.code()), codes(search(a, "van")));
    }

    @Test
    void aCodeWholeOrInPartsAndAPhoneFindTheirDossier() {
        String code = an.code();
        assertEquals(List.of(code), codes(search(a, code)));
        assertEquals(List.of(code), codes(search(a, code.substring(code.indexOf('-') + 1))));
        assertEquals(List.of(code), codes(search(a, code.substring(code.lastIndexOf('-') + 1))));
        assertEquals(List.of(lan.code()), codes(search(a, "0987654321")));
        assertEquals(List.of(lan.code()), codes(search(a, "098765")));
    }

    @Test
    void aTypoFindsTheDossierThroughTheNearestWordsMostSimilarFirst() {
        Page<Dossier> missingLetter = search(a, "nguyen vn an");
        assertFalse(missingLetter.getContent().isEmpty());
        assertEquals(an.code(), missingLetter.getContent().get(0).code());
        Page<Dossier> swapped = search(a, "nguyne van an");
        assertEquals(an.code(), swapped.getContent().get(0).code());
        assertEquals(List.of(lan.code()), codes(search(a, "tran thi lna")).subList(0, 1));
        assertTrue(search(a, "zzqx").getContent().isEmpty());
    }

    @Test
    void anotherCentersDossierIsNeverFoundByNameCodeOrPhone() {
        assertEquals(List.of(anOfB.code()), codes(search(b, "nguyen van an")));
        assertEquals(0, search(b, "tran thi lan").getTotalSize());
        assertEquals(0, search(b, "tran thi lna").getTotalSize());
        assertEquals(0, search(b, "0987654321").getTotalSize());
        // the test centers share one agency code: the same code in B is B's own dossier, never A's
        assertTrue(search(b, an.code()).getContent().stream().noneMatch(d -> d.id().equals(an.id())));
        assertTrue(search(big, "tran thi lan").getContent().stream().noneMatch(d -> d.code().equals(lan.code())));
    }

    @Test
    void aCommonWordCountsUpToTheLimitAndStillPagesNewestFirst() {
        Page<Dossier> all = search(big, "khai sinh");
        assertTrue(DossierInbox.isCapped(all.getTotalSize()), "total " + all.getTotalSize());
        assertEquals(20, all.getContent().size());
        List<Dossier> rows = all.getContent();
        for (int i = 1; i < rows.size(); i++) {
            assertFalse(rows.get(i).receivedAt().isAfter(rows.get(i - 1).receivedAt()));
        }
        Page<Dossier> second = inbox.search(as(big, READER, clock), null, "khai sinh", 1, 20, null);
        assertTrue(second.getContent().get(0).receivedAt().compareTo(rows.get(19).receivedAt()) <= 0);
        Page<Dossier> none = search(big, "");
        assertTrue(DossierInbox.isCapped(none.getTotalSize()));
        assertEquals(3, search(a, "").getTotalSize());
    }

    @Test
    void aRareNameIsPlannedOnTheWordIndexNotOnTheCentersRows() throws SQLException {
        String plan = explain(big, "ngo gia duyen");
        assertTrue(plan.contains("dossier_search_words"), plan);
        assertFalse(plan.contains("dossier_tenant_received_search"), plan);
    }

    @Test
    void aSingleWordIsCountedFromTheWordIndexAloneWithTheCenterAsOneOfItsKeys() {
        for (String word : List.of("nguyen", "0008")) {
            String plan = explain(big, word);
            // one index scan, row-level security's center condition inside it (migration 029), no bitmap of the center
            // from another index ANDed to it
            assertTrue(plan.matches("(?s).*Bitmap Index Scan on dossier_search_words[^\\n]*\\n\\s+Index Cond: \\(\\(tenant_id = .*"), plan);
            assertFalse(plan.contains("BitmapAnd"), plan);
            assertFalse(plan.contains("dossier_pkey"), plan);
        }
    }

    @Test
    void aWordIsAskedAsTheKnownWordsItBeginsExactlyAndANumberOrAWordOfTooManyAsAPrefix() {
        TenantId t = new TenantId(7);
        List<String> known = List.of("hoa", "hoai", "hoang", "nguyen", "h25");
        assertEquals(Optional.of("(t7xhoa | t7xhoai | t7xhoang) & (t7x0912:*)"),
                DossierInbox.tsquery(t, List.of(List.of("hoa"), List.of("0912")), known));
        assertEquals(Optional.of("(t7xnguyen | t7xhoa | t7xhoai | t7xhoang)"),
                DossierInbox.tsquery(t, List.of(List.of("nguyne", "nguyen", "hoa")), known));
        // a word that begins no known word matches nothing: no statement is needed
        assertEquals(Optional.empty(), DossierInbox.tsquery(t, List.of(List.of("nguyen"), List.of("zzqx")), known));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= DossierInbox.MAX_KNOWN; i++) {
            many.add("ha" + (char) ('a' + i % 26) + i);
        }
        assertEquals(Optional.of("(t7xha:*)"), DossierInbox.tsquery(t, List.of(List.of("ha")), many));
        String cut = "x".repeat(DossierInbox.KNOWN_LENGTH);
        assertEquals(Optional.of("(t7x" + cut + ":*)"), DossierInbox.tsquery(t, List.of(List.of("xx")), List.of(cut)));
        assertEquals("hoa%|h25%", DossierInbox.knownPrefixes(List.of(List.of("hoa", "0912"), List.of("h25", "hoa"))));
    }

    @Test
    void theVocabularyHoldsEveryIndexedWordThatIsNotANumberSoOneLetterNamesAndTheCodesMixedWordsAreFound() throws SQLException {
        TenantId c = TestCenters.create(province, dataSource, "SR-VOC");
        Dossier y = receive(c, person("Lò Thị Ý", "0977000111"));
        Dossier an = receive(c, person("Nguyễn Văn An", "0977000222"));
        assertEquals(List.of(y.code()), codes(search(c, "lo thi y")));
        // the agency code's mixed word (000.00.00.H56-...): a word of the code, not of any name
        String mixed = SearchKey.indexWords(y.code()).stream().filter(w -> w.chars().anyMatch(Character::isLetter))
                .findFirst().orElseThrow();
        assertEquals(2, search(c, mixed).getTotalSize(), y.code());
        assertEquals(List.of(an.code()), codes(search(c, mixed.substring(0, 2) + " nguyen")));
        assertEquals(List.of(y.code()), codes(search(c, mixed + " 0977000111")));
        try (Connection owner = bootstrap.ownerConnection(); Statement st = owner.createStatement();
             ResultSet rs = st.executeQuery("SELECT string_agg(w, ' ' ORDER BY w) FROM motcua_dossier_vocabulary('tam 000123 261130 "
                     + "0001 lo thi y h25 " + "k".repeat(70) + "', '0912 345') w")) {
            assertTrue(rs.next());
            assertEquals("h25 " + "k".repeat(60) + " lo tam thi y", rs.getString(1));
        }
    }

    /** EXPLAIN of the count the search runs first, as the application role in the center. */
    String explain(TenantId tenant, String query) {
        List<String> words = SearchKey.indexWords(query);
        List<List<String>> typed = words.stream().map(List::of).toList();
        String prefixes = DossierInbox.knownPrefixes(typed);
        List<String> known = prefixes.isEmpty() ? List.of() : tx.read(tenant, () -> repository.knownWords(tenant.value(), prefixes));
        // the words are letters and digits only: safe as literals here
        String sql = "EXPLAIN " + DossierRepository.COUNT_SEARCH.replace(":tenantId", String.valueOf(tenant.value()))
                .replace(":status", "NULL").replace(":patterns", "'" + DossierInbox.patterns(words) + "'")
                .replace(":words", "'" + DossierInbox.tsquery(tenant, typed, known).orElseThrow() + "'")
                .replace(":cap", String.valueOf(DossierInbox.SEARCH_COUNT_LIMIT + 1));
        return tx.read(tenant, () -> {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(sql)) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
                return out.toString();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * {@code count} copies of a received dossier in {@code tenant}, one every ~2 hours back in time, with the names
     * and procedures of a commune, then ANALYZE: the size at which a plan choice means something.
     */
    void generate(TenantId tenant, long templateId, int count) throws SQLException {
        String[] family = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Ngô"};
        String[] middle = {"Văn", "Thị", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Gia"};
        String[] given = {"Hùng", "Hằng", "Lan", "Hương", "Nam", "Tuấn", "Dũng", "Hải", "Hà", "Linh", "Mai", "Duyên"};
        String[] procedures = {"Đăng ký khai sinh", "Đăng ký khai sinh", "Đăng ký kết hôn", "Chứng thực chữ ký"};
        province.unaudited(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO dossier (tenant_id, code, procedure_code, procedure_version, procedure_name, workflow_version,
                                         steps_json, channel, applicant_name, applicant_id, applicant_phone, applicant_json,
                                         status, current_step, received_at, due_at, received_by, province_code,
                                         deadline_unit, deadline_amount, state_json, assignee, step_role, version)
                    SELECT ?, 'SR-' || g, t.procedure_code, t.procedure_version, (?::text[])[g % 4 + 1], t.workflow_version,
                           t.steps_json, t.channel,
                           (?::text[])[g % 11 + 1] || ' ' || (?::text[])[(g / 11) % 9 + 1] || ' ' || (?::text[])[(g / 99) % 12 + 1],
                           t.applicant_id, '09' || lpad((g * 7919 % 100000000)::text, 8, '0'), t.applicant_json,
                           'RETURNED', NULL, t.received_at - g * interval '2 hours', t.due_at, t.received_by, t.province_code,
                           t.deadline_unit, t.deadline_amount, t.state_json, NULL, NULL, 0
                      FROM generate_series(1, ?) g, dossier t
                     WHERE t.tenant_id = ? AND t.id = ?""")) {
                ps.setLong(1, tenant.value());
                ps.setArray(2, c.createArrayOf("text", procedures));
                ps.setArray(3, c.createArrayOf("text", family));
                ps.setArray(4, c.createArrayOf("text", middle));
                ps.setArray(5, c.createArrayOf("text", given));
                ps.setInt(6, count);
                ps.setLong(7, a.value());
                ps.setLong(8, templateId);
                assertEquals(count, ps.executeUpdate());
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection owner = bootstrap.ownerConnection(); Statement st = owner.createStatement()) {
            st.execute("ANALYZE dossier");
        }
    }
}
