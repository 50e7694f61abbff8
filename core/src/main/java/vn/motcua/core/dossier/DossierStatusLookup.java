package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.throttle.AttemptThrottle;
import vn.motcua.core.workflow.WorkflowStep;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tra cứu tình trạng hồ sơ for citizens, without login. The one proof of "my dossier" both public pages (status and
 * rating) accept, in two forms:
 * <ul>
 *   <li>the dossier code with its {@link LookupSecret} (mã tra cứu, printed on the receipt and in its QR code):
 *   65 random bits, so only a wrong-answer throttle per client address stands in front of it;</li>
 *   <li>the fallback for a lost receipt: the code with the last four digits of the phone given at intake. Only
 *   10⁴ possibilities, so it is throttled before any look-up — per client address ({@link #BY_ADDRESS}: a few
 *   free failures, then growing delays; an IPv6 client by its /64) and per dossier code whatever the address ({@link #BY_CODE}: about ten
 *   failures, then an hour and more) — and audited: every success in the dossier's center's log, every blocked burst
 *   once (the log is append-only: a burst writes one row when it begins and one per further tenfold, never one per
 *   attempt), in the dossier's center, or in the province's log when the code names no dossier.</li>
 * </ul>
 * It shows the procedure, status, due date and current step — nothing personal — and a wrong code, wrong digits,
 * a wrong secret and a throttled attempt all look alike ({@link Answer}: found or not, and how long to wait).
 */
@Singleton
public class DossierStatusLookup {
    /** Per client address: 5 free failures, then 2 s doubling up to 5 min; forgotten after an hour of quiet. */
    static final AttemptThrottle.Policy BY_ADDRESS = new AttemptThrottle.Policy(5, Duration.ofSeconds(2),
            Duration.ofMinutes(5), Duration.ofHours(1), 100_000);
    /** Per dossier code, fallback only: 10 free failures, then an hour doubling up to 4 h; forgotten after a day. */
    static final AttemptThrottle.Policy BY_CODE = new AttemptThrottle.Policy(10, Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofDays(1), 100_000);
    static final Actor PUBLIC = Actor.system("tra-cuu-cong-khai");
    private static final int MAX_CODE = 40;

    public record PublicStatus(String code, String procedureName, DossierStatus status, Instant receivedAt, Instant dueAt,
                               String currentStep, boolean ratable) {
    }

    /**
     * A dossier someone has just proven to be theirs: only this class makes one, so holding it (in the page's
     * server-side state) is the proof the rating asks for.
     */
    public static final class Proven {
        private final long tenantId;
        private final long dossierId;
        private final boolean bySecret;
        private final PublicStatus status;

        private Proven(Dossier d, boolean bySecret, PublicStatus status) {
            this.tenantId = d.tenantId();
            this.dossierId = d.id();
            this.bySecret = bySecret;
            this.status = status;
        }

        public PublicStatus status() {
            return status;
        }

        public String code() {
            return status.code();
        }

        /** Proven with the receipt's secret (else by the phone digits fallback). */
        public boolean bySecret() {
            return bySecret;
        }

        long tenantId() {
            return tenantId;
        }

        long dossierId() {
            return dossierId;
        }
    }

    /** The answer: the proven dossier, or none; {@code retryAfter} above zero when the attempt was not even tried. */
    public record Answer(@Nullable Proven proven, Duration retryAfter) {
        static final Answer NOT_FOUND = new Answer(null, Duration.ZERO);

        public Optional<Proven> found() {
            return Optional.ofNullable(proven);
        }

        public Optional<PublicStatus> status() {
            return found().map(Proven::status);
        }

        public boolean throttled() {
            return retryAfter.compareTo(Duration.ZERO) > 0;
        }

        /** Whole seconds to wait, rounded up (what the page tells). */
        public long retryAfterSeconds() {
            return (retryAfter.toMillis() + 999) / 1000;
        }
    }

    private final DossierRepository dossiers;
    private final DossierRatingRepository ratings;
    private final ProvincialScope province;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final BusinessTime time;
    private final JdbcOperations jdbc;
    private final AttemptThrottle byAddress = new AttemptThrottle(BY_ADDRESS);
    private final AttemptThrottle byCode = new AttemptThrottle(BY_CODE);

    public DossierStatusLookup(DossierRepository dossiers, DossierRatingRepository ratings, ProvincialScope province,
                               ObjectMapper json, AuditLog audit, BusinessTime time, JdbcOperations jdbc) {
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.province = province;
        this.json = json;
        this.audit = audit;
        this.time = time;
        this.jdbc = jdbc;
    }

    /**
     * The dossier {@code code} proven by {@code proof} — its lookup secret as printed (any case, dashes or not) or
     * the last four digits of the applicant's phone — asked from {@code clientAddress}. Blank input is not an attempt.
     */
    public Answer find(String code, String proof, String clientAddress) {
        if (code == null || code.isBlank() || proof == null || proof.isBlank()) {
            return Answer.NOT_FOUND;
        }
        Instant now = time.now();
        String key = code.strip().toUpperCase(Locale.ROOT);
        String address = clientAddress == null || clientAddress.isBlank() ? "?" : clientAddress.strip();
        String addressKey = addressKey(address);
        String digits = proof.strip();
        boolean fallback = digits.matches("\\d{4}");
        Duration wait = fallback ? longest(byAddress.waitFor(addressKey, now), byCode.waitFor(key, now))
                : byAddress.waitFor(addressKey, now);
        if (wait.compareTo(Duration.ZERO) > 0) {
            return new Answer(null, wait);
        }
        Optional<String> secret = fallback ? Optional.empty() : LookupSecret.read(proof);
        boolean lookable = key.length() <= MAX_CODE && key.chars().noneMatch(Character::isISOControl)
                && (fallback || secret.isPresent());
        List<Dossier> candidates = lookable ? province.unaudited(() -> dossiers.findByCode(key)) : List.of();
        Optional<Dossier> match = candidates.stream().filter(d -> fallback
                ? d.applicantPhone() != null && d.applicantPhone().replaceAll("\\D", "").endsWith(digits)
                : LookupSecret.matches(d.lookupSecret(), secret.orElseThrow())).findFirst();
        if (match.isPresent()) {
            Dossier d = match.get();
            if (fallback) {
                audit.record(TenantId.of(d.tenantId()), PUBLIC, AuditAction.DOSSIER_LOOKUP_BY_PHONE, "dossier", d.code(),
                        "Từ địa chỉ " + shown(address));
            }
            return new Answer(new Proven(d, !fallback, status(d)), Duration.ZERO);
        }
        int fromAddress = byAddress.failed(addressKey, now);
        if (burst(BY_ADDRESS, fromAddress)) {
            blocked(candidates, key, "Địa chỉ " + shown(address) + ": " + fromAddress
                    + " lần tra cứu sai liên tiếp; các lần sau phải chờ");
        }
        if (fallback) {
            int onCode = byCode.failed(key, now);
            if (burst(BY_CODE, onCode)) {
                blocked(candidates, key, onCode + " lần nhập sai số điện thoại của hồ sơ này (mọi địa chỉ, lần cuối từ "
                        + shown(address) + "); tra cứu bằng số điện thoại tạm dừng, mã tra cứu trên giấy hẹn vẫn dùng được");
            }
        }
        return Answer.NOT_FOUND;
    }

    /**
     * The throttle's key for a client address: an IPv6 client is counted by its /64, the block one subscriber usually
     * holds (else each of its 2⁶⁴ addresses would bring its own free failures); IPv4 as it is.
     */
    static String addressKey(String address) {
        if (address.indexOf(':') >= 0) {
            try {
                // an IPv6 literal is parsed, never resolved
                byte[] bytes = InetAddress.getByName(address).getAddress();
                return bytes.length == 16 ? "address:" + HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
                        : "address:" + InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException e) {
                return "address:" + address;
            }
        }
        return "address:" + address;
    }

    /** The dossier as proven earlier, read again (its status may have moved since). */
    Dossier reread(Proven proven) {
        return province.unaudited(() -> dossiers.findByTenantIdAndId(proven.tenantId(), proven.dossierId())).orElseThrow();
    }

    /** A row when the throttle starts making this key wait, and one more at every tenfold of that. */
    private static boolean burst(AttemptThrottle.Policy policy, int failures) {
        int first = policy.freeFailures() + 1;
        return failures == first || failures % (10 * first) == 0;
    }

    /** A blocked burst, in the log of the center(s) whose dossier bears the code, else of the province. */
    private void blocked(List<Dossier> candidates, String code, String detail) {
        Set<Long> centers = new LinkedHashSet<>();
        candidates.forEach(d -> centers.add(d.tenantId()));
        if (centers.isEmpty()) {
            centers.addAll(provinces());
        }
        String target = shown(code.length() > MAX_CODE ? code.substring(0, MAX_CODE) : code);
        centers.forEach(t -> audit.record(TenantId.of(t), PUBLIC, AuditAction.DOSSIER_LOOKUP_BLOCKED, "dossier", target,
                detail));
    }

    private List<Long> provinces() {
        return province.unaudited(() -> jdbc.prepareStatement(
                "SELECT tenant_id FROM service_center WHERE type = 'TINH' ORDER BY tenant_id", ps -> {
                    List<Long> ids = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                }));
    }

    private PublicStatus status(Dossier d) {
        boolean hasResult = d.status() == DossierStatus.RESOLVED || d.status() == DossierStatus.RETURNED;
        boolean ratable = hasResult && province.unaudited(() ->
                ratings.findByTenantIdAndDossierId(d.tenantId(), d.id())).isEmpty();
        return new PublicStatus(d.code(), d.procedureName(), d.status(), d.receivedAt(), d.appointment(), stepName(d),
                ratable);
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Printable and bounded, for the audit log: what a stranger typed never reaches it raw. */
    private static String shown(String s) {
        String printable = s.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 64 ? printable.substring(0, 64) : printable;
    }

    private String stepName(Dossier d) {
        if (d.currentStep() == null) {
            return "";
        }
        try {
            WorkflowStep[] steps = json.readValue(d.stepsJson(), WorkflowStep[].class);
            return d.currentStep() < steps.length ? steps[d.currentStep()].name() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
