package vn.motcua.core.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled verified facts of the common commune procedures: each fact names its sources, each code is in the
 * bundled national file, and applying them through the completeness correction leaves those procedures without a
 * missing deadline, fee or checklist and without an assumed deadline unit.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifiedProceduresTest implements IntegrationTestProperties {
    private static final String NATIONAL = "/catalog/commune-procedures-national-portal.jsonl";

    @Inject
    Clock clock;
    @Inject
    CatalogImportService importer;
    @Inject
    CatalogService catalog;
    @Inject
    VerifiedProcedures verified;
    @Inject
    ProvincialScope province;
    @Inject
    javax.sql.DataSource dataSource;

    TenantId provinceCenter;

    CallContext it() {
        return vn.motcua.core.testing.Callers.provincialIt(provinceCenter, clock);
    }

    @BeforeAll
    void theBundledCommuneCatalog() throws IOException {
        provinceCenter = vn.motcua.core.testing.TestCenters.createProvincial(province, dataSource, "TINH-VP");
        byte[] bundled;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(NATIONAL))) {
            bundled = in.readAllBytes();
        }
        assertTrue(importer.importFile(it(), "commune.jsonl", new ByteArrayInputStream(bundled), bundled.length, null).applied());
    }

    @Test
    void everyFactNamesItsSourcesAndEveryCodeIsInTheBundledNationalFile() throws IOException {
        Set<String> codes = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream(NATIONAL)), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank()).forEach(l -> {
                try {
                    codes.add(json.readTree(l).get("ma_thu_tuc").asText());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        List<VerifiedProcedures.Entry> entries = VerifiedProcedures.entries();
        assertTrue(entries.size() >= 9, "the common commune procedures");
        assertEquals(entries.size(), entries.stream().map(VerifiedProcedures.Entry::code).distinct().count(), "one entry per code");
        for (VerifiedProcedures.Entry e : entries) {
            assertTrue(codes.contains(e.code()), e.code() + " is not in the bundled national file");
            assertSourced(e.code() + " deadline", e.deadline().sources());
            assertSourced(e.code() + " fees", e.fees().sources());
            assertSourced(e.code() + " checklist", e.checklist().sources());
            assertFalse(e.fees().lines().isEmpty(), e.code());
            assertFalse(e.checklist().lines().isEmpty(), e.code());
        }
    }

    private static void assertSourced(String fact, List<VerifiedProcedures.Source> sources) {
        assertFalse(sources == null || sources.isEmpty(), fact + " names no source");
        for (VerifiedProcedures.Source s : sources) {
            assertFalse(s.document() == null || s.document().isBlank(), fact + ": a source without its document");
            assertFalse(s.article() == null || s.article().isBlank(), fact + ": a source without its article");
            assertTrue(s.url() != null && s.url().matches("https?://\\S+"), fact + ": a source without the page read: " + s.url());
            assertTrue(VerifiedProcedures.CONFIRMED.equals(s.status()) || VerifiedProcedures.NOT_CONFIRMED.equals(s.status()),
                    fact + ": status " + s.status());
        }
    }

    @Test
    void applyingPublishesANewVersionPerProcedureAndLeavesNoMissingDeadlineFeeOrChecklist() {
        List<VerifiedProcedures.Entry> entries = VerifiedProcedures.entries();
        int before = catalog.getByCode("1.001193").procedure().currentVersion();
        assertTrue(CatalogGap.of(catalog.getByCode("1.001193").current().draft()).contains(CatalogGap.DEADLINE_UNIT_ASSUMED),
                "the national file loses the unit of the birth registration's deadline");

        assertEquals(entries.size(), verified.apply(it()));
        assertEquals(0, verified.apply(it()), "applied twice, nothing new");

        Set<CatalogGap> counterNeeds = EnumSet.of(CatalogGap.DEADLINE, CatalogGap.DEADLINE_UNIT_ASSUMED,
                CatalogGap.FEE, CatalogGap.CHECKLIST);
        for (VerifiedProcedures.Entry e : entries) {
            ProcedureDetail detail = catalog.getByCode(e.code());
            Set<CatalogGap> gaps = CatalogGap.of(detail.current().draft());
            gaps.retainAll(counterNeeds);
            assertTrue(gaps.isEmpty(), e.code() + " still lacks " + gaps);
            assertEquals(VerifiedProcedures.SOURCE, detail.current().source(), e.code());
        }
        assertEquals(before + 1, catalog.getByCode("1.001193").procedure().currentVersion());
        // complete on the completeness page, but for the land mediation's request ("Đơn yêu cầu hòa giải"): no
        // stored page names its form, so it still shows the missing form
        List<String> notComplete = entries.stream().map(VerifiedProcedures.Entry::code)
                .filter(code -> !CatalogGap.of(catalog.getByCode(code).current().draft()).isEmpty()).toList();
        assertEquals(List.of("1.012812"), notComplete);
        assertEquals(EnumSet.of(CatalogGap.FORMS), CatalogGap.of(catalog.getByCode("1.012812").current().draft()));
    }

    @Test
    void birthRegistrationIsSameDayAndFreeWhenRegisteredInTime() {
        VerifiedProcedures.Entry birth = VerifiedProcedures.entries().stream()
                .filter(e -> e.code().equals("1.001193")).findFirst().orElseThrow();
        // Luật Hộ tịch 2014 Điều 16 k2, QĐ 1872/QĐ-BTP: ngay trong ngày; after 15:00 the next working day
        assertEquals(LegalDeadline.workingHours(8), LegalDeadline.of(birth.deadline().value(), birth.deadline().unit()));
        // Luật Hộ tịch 2014 Điều 11 k1: registering a birth in time is free
        assertEquals(1, birth.fees().lines().size());
        assertTrue(birth.fees().lines().get(0).free());
        assertTrue(birth.fees().lines().get(0).description().contains("miễn khi đăng ký đúng hạn"));
        assertTrue(birth.deadline().sources().stream().anyMatch(VerifiedProcedures.Source::confirmed));
        assertTrue(birth.fees().sources().stream().anyMatch(s -> s.confirmed() && s.article().startsWith("Điều 11")));
        // the birth certificate, or a witness's statement, or a pledge: one of them
        List<Checklist.Line> lines = Checklist.of(birth.correction(null).documents());
        List<Checklist.Line> oneOf = lines.stream().filter(l -> l.kind() == RequiredDocument.Kind.ALTERNATIVE).toList();
        assertEquals(3, oneOf.size());
        assertEquals(1, oneOf.stream().map(Checklist.Line::group).distinct().count());
        assertTrue(Checklist.unmet(lines, Set.of("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh"),
                lines.stream().filter(l -> l.kind() == RequiredDocument.Kind.CONDITIONAL).map(Checklist.Line::name).toList()).isEmpty());
    }
}
