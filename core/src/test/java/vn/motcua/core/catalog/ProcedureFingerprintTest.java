package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureFingerprintTest {

    private static ProcedureDraft withDeadline(ProcedureDraft d, LegalDeadline deadline) {
        return new ProcedureDraft(d.nationalCode(), d.provinceSuffix(), d.name(), d.field(), d.levels(), deadline,
                d.documents(), d.fees(), d.onlineLevel(), d.interAgency(), d.implementingAgency(), d.legalBasis());
    }

    private static ProcedureDraft withName(ProcedureDraft d, String name) {
        return new ProcedureDraft(d.nationalCode(), d.provinceSuffix(), name, d.field(), d.levels(), d.legalDeadline(),
                d.documents(), d.fees(), d.onlineLevel(), d.interAgency(), d.implementingAgency(), d.legalBasis());
    }

    @Test
    void fingerprintIsAHexSha256() {
        assertTrue(CatalogFixtures.birthRegistration().fingerprint().matches("[0-9a-f]{64}"));
    }

    @Test
    void sameContentGivesTheSameFingerprint() {
        assertEquals(CatalogFixtures.birthRegistration().fingerprint(), CatalogFixtures.birthRegistration().fingerprint());
    }

    @Test
    void fingerprintChangesWhenTheDeadlineChanges() {
        ProcedureDraft d = CatalogFixtures.birthRegistration();
        assertNotEquals(d.fingerprint(), withDeadline(d, LegalDeadline.of(1, DeadlineUnit.WORKING_DAYS)).fingerprint());
        assertNotEquals(d.fingerprint(), withDeadline(d, LegalDeadline.of(8, DeadlineUnit.CALENDAR_DAYS)).fingerprint());
        assertNotEquals(d.fingerprint(), withDeadline(d, LegalDeadline.UNKNOWN).fingerprint());
    }

    @Test
    void fingerprintChangesWhenAFeeOrDocumentChanges() {
        ProcedureDraft d = CatalogFixtures.birthRegistration();
        ProcedureDraft dearer = new ProcedureDraft(d.nationalCode(), d.provinceSuffix(), d.name(), d.field(), d.levels(),
                d.legalDeadline(), d.documents(), List.of(Fee.amount("Cấp bản sao trích lục", 10_000)), d.onlineLevel(),
                d.interAgency(), d.implementingAgency(), d.legalBasis());
        ProcedureDraft fewerPapers = new ProcedureDraft(d.nationalCode(), d.provinceSuffix(), d.name(), d.field(), d.levels(),
                d.legalDeadline(), d.documents().subList(0, 1), d.fees(), d.onlineLevel(), d.interAgency(),
                d.implementingAgency(), d.legalBasis());
        assertNotEquals(d.fingerprint(), dearer.fingerprint());
        assertNotEquals(d.fingerprint(), fewerPapers.fingerprint());
    }

    @Test
    void decomposedUnicodeAndExtraSpacesDoNotMakeANewVersion() {
        ProcedureDraft d = CatalogFixtures.birthRegistration();
        String nfd = Normalizer.normalize("  Thủ tục   đăng ký\nkhai sinh ", Normalizer.Form.NFD);
        assertEquals(d.fingerprint(), withName(d, nfd).fingerprint());
    }

    @Test
    void absentAndEmptyValuesAreNotConfusedWithNeighbours() {
        ProcedureDraft a = new ProcedureDraft("1.000001", null, "A", "B", null, null, null, null, null, null, null, null);
        ProcedureDraft b = new ProcedureDraft("1.000001", null, "A", null, null, null, null, null, null, null, "B", null);
        assertNotEquals(a.fingerprint(), b.fingerprint());
    }
}
