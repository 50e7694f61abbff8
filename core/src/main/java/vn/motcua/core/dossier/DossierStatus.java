package vn.motcua.core.dossier;

/**
 * Where a dossier is in its life, one constant per status number of the national public service portal
 * (Cổng Dịch vụ công quốc gia), as listed in DOMAIN.md "Rules in force": 1 submitted online, 2 received, 3 not
 * received, 4 processing, 5 supplement requested, 6 financial obligation requested, 7 withdrawn, 8 stopped,
 * 9 resolved, 10 returned. We could not find the portal's integration specification in our search corpus,
 * so the numbers come from DOMAIN.md and are to be checked against it.
 * <p>Our life cycle (DOMAIN.md "A dossier's life"): {@code RECEIVED → IN_PROGRESS (step by step) →
 * [WAITING_SUPPLEMENT ⇄ IN_PROGRESS] → RESOLVED → RETURNED}; the exit "rejected" is {@link #REJECTED} when the
 * dossier is refused at intake (never received; form 03, refusal slip) and {@link #STOPPED} when processing is
 * stopped after receipt (form 05, stop-processing notice); the applicant's exit is {@link #WITHDRAWN}.
 * {@link #SUBMITTED} is an online submission the center has not yet received, {@link #WAITING_FINANCIAL_OBLIGATION}
 * the applicant owing a tax or fee before processing continues (clock stopped, like a supplement).
 */
public enum DossierStatus {
    SUBMITTED(1, "Mới đăng ký (chờ tiếp nhận)"),
    RECEIVED(2, "Đã tiếp nhận"),
    REJECTED(3, "Từ chối tiếp nhận"),
    IN_PROGRESS(4, "Đang giải quyết"),
    WAITING_SUPPLEMENT(5, "Chờ bổ sung hồ sơ"),
    WAITING_FINANCIAL_OBLIGATION(6, "Chờ thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Công dân rút hồ sơ"),
    STOPPED(8, "Dừng giải quyết"),
    RESOLVED(9, "Đã giải quyết xong"),
    RETURNED(10, "Đã trả kết quả");

    private final int portalCode;
    private final String label;

    DossierStatus(int portalCode, String label) {
        this.portalCode = portalCode;
        this.label = label;
    }

    /** The status number sent to the national portal. */
    public int portalCode() {
        return portalCode;
    }

    /** What a clerk or citizen reads. */
    public String label() {
        return label;
    }

    public static DossierStatus ofPortalCode(int code) {
        for (DossierStatus s : values()) {
            if (s.portalCode == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("No dossier status with portal code " + code);
    }

    /** Nothing more happens to the dossier. RESOLVED is not final: the result still has to be returned. */
    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    /** The deadline clock is stopped, waiting for the applicant. */
    public boolean isPaused() {
        return this == WAITING_SUPPLEMENT || this == WAITING_FINANCIAL_OBLIGATION;
    }

    /** Received and not yet resolved or ended: the dossier counts against its due date. */
    /** The statuses of dossiers still being handled (the inbox). */
    public static java.util.Set<DossierStatus> open() {
        return java.util.EnumSet.of(RECEIVED, IN_PROGRESS, WAITING_SUPPLEMENT, WAITING_FINANCIAL_OBLIGATION);
    }

    public boolean isOpen() {
        return open().contains(this);
    }
}
