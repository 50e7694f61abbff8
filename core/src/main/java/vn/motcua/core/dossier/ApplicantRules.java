package vn.motcua.core.dossier;

import vn.motcua.core.validation.Problem;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static vn.motcua.core.dossier.DossierProblems.problem;

/**
 * Checks an applicant at intake and returns every problem at once (Vietnamese message, English detail).
 * <ul>
 * <li>Citizen ID (số định danh cá nhân / CCCD), 12 digits: 3 digits province (or country) of birth registration,
 * 1 digit century + sex, 2 digits year of birth, 6 random digits; provinces coded 001–096. Source: the structure
 * quoted from Nghị định 137/2015/NĐ-CP at baodantoc.vn ("Số định danh cá nhân tích hợp những thông tin gì?").
 * The century/sex digit values (0/1 = male/female born 1900–1999, 2/3 = 2000–2099, then 4/5, 6/7, 8/9 for the
 * following centuries) are not in the excerpt we found; they are the widely quoted values of Thông tư
 * 07/2016/TT-BCA (now 59/2021/TT-BCA), to be checked. We accept 0–3 (people alive today) and, when the date
 * of birth is given, check that the century digit and the two year digits agree with it.</li>
 * <li>Age: date of birth not in the future, at most {@value #MAX_AGE} years.</li>
 * <li>Phone: 10 digits starting with 0 (spaces, dots, dashes ignored; +84 read as 0).</li>
 * <li>Tax code: 10 digits, or 13 written {@code xxxxxxxxxx-xxx} (a dependent unit); per the brief, we did not
 * find the Ministry of Finance text in our search corpus and do not check the check digit.</li>
 * </ul>
 */
public final class ApplicantRules {
    public static final int MAX_AGE = 120;
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("0\\d{9}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+([ '.\\-][\\p{L}\\p{M}]+)*\\.?");

    private ApplicantRules() {
    }

    public static List<Problem> check(Applicant applicant, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (applicant instanceof Applicant.Individual p) {
            checkFullName(p.fullName(), problems);
            checkCitizenId(p.citizenId(), p.dateOfBirth(), problems);
            checkDateOfBirth(p.dateOfBirth(), today, problems);
            checkPhone(p.phone(), true, problems);
        } else if (applicant instanceof Applicant.Organisation o) {
            if (blank(o.name())) {
                problems.add(problem("name", "Chưa nhập tên tổ chức", "Organisation name is required"));
            } else if (o.name().strip().length() > 255) {
                problems.add(problem("name", "Tên tổ chức dài quá 255 ký tự", "Organisation name is longer than 255 characters"));
            }
            checkTaxCode(o.taxCode(), problems);
            checkPhone(o.phone(), false, problems);
        }
        return problems;
    }

    /** The phone as 10 digits starting with 0, if it can be read as one. */
    public static Optional<String> normalizePhone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    private static void checkFullName(String name, List<Problem> problems) {
        if (blank(name)) {
            problems.add(problem("fullName", "Chưa nhập họ và tên", "Full name is required"));
        } else if (name.strip().length() > 100) {
            problems.add(problem("fullName", "Họ và tên dài quá 100 ký tự", "Full name is longer than 100 characters"));
        } else if (!NAME.matcher(name.strip().replaceAll("\\s+", " ")).matches()) {
            problems.add(problem("fullName", "Họ và tên chỉ gồm chữ cái và khoảng trắng (không có chữ số, ký hiệu)",
                    "Full name may contain letters and spaces only"));
        }
    }

    private static void checkCitizenId(String id, LocalDate dateOfBirth, List<Problem> problems) {
        if (blank(id)) {
            problems.add(problem("citizenId", "Chưa nhập số định danh cá nhân (CCCD)", "Citizen ID is required"));
            return;
        }
        String v = id.strip();
        if (!CITIZEN_ID.matcher(v).matches()) {
            problems.add(problem("citizenId", "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số",
                    "Citizen ID must be exactly 12 digits"));
            return;
        }
        int province = Integer.parseInt(v.substring(0, 3));
        if (province < 1 || province > 96) {
            problems.add(problem("citizenId", "Số CCCD không hợp lệ: 3 số đầu (" + v.substring(0, 3)
                    + ") phải là mã tỉnh, thành phố nơi đăng ký khai sinh, từ 001 đến 096",
                    "Citizen ID: the first 3 digits must be a province code 001-096"));
        }
        int centurySex = v.charAt(3) - '0';
        if (centurySex > 3) {
            problems.add(problem("citizenId", "Số CCCD không hợp lệ: chữ số thứ 4 (" + centurySex
                    + ") là mã thế kỷ và giới tính, phải từ 0 đến 3 với người sinh từ năm 1900 đến 2099",
                    "Citizen ID: the 4th digit (century and sex) must be 0-3 for people born 1900-2099"));
        } else if (dateOfBirth != null) {
            int year = 1900 + (centurySex / 2) * 100 + Integer.parseInt(v.substring(4, 6));
            if (year != dateOfBirth.getYear()) {
                problems.add(problem("citizenId", "Số CCCD không khớp với năm sinh: chữ số thứ 4–6 cho năm sinh " + year
                                + ", ngày sinh đã nhập năm " + dateOfBirth.getYear(),
                        "Citizen ID encodes birth year " + year + " but the date of birth is in " + dateOfBirth.getYear()));
            }
        }
    }

    private static void checkDateOfBirth(LocalDate dateOfBirth, LocalDate today, List<Problem> problems) {
        if (dateOfBirth == null) {
            problems.add(problem("dateOfBirth", "Chưa nhập ngày sinh", "Date of birth is required"));
        } else if (dateOfBirth.isAfter(today)) {
            problems.add(problem("dateOfBirth", "Ngày sinh không được sau ngày hôm nay", "Date of birth is in the future"));
        } else if (Period.between(dateOfBirth, today).getYears() > MAX_AGE) {
            problems.add(problem("dateOfBirth", "Ngày sinh không hợp lệ: tuổi lớn hơn " + MAX_AGE,
                    "Date of birth gives an age over " + MAX_AGE));
        }
    }

    private static void checkPhone(String phone, boolean required, List<Problem> problems) {
        if (blank(phone)) {
            if (required) {
                problems.add(problem("phone", "Chưa nhập số điện thoại", "Phone number is required"));
            }
        } else if (normalizePhone(phone).isEmpty()) {
            problems.add(problem("phone", "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng số 0",
                    "Phone number must be 10 digits starting with 0"));
        }
    }

    private static void checkTaxCode(String taxCode, List<Problem> problems) {
        if (blank(taxCode)) {
            problems.add(problem("taxCode", "Chưa nhập mã số thuế", "Tax code is required"));
        } else if (!TAX_CODE.matcher(taxCode.strip()).matches()) {
            problems.add(problem("taxCode", "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số dạng xxxxxxxxxx-xxx",
                    "Tax code must be 10 digits, or 13 written xxxxxxxxxx-xxx"));
        } else if (taxCode.strip().endsWith("-000")) {
            problems.add(problem("taxCode", "Mã số thuế đơn vị phụ thuộc không thể có 3 số cuối là 000",
                    "A dependent unit's tax code suffix cannot be 000"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
