package vn.motcua.core.dossier;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.validation.InvalidInputException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.dossier.IntakeServiceTest.PDF;
import static vn.motcua.core.testing.Callers.as;

/**
 * The public pages' one proof of "my dossier", against real PostgreSQL: the receipt's secret opens the status and
 * the rating; the phone-digits fallback is throttled per address and per dossier before any look-up, audited once
 * per success and once per blocked burst; and a secret opens its own dossier only.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierStatusLookupTest implements IntegrationTestProperties {
    static final Instant MONDAY_9 = LocalDateTime.of(2026, 11, 30, 9, 0).atZone(BusinessTime.ZONE).toInstant();

    @Inject
    IntakeService intake;
    @Inject
    DossierProcessing processing;
    @Inject
    DossierStatusLookup lookup;
    @Inject
    SatisfactionRatings ratings;
    @Inject
    AuditLog audit;
    @Inject
    MovableClock clock;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;

    /**
     * Each test receives on a day of its own, so its dossiers' codes (agency, day, number) are its own: the test centers
     * share one agency code, and the throttle remembers codes for the whole class.
     */
    Instant day = MONDAY_9;

    void startOn(int daysAfterMonday) {
        day = MONDAY_9.plus(Duration.ofDays(daysAfterMonday));
        clock.set(day);
    }

    TenantId center(String code) {
        return vn.motcua.core.testing.TestCenters.create(province, dataSource, code);
    }

    Dossier receive(TenantId tenant, String phone) {
        clock.set(day);
        return intake.receive(as(tenant, new Actor(1L, "cb.lk", tenant), clock), IntakeServiceTest.request(List.of(
                new IntakeRequest.IncomingDocument("Tờ khai đăng ký khai sinh", "to-khai.pdf", PDF)),
                new Applicant.Individual("Nguyễn Thị Hằng", "025190000123", LocalDate.of(1990, 5, 17), phone,
                        "Xóm Đồng Bưởi, xã Tân Lạc"))).dossier();
    }

    /** The dossier taken through its steps to a result (the clock ends on Monday afternoon). */
    Dossier resolved(TenantId tenant, Dossier d) {
        Actor clerk = new Actor(1L, "cb.lk", tenant);
        Actor director = new Actor(2L, "gd.lk", tenant);
        d = act(tenant, clerk, d, 10, new DossierCommand.HandOver(1, null));
        d = act(tenant, director, d, 11, new DossierCommand.HandOver(2, null));
        d = act(tenant, director, d, 13, new DossierCommand.HandOver(3, "cb.lk"));
        clock.set(day.plus(Duration.ofHours(6)));
        return processing.resolve(as(tenant, clerk, clock), d.id(), d.version(), "ket-qua.pdf", PDF);
    }

    Dossier act(TenantId tenant, Actor who, Dossier d, int hour, DossierCommand command) {
        clock.set(day.plus(Duration.ofHours(hour - 9)));
        return processing.apply(as(tenant, who, clock), d.id(), d.version(), command);
    }

    @Test
    void theReceiptsSecretOpensTheStatusAndTheRatingAndAWrongSecretDoesNot() {
        startOn(0);
        TenantId a = center("LK-S");
        Dossier d = resolved(a, receive(a, "0911001357"));
        assertEquals(LookupSecret.LENGTH, d.lookupSecret().length());
        // as printed (groups), typed in lower case, with an O for a 0: still the secret
        String typed = (d.lookupSecret().substring(0, 4) + "-" + d.lookupSecret().substring(4)).toLowerCase(Locale.ROOT)
                .replace('0', 'o');
        DossierStatusLookup.Answer answer = lookup.find(d.code(), typed, "198.51.100.1");
        DossierStatusLookup.Proven proven = answer.found().orElseThrow();
        assertTrue(proven.bySecret());
        assertEquals(DossierStatus.RESOLVED, proven.status().status());
        assertTrue(proven.status().ratable(), "a result and no rating yet");

        String wrong = (d.lookupSecret().charAt(0) == 'A' ? "B" : "A") + d.lookupSecret().substring(1);
        assertTrue(lookup.find(d.code(), wrong, "198.51.100.2").found().isEmpty());
        assertTrue(lookup.find(d.code(), "not-a-secret", "198.51.100.2").found().isEmpty());

        ratings.rate(proven, DossierRating.Level.SATISFIED, "Nhanh");
        assertEquals(1, audit.count(a, AuditAction.DOSSIER_RATED));
        assertThrows(InvalidInputException.class, () -> ratings.rate(proven, DossierRating.Level.NOT_SATISFIED, null),
                "one rating per dossier");
        assertFalse(lookup.find(d.code(), d.lookupSecret(), "198.51.100.1").status().orElseThrow().ratable());
        assertEquals(0, audit.count(a, AuditAction.DOSSIER_LOOKUP_BY_PHONE), "the secret path writes no row per look-up");
    }

    @Test
    void aDossierWithoutAResultCannotBeRatedEvenWithItsSecret() {
        startOn(1);
        TenantId a = center("LK-N");
        Dossier d = receive(a, "0911002468");
        DossierStatusLookup.Proven proven = lookup.find(d.code(), d.lookupSecret(), "198.51.100.3").found().orElseThrow();
        assertFalse(proven.status().ratable());
        assertThrows(InvalidInputException.class, () -> ratings.rate(proven, DossierRating.Level.SATISFIED, null));
    }

    @Test
    void theFallbackWorksThenWrongDigitsFromOneAddressAreRefusedWithoutALookUpWhileAnotherAddressWorksUntilTheDossiersCap() {
        startOn(2);
        TenantId a = center("LK-F");
        Dossier d = receive(a, "0912 34 5678");
        clock.set(day.plus(Duration.ofHours(3)));
        String attacker = "203.0.113.7";

        DossierStatusLookup.Answer ok = lookup.find(d.code(), "5678", attacker);
        assertFalse(ok.found().orElseThrow().bySecret());
        assertEquals(1, audit.count(a, AuditAction.DOSSIER_LOOKUP_BY_PHONE), "the fallback's success is audited");
        assertTrue(audit.page(a, 0, 10).getContent().get(0).detail().contains(attacker));

        for (int i = 0; i < DossierStatusLookup.BY_ADDRESS.freeFailures(); i++) {
            DossierStatusLookup.Answer wrong = lookup.find(d.code(), String.format("%04d", i), attacker);
            assertTrue(wrong.found().isEmpty() && !wrong.throttled(), "free failure " + i);
        }
        assertFalse(lookup.find(d.code(), "1111", attacker).throttled(), "the failure that starts the delay is answered");
        DossierStatusLookup.Answer refused = lookup.find(d.code(), "5678", attacker);
        assertTrue(refused.throttled() && refused.found().isEmpty(), "the right digits are refused during the delay");
        assertEquals(2, refused.retryAfterSeconds());
        assertEquals(1, audit.count(a, AuditAction.DOSSIER_LOOKUP_BY_PHONE), "no look-up happened, so no success");
        assertTrue(lookup.find(d.code(), d.lookupSecret(), attacker).throttled(), "nothing is tried from that address");
        assertEquals(1, audit.count(a, AuditAction.DOSSIER_LOOKUP_BLOCKED), "the address's burst, once");

        // another address still gets in, and guesses from many addresses stop at the dossier's cap
        assertTrue(lookup.find(d.code(), "5678", "203.0.113.8").found().isPresent());
        int failed = DossierStatusLookup.BY_ADDRESS.freeFailures() + 1;
        for (int i = 0; failed < DossierStatusLookup.BY_CODE.freeFailures(); i++, failed++) {
            assertTrue(lookup.find(d.code(), "0000", "203.0.113." + (20 + i)).found().isEmpty());
        }
        assertFalse(lookup.find(d.code(), "0001", "203.0.113.60").throttled(), "the failure that reaches the cap");
        DossierStatusLookup.Answer capped = lookup.find(d.code(), "5678", "203.0.113.61");
        assertTrue(capped.throttled() && capped.found().isEmpty(), "a fresh address with the right digits waits too");
        assertEquals(Duration.ofHours(1), capped.retryAfter());
        assertEquals(2, audit.count(a, AuditAction.DOSSIER_LOOKUP_BLOCKED), "and the dossier's burst, once");
        assertTrue(lookup.find(d.code(), d.lookupSecret(), "203.0.113.61").found().isPresent(),
                "the receipt's secret is not held up by the guessing");

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertTrue(lookup.find(d.code(), "5678", "203.0.113.61").found().isPresent(), "after the delay it works again");
    }

    @Test
    void aHundredFailuresWriteAtMostAFewAuditRowsAndFailuresOnAnUnknownCodeGoToTheProvincesLog() {
        startOn(3);
        TenantId a = center("LK-H");
        TenantId provinceCenter = provincialCenter("LK-T");
        Dossier d = receive(a, "0913000111");
        clock.set(day.plus(Duration.ofHours(3)));
        for (int i = 0; i < 100; i++) {
            lookup.find(d.code(), "9999", "192.0.2.200");
        }
        for (int i = 0; i < 100; i++) {
            lookup.find(d.code(), "9999", "192.0.2." + i);
        }
        long rows = audit.count(a, AuditAction.DOSSIER_LOOKUP_BLOCKED);
        assertTrue(rows >= 1 && rows <= 3, rows + " rows for 200 wrong attempts");
        assertEquals(0, audit.count(a, AuditAction.DOSSIER_LOOKUP_BY_PHONE));

        long before = audit.count(provinceCenter, AuditAction.DOSSIER_LOOKUP_BLOCKED);
        for (int i = 0; i < 100; i++) {
            assertTrue(lookup.find("KHONG-CO-" + (i % 3), "1234", "192.0.2." + (100 + i % 50)).found().isEmpty());
        }
        long unknown = audit.count(provinceCenter, AuditAction.DOSSIER_LOOKUP_BLOCKED) - before;
        assertTrue(unknown >= 1 && unknown <= 6, unknown + " rows for 100 guesses on three unknown codes");
    }

    @Test
    void aSecretOpensOnlyItsOwnDossierEvenWhenAnotherCentersDossierBearsTheSameCode() {
        startOn(4);
        TenantId a = center("LK-A");
        TenantId b = center("LK-B");
        Dossier mine = receive(a, "0914000222");
        Dossier theirs = receive(b, "0914000333");
        // the test centers share one agency code: both are the first of the day under the same code
        assertEquals(mine.code(), theirs.code());
        DossierStatusLookup.Proven a1 = lookup.find(mine.code(), mine.lookupSecret(), "198.51.100.40").found().orElseThrow();
        DossierStatusLookup.Proven b1 = lookup.find(theirs.code(), theirs.lookupSecret(), "198.51.100.40").found().orElseThrow();
        assertEquals(a.value(), a1.tenantId());
        assertEquals(mine.id(), a1.dossierId());
        assertEquals(b.value(), b1.tenantId());
        assertEquals(theirs.id(), b1.dossierId());

        Dossier other = receive(a, "0914000444");
        assertNotEquals(other.code(), mine.code());
        assertTrue(lookup.find(other.code(), mine.lookupSecret(), "198.51.100.41").found().isEmpty(),
                "a secret is no key to another dossier");
    }

    @Test
    void everyDossierGetsItsOwnSecretAndARowWrittenBySqlAloneGetsOneFromTheColumnsDefault() throws SQLException {
        startOn(7);
        TenantId a = center("LK-D");
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            secrets.add(receive(a, "091500055" + i).lookupSecret());
        }
        assertEquals(3, secrets.size());
        List<String> fromSql = province.unaudited(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("INSERT INTO dossier (tenant_id, code, procedure_code, procedure_name, "
                        + "workflow_version, steps_json, channel, applicant_name, applicant_json, status, received_at, due_at) "
                        + "SELECT " + a.value() + ", 'SQL-' || g, '1.000001', 'Thủ tục thử', 0, '[]', 'IN_PERSON', 'Người nộp', "
                        + "'{}', 'RECEIVED', now(), now() FROM generate_series(1, 50) g");
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT lookup_secret FROM dossier WHERE tenant_id = " + a.value() + " AND code LIKE 'SQL-%'")) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(50, fromSql.size());
        assertEquals(50, new HashSet<>(fromSql).size(), "each row its own secret");
        fromSql.forEach(s -> assertEquals(s, LookupSecret.read(s).orElseThrow(), "13 characters of Crockford base32"));
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64SoRotatingAddressesInsideItBuysNoFreshGuesses() {
        assertEquals(DossierStatusLookup.addressKey("2001:db8:1:2:aaaa::1"), DossierStatusLookup.addressKey("2001:db8:1:2:bbbb:1:2:3"));
        assertNotEquals(DossierStatusLookup.addressKey("2001:db8:1:2::1"), DossierStatusLookup.addressKey("2001:db8:1:3::1"));
        assertEquals("address:203.0.113.9", DossierStatusLookup.addressKey("203.0.113.9"));
        assertEquals("address:203.0.113.9", DossierStatusLookup.addressKey("::ffff:203.0.113.9"));

        startOn(8);
        TenantId a = center("LK-6");
        Dossier d = receive(a, "0916000666");
        for (int i = 0; i <= DossierStatusLookup.BY_ADDRESS.freeFailures(); i++) {
            assertFalse(lookup.find(d.code(), "0000", "2001:db8:6:6::" + Integer.toHexString(i + 1)).throttled());
        }
        assertTrue(lookup.find(d.code(), "0666", "2001:db8:6:6:ffff::9").throttled(), "another address of the same /64");
        assertTrue(lookup.find(d.code(), "0666", "2001:db8:6:7::1").found().isPresent(), "the next /64 is someone else");
    }

    @Test
    void aSecretIsReadLeniently() {
        String s = LookupSecret.generate();
        assertEquals(13, s.length());
        assertTrue(s.chars().allMatch(c -> LookupSecret.ALPHABET.indexOf(c) >= 0), s);
        assertNotEquals(s, LookupSecret.generate());
        assertEquals("0123456789ABC", LookupSecret.read(" o123-4567-89abc ").orElseThrow());
        assertEquals("1111ABCDEFGHJ", LookupSecret.read("IiLl-ABCD-EFGHJ").orElseThrow());
        assertTrue(LookupSecret.read("0123-4567-89AB").isEmpty(), "too short");
        assertTrue(LookupSecret.read("0123-4567-89ABCD").isEmpty(), "too long");
        assertTrue(LookupSecret.read("0123-4567-89ABU").isEmpty(), "U is not in the alphabet");
    }

    private TenantId provincialCenter(String code) {
        return vn.motcua.core.testing.TestCenters.createProvincial(province, dataSource, code);
    }
}
