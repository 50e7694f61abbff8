package vn.motcua.core.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.validation.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DossierCodeTest {
    static final AgencyCode PHU_THO = new AgencyCode("000.00.00.H56");

    @Test
    void theCodeIsAgencyThenLocalDateThenFourDigitSequence() {
        DossierCode code = DossierCode.of(PHU_THO, Instant.parse("2025-07-15T02:10:00Z"), 1);
        assertEquals("000.00.00.H56-250715-0001", code.format());
    }

    @Test
    void aDossierReceivedJustAfterMidnightInVietnamCarriesTheVietnameseDateNotTheUtcOne() {
        // 00:05 on 16 July in Hà Nội is still 15 July 17:05 in UTC
        DossierCode code = DossierCode.of(PHU_THO, Instant.parse("2025-07-15T17:05:00Z"), 12);
        assertEquals("000.00.00.H56-250716-0012", code.format());
        assertEquals(LocalDate.of(2025, 7, 16), DossierCode.receptionDay(Instant.parse("2025-07-15T17:00:00Z")));
    }

    @Test
    void oneMinuteBeforeMidnightInVietnamStillCountsInTheSameDay() {
        assertEquals(LocalDate.of(2025, 7, 15), DossierCode.receptionDay(Instant.parse("2025-07-15T16:59:59Z")));
    }

    @Test
    void newYearsEveAtElevenPmUtcIsAlreadyTheNewYearInVietnam() {
        DossierCode code = DossierCode.of(PHU_THO, Instant.parse("2025-12-31T23:00:00Z"), 9999);
        assertEquals("000.00.00.H56-260101-9999", code.format());
    }

    @Test
    void aPrintedCodeParsesBackToTheSameParts() {
        DossierCode code = DossierCode.parse(" 123.45.67.h56-250930-0420 ");
        assertEquals("123.45.67.H56", code.prefix());
        assertEquals(LocalDate.of(2025, 9, 30), code.receivedOn());
        assertEquals(420, code.sequence());
        assertEquals("123.45.67.H56-250930-0420", code.toString());
        assertEquals(new AgencyCode("123.45.67.H56"), code.agency().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H56-250231-0001", "000.00.00.H56-250715-0000", "000.00.00.H56-250715-001",
            "000.00.00.H56-20250715-0001", "00.00.00.H56-250715-0001", "000.00.00.H00-250715-0001",
            "000.00.00.56-250715-0001", "H56-250715-0001", "", "000.00.00.H56 250715 0001"})
    void malformedCodesAreRefused(String text) {
        assertFalse(DossierCode.isValid(text));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DossierCode.parse(text));
        assertTrue(e.vietnamese().startsWith("Mã hồ sơ «"), e.vietnamese());
    }

    @Test
    void aTenThousandthDossierInOneDayIsRefusedBecauseTheSequenceHasFourDigits() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DossierCode.of(PHU_THO, Instant.parse("2025-07-15T02:10:00Z"), 10_000));
        assertEquals("Số thứ tự hồ sơ trong ngày phải từ 1 đến 9999 (đang là 10000)", e.vietnamese());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H56", "000.00.00.G14", "000.00.04.G14", "123.45.67.H41", "000.06.16.G09"})
    void agencyCodesOfTheQcvnShapeAreAccepted(String text) {
        assertTrue(AgencyCode.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.h56", "000.00.00.H5", "000.00.00.H560", "0000.00.00.H56", "000.0.00.H56",
            "000-00-00-H56", "000.00.00.H00", "H56.242", "1.010708.000.00.00.H56"})
    void agencyCodesOfAnotherShapeAreRefused(String text) {
        assertFalse(AgencyCode.isValid(text));
        assertThrows(InvalidInputException.class, () -> new AgencyCode(text));
    }

    @Test
    void aLowerCaseLetterTypedByAClerkIsTidiedUpWhenParsed() {
        assertEquals(PHU_THO, AgencyCode.tryParse(" 000.00.00.h56").orElseThrow());
    }

    @Test
    void aCenterWithoutAgencyCodeGetsAProvisionalPrefixThatCannotCollideWithARealCode() {
        DossierCode code = DossierCode.provisional(123, Instant.parse("2025-07-01T01:00:00Z"), 7);
        assertEquals("TAM.000123-250701-0007", code.format());
        assertTrue(code.provisional());
        assertTrue(code.agency().isEmpty());
        assertEquals(code, DossierCode.parse("TAM.000123-250701-0007"));
        assertFalse(AgencyCode.isValid(code.prefix()));
        assertFalse(DossierCode.of(PHU_THO, Instant.parse("2025-07-01T01:00:00Z"), 7).provisional());
    }

    @Test
    void aPrefixThatIsNeitherAgencyNorProvisionalIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new DossierCode("XA-PHU-NINH", LocalDate.of(2025, 7, 1), 1));
        assertTrue(e.vietnamese().contains("không phải mã định danh cơ quan"), e.vietnamese());
    }
}
