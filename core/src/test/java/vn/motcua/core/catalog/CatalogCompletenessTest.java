package vn.motcua.core.catalog;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.TestCenters;
import vn.motcua.core.validation.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.testing.Callers.as;

/**
 * The completeness page's reading against the bundled commune catalog in real PostgreSQL: what communes serve,
 * what each lacks, how many centers serve it, and the correction that publishes a new version.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogCompletenessTest implements IntegrationTestProperties {
    @Inject
    Clock clock;
    @Inject
    CatalogImportService importer;
    @Inject
    CatalogService catalog;
    @Inject
    CatalogCompleteness completeness;
    @Inject
    CenterProcedureService served;
    @Inject
    ProvincialScope province;
    @Inject
    AuditLog audit;
    @Inject
    javax.sql.DataSource dataSource;

    TenantId provinceCenter;
    TenantId communeA;
    TenantId communeB;

    CallContext it() {
        return vn.motcua.core.testing.Callers.provincialIt(provinceCenter, clock);
    }

    @BeforeAll
    void theBundledCommuneCatalogAndTwoCommunes() throws IOException {
        provinceCenter = vn.motcua.core.testing.TestCenters.createProvincial(province, dataSource, "TINH-CC");
        communeA = TestCenters.create(province, dataSource, "CC-A");
        communeB = TestCenters.create(province, dataSource, "CC-B");
        byte[] bundled;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/catalog/commune-procedures-national-portal.jsonl"))) {
            bundled = in.readAllBytes();
        }
        assertTrue(importer.importFile(it(), "commune.jsonl", new ByteArrayInputStream(bundled), bundled.length, null).applied());
    }

    @Test
    void theCountsCoverTheDefaultServedSetAndTheAssumedUnitsAreFlaggedPerProcedure() {
        CatalogCoverage coverage = completeness.coverage(it());
        // 588 commune-level procedures, less the customs, tax, treasury, insurance and court ones no commune receives
        assertEquals(313, coverage.procedures(), coverage.lines()::toString);
        // of the 103 commune-level deadlines whose unit the parser assumed, those of the served set
        assertEquals(39, coverage.deadlineUnitAssumed(), coverage.lines()::toString);
        CatalogCompleteness.Result assumed = completeness.incomplete(it(), CatalogGap.DEADLINE_UNIT_ASSUMED, null, 0, 1000);
        assertEquals(coverage.deadlineUnitAssumed(), assumed.total());
        assertTrue(assumed.rows().stream().anyMatch(r -> r.nationalCode().equals("1.001193")));
        CatalogCompleteness.Result all = completeness.incomplete(it(), null, null, 0, 1000);
        assertEquals(coverage.procedures() - coverage.complete(), all.total());
        for (CatalogGap gap : CatalogGap.values()) {
            assertEquals(coverage.missing(gap), completeness.incomplete(it(), gap, null, 0, 1000).total(), gap.name());
        }
        assertTrue(all.rows().stream().allMatch(r -> r.centers() == 2), "both communes serve the default set");
    }

    @Test
    void searchIsWithoutDiacriticsAndPaged() {
        CatalogCompleteness.Result birth = completeness.incomplete(it(), null, "khai sinh 1.001193", 0, 20);
        assertEquals(1, birth.total());
        assertEquals("1.001193", birth.rows().get(0).nationalCode());
        CatalogCompleteness.Result first = completeness.incomplete(it(), null, null, 0, 10);
        CatalogCompleteness.Result second = completeness.incomplete(it(), null, null, 1, 10);
        assertEquals(10, first.rows().size());
        assertFalse(first.rows().contains(second.rows().get(0)));
    }

    @Test
    void aCenterThatRemovesOrAddsAProcedureChangesItsCountAndAnAddedCustomsProcedureIsListed() {
        long customs = catalog.search(new CatalogQuery(null, "Hải quan", null, null), 0, 1, null, true).getContent().get(0).id();
        assertTrue(completeness.incomplete(it(), null, null, 0, 1000).rows().stream().noneMatch(r -> r.procedureId() == customs));
        served.setServed(as(communeA, new Actor(2L, "gd.cc-a", communeA), clock), Level.COMMUNE, customs, true);
        long birth = catalog.getByCode("1.001193").procedure().id();
        served.setServed(as(communeB, new Actor(3L, "gd.cc-b", communeB), clock), Level.COMMUNE, birth, false);
        List<CatalogCompleteness.Row> rows = completeness.incomplete(it(), null, null, 0, 1000).rows();
        assertEquals(1, rows.stream().filter(r -> r.procedureId() == customs).findFirst().orElseThrow().centers());
        assertEquals(1, rows.stream().filter(r -> r.procedureId() == birth).findFirst().orElseThrow().centers());
        served.setServed(as(communeA, new Actor(2L, "gd.cc-a", communeA), clock), Level.COMMUNE, customs, false);
        served.setServed(as(communeB, new Actor(3L, "gd.cc-b", communeB), clock), Level.COMMUNE, birth, true);
    }

    @Test
    void aCorrectionMissingFactsIsRefusedInVietnameseAndChangesNothing() {
        long id = catalog.getByCode("1.001193").procedure().id();
        int version = catalog.get(id).procedure().currentVersion();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> completeness.correct(it(), id,
                new CatalogCompleteness.Correction(version, false, null, null, List.of(),
                        List.of(new RequiredDocument("Tờ khai", 0, 0, null, RequiredDocument.Kind.REQUIRED)))));
        assertTrue(e.vietnamese().contains("Nhập thời hạn giải quyết"), e.vietnamese());
        assertTrue(e.vietnamese().contains("Nhập ít nhất một dòng phí"), e.vietnamese());
        assertTrue(e.vietnamese().contains("ít nhất một bản"), e.vietnamese());
        assertEquals(version, catalog.get(id).procedure().currentVersion());
    }

    @Test
    void aCorrectionPublishesANewAuditedVersionAndTheProcedureLeavesTheList() {
        ProcedureDetail before = catalog.getByCode("1.004656");
        long id = before.procedure().id();
        int version = before.procedure().currentVersion();
        long audited = audit.count(provinceCenter, AuditAction.CATALOG_PROCEDURE_COMPLETED);
        ProcedureDetail after = completeness.correct(it(), id, new CatalogCompleteness.Correction(version, false, 5,
                DeadlineUnit.WORKING_DAYS, List.of(Fee.free("Miễn lệ phí")),
                List.of(new RequiredDocument("Tờ khai theo mẫu", 1, null, "TK01.docx", RequiredDocument.Kind.REQUIRED),
                        new RequiredDocument("Giấy tờ A", 1, null, null, RequiredDocument.Kind.ALTERNATIVE),
                        new RequiredDocument("Giấy tờ B", null, 1, null, RequiredDocument.Kind.ALTERNATIVE),
                        new RequiredDocument("Văn bản ủy quyền", 1, null, null, RequiredDocument.Kind.CONDITIONAL),
                        new RequiredDocument("Xuất trình bản chính để đối chiếu", null, null, null, RequiredDocument.Kind.NOTE))));
        assertEquals(version + 1, after.procedure().currentVersion());
        assertEquals(Set.of(), CatalogGap.of(after.draft()));
        assertEquals(List.of(RequiredDocument.Kind.REQUIRED, RequiredDocument.Kind.ALTERNATIVE, RequiredDocument.Kind.ALTERNATIVE,
                        RequiredDocument.Kind.CONDITIONAL, RequiredDocument.Kind.NOTE),
                Checklist.of(after.draft().documents()).stream().map(Checklist.Line::kind).toList());
        List<Checklist.Line> lines = Checklist.of(after.draft().documents());
        assertEquals(lines.get(1).group(), lines.get(2).group(), "the two one-of lines are one group");
        assertEquals(audited + 1, audit.count(provinceCenter, AuditAction.CATALOG_PROCEDURE_COMPLETED));
        assertTrue(completeness.incomplete(it(), null, "1.004656", 0, 20).rows().isEmpty());
        // the edit dialog's text form keeps the stated kinds
        ProcedureForm form = ProcedureForm.of(after.current());
        assertEquals(after.draft().documents(), CatalogTexts.parseDocuments(form.documentsText()));
    }

    @Test
    void confirmingAnAssumedUnitClearsTheFlagAndStatingNoFixedDeadlineCountsAsADeadline() {
        String code = completeness.incomplete(it(), CatalogGap.DEADLINE_UNIT_ASSUMED, null, 0, 1000).rows().stream()
                .map(CatalogCompleteness.Row::nationalCode).filter(c -> !c.equals("1.001193")).findFirst().orElseThrow();
        ProcedureDetail birth = catalog.getByCode(code);
        assertTrue(birth.draft().deadlineUnitAssumed());
        ProcedureDraft d = birth.draft();
        List<RequiredDocument> papers = d.documents().stream()
                .map(p -> new RequiredDocument(p.name(), p.originalCount() == null && p.copyCount() == null ? 1 : p.originalCount(),
                        p.copyCount(), p.formTemplate() == null && CatalogGap.isFormToFill(p.name()) ? "mau.docx" : p.formTemplate(),
                        p.kind()))
                .toList();
        ProcedureDetail confirmed = completeness.correct(it(), birth.procedure().id(), new CatalogCompleteness.Correction(
                birth.procedure().currentVersion(), false, d.legalDeadline().value(), d.legalDeadline().unit(),
                List.of(Fee.free("Miễn lệ phí")), papers));
        assertFalse(confirmed.draft().deadlineUnitAssumed());
        assertEquals(d.legalDeadline(), confirmed.draft().legalDeadline());
        assertFalse(CatalogGap.of(confirmed.draft()).contains(CatalogGap.DEADLINE_UNIT_ASSUMED));

        ProcedureDetail none = completeness.correct(it(), birth.procedure().id(), new CatalogCompleteness.Correction(
                confirmed.procedure().currentVersion(), true, null, null, List.of(Fee.free("Miễn lệ phí")), papers));
        assertTrue(none.draft().noFixedDeadline());
        assertFalse(none.draft().legalDeadline().isKnown());
        assertFalse(CatalogGap.of(none.draft()).contains(CatalogGap.DEADLINE));
        // an edit of another field keeps the statement
        ProcedureDetail renamed = catalog.publish(it(), birth.procedure().id(),
                new ProcedureForm(ProcedureForm.of(none.current()).name() + " (sửa)", d.field(), d.levels(), null, null,
                        d.onlineLevel(), d.interAgency(), d.implementingAgency(), d.legalBasis(),
                        CatalogTexts.documents(none.draft().documents()), CatalogTexts.fees(none.draft().fees()),
                        d.provinceSuffix(), none.procedure().currentVersion()));
        assertTrue(renamed.draft().noFixedDeadline());
    }

    @Test
    void aClerkMayNotReadOrCorrectCompleteness() {
        CallContext clerk = as(communeA, new Actor(9L, "cb1.cc-a", communeA), clock);
        assertThrows(RuntimeException.class, () -> completeness.coverage(clerk));
        assertThrows(RuntimeException.class, () -> completeness.correct(clerk, 1L, new CatalogCompleteness.Correction(
                null, true, null, null, List.of(Fee.free("x")), List.of())));
    }
}
