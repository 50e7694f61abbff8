package vn.motcua.ops.bench;

import static vn.motcua.ops.bench.Figures.ms;

import io.micronaut.context.ApplicationContext;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.Secrets;
import vn.motcua.tenants.center.CenterType;
import vn.motcua.tenants.onboarding.BulkOnboarding;
import vn.motcua.tenants.onboarding.BulkOutcome;
import vn.motcua.tenants.onboarding.BulkPreview;
import vn.motcua.tenants.onboarding.BulkRow;
import vn.motcua.tenants.onboarding.NewCenter;
import vn.motcua.tenants.onboarding.NewStaff;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.security.PasswordHasher;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Bulk onboarding benchmark: a fresh embedded PostgreSQL with only the provincial center of Phú Thọ and its IT account
 * (as a first start), then provincial IT previews the published list of the province's 148 communes
 * ({@code communes-2025-phu-tho.csv}) and runs it through {@link BulkOnboarding}: 148 centers, each with a director
 * and two clerks whose one-time passwords are hashed as in production (Argon2id, 19 MiB, 2 iterations, in parallel on
 * every core before the one transaction). Prints the time of each phase and PASS/FAIL against the target
 * (< 60 s), then the rerun (creates nothing) and the handover sheets' PDF (one page per center).
 *
 * <pre>java -cp ... vn.motcua.ops.bench.OnboardingBench [communes-2025-phu-tho.csv]</pre>
 */
public final class OnboardingBench {
    private static final long TARGET_MS = 60_000;
    private static final String ADMIN = "admin.bench";
    private static final String ADMIN_PASSWORD = "Bench-" + Secrets.random();

    private OnboardingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/communes-2025-phu-tho.csv");
        if (!Files.isRegularFile(file)) {
            System.err.println("commune list not found: " + file.toAbsolutePath() + " (pass its path as argument)");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("motcua-bench-pg");
        boolean passed;
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(data, 0);
             ApplicationContext context = ApplicationContext.run(Map.of(
                     "datasources.default.url", pg.jdbcUrl("motcua_bench"),
                     "datasources.default.username", EmbeddedPostgres.SUPERUSER,
                     "datasources.default.password", pg.password(),
                     "motcua.db.app-password", Secrets.random(),
                     "motcua.db.province-password", Secrets.random(),
                     "motcua.db.pool-size", "4",
                     "motcua.s3.endpoint", "http://localhost:1",
                     "motcua.s3.access-key", "unused",
                     "motcua.s3.secret-key", "unused"))) {
            passed = run(context, file);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(passed ? 0 : 1);
    }

    /** The CPU time this process has used: with the wall time, how much of the machine the run actually got. */
    private static long processCpuMs() {
        return java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1_000_000;
    }

    /** The 1-minute load average (other work on this machine competes with the run). */
    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.1f", load);
    }

    private static boolean run(ApplicationContext context, Path file) throws Exception {
        OnboardingService onboarding = context.getBean(OnboardingService.class);
        BulkOnboarding bulk = context.getBean(BulkOnboarding.class);
        LoginService login = context.getBean(LoginService.class);
        BusinessTime time = context.getBean(BusinessTime.class);
        PasswordHasher hasher = context.getBean(PasswordHasher.class);
        // a first start: the provincial center and its IT account only
        onboarding.onboard(Actor.system("bench"), List.of(new NewCenter("T25",
                "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ", CenterType.TINH, "25", "Phú Thọ", null,
                List.of(new NewStaff(ADMIN, "Quản trị tỉnh", Role.PROVINCIAL_ADMIN, "Quản trị", hasher.hash(ADMIN_PASSWORD))))));
        CallContext it = login.login(ADMIN, ADMIN_PASSWORD).principal().at(time.now());
        System.out.println("onboarding.cores: " + Runtime.getRuntime().availableProcessors() + " (load average before: "
                + loadAverage() + ")");

        long t0 = System.nanoTime();
        BulkPreview preview;
        try (InputStream in = Files.newInputStream(file)) {
            preview = bulk.previewFile(it, file.getFileName().toString(), in);
        }
        long previewMs = ms(t0);
        System.out.println("onboarding.preview: " + previewMs + " ms (" + preview.summaryVi() + ")");
        if (!preview.runnable() || preview.count(BulkRow.Status.CREATE) != 148) {
            preview.rows().stream().filter(r -> r.status() == BulkRow.Status.PROBLEM)
                    .forEach(r -> System.out.println("  " + r.reason()));
            System.out.println("onboarding.bulk: FAIL (the list does not preview as 148 new centers)");
            return false;
        }

        long runs = hasher.argon2Runs();
        long cpu0 = processCpuMs();
        t0 = System.nanoTime();
        BulkOutcome outcome = bulk.run(it, preview, 2, BulkOnboarding.Progress.NONE);
        long runMs = ms(t0);
        long hashes = hasher.argon2Runs() - runs;
        long cpuMs = processCpuMs() - cpu0;
        System.out.println("onboarding.bulk.centers: " + outcome.created().size() + " (accounts: " + outcome.accounts()
                + ", Argon2id hashes: " + hashes + ")");
        System.out.println("onboarding.bulk.hashing: " + outcome.hashingMs() + " ms (parallel, "
                + Runtime.getRuntime().availableProcessors() + " threads, outside the transaction)");
        System.out.println("onboarding.bulk.writing: " + outcome.writingMs() + " ms (one provincial transaction)");
        System.out.println("onboarding.bulk.cpu: " + cpuMs + " ms of CPU in " + runMs + " ms ("
                + String.format(java.util.Locale.ROOT, "%.2f", cpuMs / (double) runMs) + " of "
                + Runtime.getRuntime().availableProcessors() + " cores; load average after: " + loadAverage() + ")");
        long totalMs = previewMs + runMs;
        boolean pass = outcome.created().size() == 148 && outcome.accounts() == 444 && totalMs < TARGET_MS;
        System.out.println("onboarding.bulk.total: " + totalMs + " ms (preview + run; target < " + TARGET_MS + " ms) "
                + (pass ? "PASS" : "FAIL"));

        t0 = System.nanoTime();
        byte[] pdf = outcome.sheetsPdf("http://localhost:8080/dang-nhap", BusinessTime.local(it.now()), it.fullName());
        System.out.println("onboarding.sheets.pdf: " + ms(t0) + " ms (" + outcome.created().size() + " centers, "
                + pdf.length / 1024 + " kB)");

        // a director of the run signs in with the sheet's password, and must change it
        var first = outcome.created().get(0);
        LoginResult director = login.login(first.accounts().get(0).username(), first.accounts().get(0).oneTimePassword());
        boolean signsIn = director.succeeded() && director.mustChangePassword();
        System.out.println("onboarding.firstSignIn: " + (signsIn ? "one-time password accepted, change required" : "FAILED"));

        t0 = System.nanoTime();
        BulkPreview again;
        try (InputStream in = Files.newInputStream(file)) {
            again = bulk.previewFile(it, file.getFileName().toString(), in);
        }
        BulkOutcome rerun = bulk.run(it, again, 2, BulkOnboarding.Progress.NONE);
        boolean idempotent = rerun.created().isEmpty() && onboarding.centerCount() == 149;
        System.out.println("onboarding.rerun: " + ms(t0) + " ms (" + again.summaryVi() + "; created "
                + rerun.created().size() + ") " + (idempotent ? "PASS" : "FAIL"));
        return pass && signsIn && idempotent;
    }
}
