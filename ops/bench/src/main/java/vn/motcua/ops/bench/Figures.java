package vn.motcua.ops.bench;

import java.util.Arrays;
import java.util.Locale;

/** How every benchmark prints its figures: percentiles of service calls against the same SQL by hand. */
final class Figures {
    private Figures() {
    }

    /** Prints {@code <name>.service.p50/p95}, {@code <name>.raw.p50/p95} and {@code <name>.ratio.p95} (sorts both arrays). */
    static void report(String name, double[] service, double[] raw) {
        Arrays.sort(service);
        Arrays.sort(raw);
        System.out.println(name + ".service.p50/p95: " + f(pct(service, 50)) + " / " + f(pct(service, 95)) + " ms");
        System.out.println(name + ".raw.p50/p95: " + f(pct(raw, 50)) + " / " + f(pct(raw, 95)) + " ms");
        System.out.println(name + ".ratio.p95: " + f(pct(service, 95) / pct(raw, 95)));
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
