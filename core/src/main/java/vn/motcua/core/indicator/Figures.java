package vn.motcua.core.indicator;

import vn.motcua.core.dossier.Tally;

import java.util.Arrays;

/** The tallies of a center (or of several summed) over a period, with the dossiers open at the time of reading. */
public final class Figures {
    private final long[] values;
    private final long openNow;
    private final long overdueNow;

    public Figures(long[] values, long openNow, long overdueNow) {
        if (values.length != Tally.values().length) {
            throw new IllegalArgumentException("One value per tally");
        }
        this.values = values.clone();
        this.openNow = openNow;
        this.overdueNow = overdueNow;
    }

    public static Figures empty() {
        return new Figures(new long[Tally.values().length], 0, 0);
    }

    public long get(Tally t) {
        return values[t.ordinal()];
    }

    public Figures plus(Figures o) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += o.values[i];
        }
        return new Figures(sum, openNow + o.openNow, overdueNow + o.overdueNow);
    }

    Figures withOpen(long open, long overdue) {
        return new Figures(values, open, overdue);
    }

    /** Dossiers received and not yet ended or withdrawn, now. */
    public long openNow() {
        return openNow;
    }

    /** Of those, past their due date now. */
    public long overdueNow() {
        return overdueNow;
    }

    public long received() {
        return get(Tally.RECEIVED);
    }

    /** Ended (resolved, returned or stopped) in the period. */
    public long ended() {
        return onTimeOrEarly() + late();
    }

    public long onTimeOrEarly() {
        return get(Tally.EARLY) + get(Tally.ON_TIME);
    }

    public long late() {
        return get(Tally.LATE) + get(Tally.LATE_APOLOGY);
    }

    public long papersAll() {
        return get(Tally.PAPERS) + get(Tally.REUSED_PAPERS);
    }

    public long ratings() {
        return get(Tally.RATING_VERY_SATISFIED) + get(Tally.RATING_SATISFIED) + get(Tally.RATING_ACCEPTABLE)
                + get(Tally.RATING_NOT_SATISFIED);
    }

    public long feesVnd() {
        return get(Tally.FEE_CASH_VND) + get(Tally.FEE_TRANSFER_VND) + get(Tally.FEE_QR_VND);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && Arrays.equals(values, f.values) && openNow == f.openNow && overdueNow == f.overdueNow;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Figures{");
        for (Tally t : Tally.values()) {
            b.append(t.column()).append('=').append(values[t.ordinal()]).append(' ');
        }
        return b.append("open=").append(openNow).append(" overdue=").append(overdueNow).append('}').toString();
    }
}
