package vn.motcua.core.dossier;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.CatalogCsvWriter;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.Checklist;
import vn.motcua.core.catalog.Fee;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.OnlineLevel;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.context.Actor;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.ListedObject;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.validation.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.testing.Callers.as;

/**
 * The core re-checks the catalog checklist whoever calls intake (the counter page, the API, a crafted UI event):
 * a missing required paper is refused before anything is written; one-of groups, conditional lines marked not
 * applicable and notes count as the counter page counts them.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeChecklistTest implements IntegrationTestProperties {
    static final byte[] PDF = IntakeServiceTest.PDF;
    static final String CODE = "1.009901";
    static final String FORM = "Tờ khai đăng ký khai sinh theo mẫu";
    static final String BIRTH_CERTIFICATE = "Giấy chứng sinh";
    static final String WITNESS = "hoặc văn bản của người làm chứng xác nhận về việc sinh";
    static final String PROXY = "Văn bản ủy quyền trong trường hợp ủy quyền";
    static final String NOTE = "Lưu ý: xuất trình giấy tờ tùy thân khi nộp hồ sơ";

    @Inject
    Clock clock;
    @Inject
    IntakeService intake;
    @Inject
    DossierRepository dossiers;
    @Inject
    TenantTransactions tx;
    @Inject
    ProvincialScope province;
    @Inject
    DocumentStore store;
    @Inject
    CatalogImportService importer;
    @Inject
    CatalogService catalog;
    @Inject
    javax.sql.DataSource dataSource;

    TenantId center;
    Actor clerk;

    @BeforeAll
    void aProcedureWithEveryKindOfChecklistLine() throws IOException {
        center = vn.motcua.core.testing.TestCenters.create(province, dataSource, "CK-A");
        clerk = new Actor(11L, "cb1.ck-a", center);
        ProcedureDraft draft = new ProcedureDraft(CODE, null, "Thủ tục đăng ký khai sinh (thử nghiệm)", "Hộ tịch",
                Set.of(Level.COMMUNE), LegalDeadline.workingDays(3),
                List.of(new RequiredDocument(FORM, 1, null, null),
                        new RequiredDocument(BIRTH_CERTIFICATE, 1, null, null),
                        new RequiredDocument(WITNESS, 1, null, null),
                        new RequiredDocument(PROXY, 1, null, null),
                        new RequiredDocument(NOTE, 0, null, null)),
                List.of(Fee.free("Miễn lệ phí")), OnlineLevel.FULL, null, "Ủy ban nhân dân cấp xã", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(List.of(draft), out);
        byte[] csv = out.toByteArray();
        CatalogImportOutcome imported = importer.importFile(as(center, new Actor(1L, "it.tinh", center), clock), "ck.csv",
                new ByteArrayInputStream(csv), csv.length, null);
        assertTrue(imported.applied(), imported.report()::displayVi);
        // the lines are what this test says they are
        assertEquals(List.of(RequiredDocument.Kind.REQUIRED, RequiredDocument.Kind.ALTERNATIVE,
                        RequiredDocument.Kind.ALTERNATIVE, RequiredDocument.Kind.CONDITIONAL, RequiredDocument.Kind.NOTE),
                Checklist.of(catalog.getByCode(CODE).draft().documents()).stream().map(Checklist.Line::kind).toList());
    }

    IntakeRequest request(String citizenId, List<String> scanned, List<String> notApplicable) {
        return new IntakeRequest(CODE, null, "Thủ tục đăng ký khai sinh (thử nghiệm)", LegalDeadline.workingDays(3), "25",
                null, Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Nguyễn Thị Hằng", citizenId, LocalDate.of(1990, 5, 17), "0912345678", "Xóm Đồng"),
                scanned.stream().map(n -> new IntakeRequest.IncomingDocument(n, "scan.pdf", PDF)).toList(), List.of(),
                notApplicable);
    }

    List<String> objects() {
        try (Stream<ListedObject> listed = store.list(center.value() + "/")) {
            return listed.map(ListedObject::key).toList();
        }
    }

    long dossierCount() {
        return tx.read(center, () -> dossiers.countByTenantId(center.value()));
    }

    @Test
    void aDossierMissingARequiredPaperIsRefusedNamingItAndNothingIsWritten() {
        long before = dossierCount();
        List<String> objectsBefore = objects();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> intake.receive(as(center, clerk, clock),
                request("025190000201", List.of(BIRTH_CERTIFICATE), List.of(PROXY))));
        assertTrue(e.vietnamese().contains("Thiếu giấy tờ bắt buộc: «" + FORM + "»"), e.vietnamese());
        assertTrue(e.problems().stream().anyMatch(p -> p.detail().contains("missing required paper: " + FORM)));
        assertEquals(before, dossierCount(), "no dossier row");
        assertEquals(objectsBefore, objects(), "no object left in S3");
    }

    @Test
    void aRequiredPaperMarkedNotApplicableIsStillRefused() {
        assertThrows(InvalidInputException.class, () -> intake.receive(as(center, clerk, clock),
                request("025190000202", List.of(BIRTH_CERTIFICATE), List.of(FORM, PROXY))));
    }

    @Test
    void aOneOfGroupIsSatisfiedByEitherAlternativeAndRefusedWithNeither() {
        long before = dossierCount();
        intake.receive(as(center, clerk, clock), request("025190000203", List.of(FORM, BIRTH_CERTIFICATE), List.of(PROXY)));
        intake.receive(as(center, clerk, clock), request("025190000204", List.of(FORM, WITNESS), List.of(PROXY)));
        assertEquals(before + 2, dossierCount());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> intake.receive(as(center, clerk, clock),
                request("025190000205", List.of(FORM), List.of(PROXY))));
        assertTrue(e.vietnamese().contains("Thiếu một trong các giấy tờ: «" + BIRTH_CERTIFICATE + "» hoặc «" + WITNESS + "»"),
                e.vietnamese());
        assertEquals(before + 2, dossierCount());
    }

    @Test
    void aConditionalPaperMarkedNotApplicableIsAcceptedAndOneNeitherHandedInNorMarkedIsRefused() {
        long before = dossierCount();
        intake.receive(as(center, clerk, clock), request("025190000206", List.of(FORM, BIRTH_CERTIFICATE), List.of(PROXY)));
        intake.receive(as(center, clerk, clock), request("025190000207", List.of(FORM, BIRTH_CERTIFICATE, PROXY), List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> intake.receive(as(center, clerk, clock),
                request("025190000208", List.of(FORM, BIRTH_CERTIFICATE), List.of())));
        assertTrue(e.vietnamese().contains("«" + PROXY + "» chưa được nộp và chưa được đánh dấu không áp dụng"), e.vietnamese());
        assertEquals(before + 2, dossierCount());
    }

    @Test
    void aNoteIsNeverRequired() {
        Dossier d = intake.receive(as(center, clerk, clock),
                request("025190000209", List.of(FORM, WITNESS), List.of(PROXY))).dossier();
        assertEquals(DossierStatus.RECEIVED, d.status());
        assertTrue(tx.read(center, () -> dossiers.findByTenantIdAndId(center.value(), d.id())).isPresent());
    }

    @Test
    void aVersionTheCatalogDoesNotHaveIsRefused() {
        IntakeRequest r = request("025190000210", List.of(FORM, WITNESS), List.of(PROXY));
        IntakeRequest stale = new IntakeRequest(r.procedureCode(), 99, r.procedureName(), r.deadline(), r.provinceCode(),
                r.agencyCode(), r.channel(), r.applicant(), r.documents(), r.reused(), r.notApplicable());
        assertThrows(InvalidInputException.class, () -> intake.receive(as(center, clerk, clock), stale));
    }
}
