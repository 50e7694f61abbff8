package vn.motcua.core.dossier;

import vn.motcua.core.context.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mã số hồ sơ: {@code <prefix>-YYMMDD-NNNN}, printed on the receipt (form 01) and used for the public lookup.
 * <ul>
 * <li>prefix: the receiving agency's code ({@link AgencyCode}, QCVN 102:2016), or the provisional prefix below;</li>
 * <li>YYMMDD: the day of receipt in Asia/Ho_Chi_Minh (a dossier received at 00:30 local time, 17:30 UTC the day
 * before, carries the local date);</li>
 * <li>NNNN: the dossier's number among those received that day under the same prefix, 0001–9999.</li>
 * </ul>
 * Source: Điều 19 Thông tư 01/2018/TT-VPCP ("V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX", XXXX = số thứ tự hồ sơ tiếp
 * nhận trong ngày, 4 digits; barcode/QR allowed alongside), found quoted at khcn.cinet.vn (article 2663) and
 * seongay.com. We could not find the text of Thông tư 03/2025/TT-VPCP, which replaced it; DOMAIN.md states the
 * same format for 2025, which we follow.
 * <p><b>Provisional prefix</b> (our rule, not the regulation's): a center created before its agency code is
 * registered gets {@code TAM.<6-digit center number>} (TAM = tạm, provisional), e.g. {@code TAM.000123}. It
 * cannot collide with a real code (QCVN codes start with three digits), it keeps the daily sequence per center,
 * and {@link #provisional()} tells the portal sync to hold these dossiers until the center has its code. Like
 * dossiers of a merged commune, a dossier keeps the code it was received under; only new dossiers get the
 * agency code once it is set.
 * <p>The daily sequence itself (a counter per prefix and day) is kept by the persistence layer; this class
 * only builds and checks codes.
 */
public record DossierCode(String prefix, LocalDate receivedOn, int sequence) {
    public static final int MAX_SEQUENCE = 9999;
    static final String PROVISIONAL_MARK = "TAM.";

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PROVISIONAL = Pattern.compile("TAM\\.\\d{6}");
    private static final Pattern CODE = Pattern.compile("(.+)-(\\d{6})-(\\d{4})");

    public DossierCode {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (!AgencyCode.isValid(prefix) && !PROVISIONAL.matcher(prefix).matches()) {
            throw DossierProblems.refused("code",
                    "Tiền tố mã hồ sơ «" + prefix + "» không phải mã định danh cơ quan (ví dụ 000.00.00.H56) hay mã tạm TAM.NNNNNN",
                    "Dossier code prefix '" + prefix + "' is neither an agency code (e.g. 000.00.00.H56) nor a provisional TAM.NNNNNN");
        }
        if (receivedOn.getYear() < 2000 || receivedOn.getYear() > 2099) {
            throw DossierProblems.refused("code", "Ngày tiếp nhận " + receivedOn + " nằm ngoài các năm 2000–2099 mà mã YYMMDD biểu diễn được",
                    "Receipt date " + receivedOn + " is outside 2000-2099, which YYMMDD can represent");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw DossierProblems.refused("code",
                    "Số thứ tự hồ sơ trong ngày phải từ 1 đến " + MAX_SEQUENCE + " (đang là " + sequence + ")",
                    "Daily sequence must be 1-" + MAX_SEQUENCE + " (was " + sequence + ")");
        }
    }

    /** The code of the {@code sequence}-th dossier received at {@code receivedAt} by the agency. */
    public static DossierCode of(AgencyCode agency, Instant receivedAt, int sequence) {
        return new DossierCode(agency.value(), receptionDay(receivedAt), sequence);
    }

    /** As {@link #of(AgencyCode, Instant, int)} for a center that has no agency code yet. */
    public static DossierCode provisional(long centerNumber, Instant receivedAt, int sequence) {
        return new DossierCode(provisionalPrefix(centerNumber), receptionDay(receivedAt), sequence);
    }

    /** {@code TAM.000123} for center 123. */
    public static String provisionalPrefix(long centerNumber) {
        if (centerNumber < 1 || centerNumber > 999_999) {
            throw DossierProblems.refused("centerNumber", "Số hiệu trung tâm phải từ 1 đến 999999 (đang là " + centerNumber + ")",
                    "Center number must be 1-999999 (was " + centerNumber + ")");
        }
        return PROVISIONAL_MARK + String.format("%06d", centerNumber);
    }

    /** The day the daily sequence counts in: the local date in Vietnam. */
    public static LocalDate receptionDay(Instant receivedAt) {
        return receivedAt.atZone(BusinessTime.ZONE).toLocalDate();
    }

    /** Reads a code as printed; spaces around it and a lower-case agency letter are tolerated. */
    public static DossierCode parse(String text) {
        return tryParse(text).orElseThrow(() -> DossierProblems.refused("code",
                "Mã hồ sơ «" + text + "» không đúng định dạng <mã cơ quan>-YYMMDD-NNNN (ví dụ 000.00.00.H56-250715-0001)",
                "Dossier code '" + text + "' is not <agency code>-YYMMDD-NNNN (e.g. 000.00.00.H56-250715-0001)"));
    }

    public static Optional<DossierCode> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        if (!AgencyCode.isValid(prefix) && !PROVISIONAL.matcher(prefix).matches()) {
            return Optional.empty();
        }
        int sequence = Integer.parseInt(m.group(3));
        if (sequence < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DossierCode(prefix, LocalDate.parse(m.group(2), YYMMDD), sequence));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    /** True for a code issued under {@code TAM.NNNNNN}, before the center had its agency code. */
    public boolean provisional() {
        return prefix.startsWith(PROVISIONAL_MARK);
    }

    /** The agency code, absent for a provisional code. */
    public Optional<AgencyCode> agency() {
        return provisional() ? Optional.empty() : Optional.of(new AgencyCode(prefix));
    }

    public String format() {
        return prefix + "-" + YYMMDD.format(receivedOn) + "-" + String.format("%04d", sequence);
    }

    @Override
    public String toString() {
        return format();
    }
}
