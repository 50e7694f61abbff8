package vn.motcua.core.dossier;

/**
 * One count kept per center and day in {@code indicator_day} (and per procedure and channel in
 * {@code indicator_day_detail}), named by its column. {@link #RECEIVED_ONLINE} exists only in the daily totals.
 */
public enum Tally {
    RECEIVED("received"),
    RECEIVED_ONLINE("received_online"),
    WITH_PAPERS("with_papers"),
    PAPERS("papers"),
    REUSED_PAPERS("reused_papers"),
    EARLY("early"),
    ON_TIME("on_time"),
    LATE_APOLOGY("late_apology"),
    LATE("late"),
    RESOLVED("resolved"),
    STOPPED("stopped"),
    RESULT_DIGITIZED("result_digitized"),
    WITHDRAWN("withdrawn"),
    APOLOGIES("apologies"),
    FEES("fees"),
    FEES_CASHLESS("fees_cashless"),
    FEE_CASH_VND("fee_cash_vnd"),
    FEE_TRANSFER_VND("fee_transfer_vnd"),
    FEE_QR_VND("fee_qr_vnd"),
    RATING_VERY_SATISFIED("rating_very_satisfied"),
    RATING_SATISFIED("rating_satisfied"),
    RATING_ACCEPTABLE("rating_acceptable"),
    RATING_NOT_SATISFIED("rating_not_satisfied");

    private final String column;

    Tally(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** Kept per procedure and channel too (all but the online receipts, which the channel already tells). */
    public boolean detailed() {
        return this != RECEIVED_ONLINE;
    }
}
