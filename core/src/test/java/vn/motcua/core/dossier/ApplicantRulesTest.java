package vn.motcua.core.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.validation.Problem;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicantRulesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 15);

    static Applicant.Individual person(String id, LocalDate dob, String phone) {
        return new Applicant.Individual("Nguyễn Thị Hồng Nhung", id, dob, phone, "Khu 3, xã Phù Ninh, tỉnh Phú Thọ");
    }

    static List<String> messages(Applicant a) {
        return ApplicantRules.check(a, TODAY).stream().map(Problem::message).toList();
    }

    @Test
    void aWomanBornIn1990RegisteredInPhuThoWithAMobileNumberPasses() {
        // 025 Phú Thọ, 1 = female born in the 20th century, 90 = 1990
        assertEquals(List.of(), messages(person("025190012345", LocalDate.of(1990, 3, 8), "0912 345 678")));
    }

    @Test
    void aBoyBornIn2008RegisteredInHanoiPasses() {
        // 001 Hà Nội, 2 = male born in the 21st century, 08 = 2008
        assertEquals(List.of(), messages(person("001208000001", LocalDate.of(2008, 11, 2), "+84 98 765 4321")));
    }

    @Test
    void aCitizenIdOfElevenDigitsOrWithLettersIsRefused() {
        assertEquals(List.of("Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số"),
                messages(person("02519001234", LocalDate.of(1990, 3, 8), "0912345678")));
        assertEquals(List.of("Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số"),
                messages(person("02519001234A", LocalDate.of(1990, 3, 8), "0912345678")));
    }

    @Test
    void aCitizenIdWithAProvinceCodeOutside001To096IsRefused() {
        assertEquals(List.of("Số CCCD không hợp lệ: 3 số đầu (097) phải là mã tỉnh, thành phố nơi đăng ký khai sinh, từ 001 đến 096"),
                messages(person("097190012345", LocalDate.of(1990, 3, 8), "0912345678")));
        assertEquals(1, messages(person("000190012345", LocalDate.of(1990, 3, 8), "0912345678")).size());
    }

    @Test
    void aCitizenIdWithACenturyDigitForTheTwentySecondCenturyIsRefused() {
        assertEquals(List.of("Số CCCD không hợp lệ: chữ số thứ 4 (4) là mã thế kỷ và giới tính, phải từ 0 đến 3 với "
                + "người sinh từ năm 1900 đến 2099"), messages(person("025490012345", LocalDate.of(1990, 3, 8), "0912345678")));
    }

    @Test
    void aCitizenIdThatDisagreesWithTheDateOfBirthIsRefused() {
        assertEquals(List.of("Số CCCD không khớp với năm sinh: chữ số thứ 4–6 cho năm sinh 2090, ngày sinh đã nhập năm 1990"),
                messages(person("025390012345", LocalDate.of(1990, 3, 8), "0912345678")));
    }

    @Test
    void aDateOfBirthInTheFutureOrOver120YearsAgoIsRefused() {
        assertTrue(messages(person("025225012345", LocalDate.of(2025, 7, 16), "0912345678"))
                .contains("Ngày sinh không được sau ngày hôm nay"));
        assertTrue(messages(person("025000012345", LocalDate.of(1900, 1, 1), "0912345678"))
                .contains("Ngày sinh không hợp lệ: tuổi lớn hơn 120"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"912345678", "09123456789", "1912345678", "0912-345-67a", "+8491234567"})
    void aPhoneThatIsNotTenDigitsStartingWithZeroIsRefused(String phone) {
        assertEquals(List.of("Số điện thoại phải gồm 10 chữ số, bắt đầu bằng số 0"),
                messages(person("025190012345", LocalDate.of(1990, 3, 8), phone)));
    }

    @Test
    void phonesAreReadWithSeparatorsAndTheCountryCode() {
        assertEquals("0912345678", ApplicantRules.normalizePhone("+84 912.345.678").orElseThrow());
        assertEquals("0912345678", ApplicantRules.normalizePhone("0912-345-678").orElseThrow());
    }

    @Test
    void anEmptyFormGivesEveryProblemAtOnceWithFieldsAndEnglishDetail() {
        List<Problem> problems = ApplicantRules.check(new Applicant.Individual(" ", null, null, null, null), TODAY);
        assertEquals(List.of("fullName", "citizenId", "dateOfBirth", "phone"), problems.stream().map(Problem::field).toList());
        assertEquals("Full name is required", problems.get(0).detail());
    }

    @Test
    void aNameWithDigitsIsRefused() {
        Applicant.Individual p = new Applicant.Individual("Nguyen Van 2", "025190012345", LocalDate.of(1990, 3, 8), "0912345678", null);
        assertEquals(List.of("Họ và tên chỉ gồm chữ cái và khoảng trắng (không có chữ số, ký hiệu)"), messages(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2600123456", "0101243150-001", " 2600123456 "})
    void taxCodesOfTenDigitsOrTenDashThreeAreAccepted(String taxCode) {
        assertEquals(List.of(), messages(new Applicant.Organisation("Công ty TNHH Chè Phú Thọ", taxCode, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"260012345", "26001234567", "0101243150001", "0101243150-01", "0101243150/001", "ABC1234567"})
    void otherTaxCodesAreRefused(String taxCode) {
        assertEquals(List.of("Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số dạng xxxxxxxxxx-xxx"),
                messages(new Applicant.Organisation("Hợp tác xã Nông nghiệp Tiên Phú", taxCode, null, null)));
    }

    @Test
    void anOrganisationNeedsANameAndATaxCode() {
        assertEquals(List.of("Chưa nhập tên tổ chức", "Chưa nhập mã số thuế"),
                messages(new Applicant.Organisation("", null, null, null)));
        assertEquals(List.of("Mã số thuế đơn vị phụ thuộc không thể có 3 số cuối là 000"),
                messages(new Applicant.Organisation("Chi nhánh Công ty A", "0101243150-000", null, null)));
    }
}
