package vn.motcua.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.EmbeddedS3;
import vn.motcua.devservices.Secrets;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footprint benchmark: starts the packaged application ({@code ui/target/motcua.jar}) as a child process and measures
 * <ol>
 *   <li>start-up: from {@code java -jar} to the login page answering 200, on an empty data directory (embedded
 *   PostgreSQL initdb, migrations, demo province), on the same directory again, and against a configured external
 *   PostgreSQL and S3 (started here, outside the application), empty and then migrated;</li>
 *   <li>memory per signed-in clerk: N real headless-Chromium sessions (one isolated browser context, i.e. one cookie
 *   jar, each; driven over the DevTools protocol) signed in and left on the inbox {@code /tiep-nhan}, then N more on a
 *   dossier page {@code /ho-so/<id>}, with the server's heap used after a full GC ({@code jcmd GC.run},
 *   {@code GC.heap_info}) read before and after each group, while every tab stays open and keeps its heartbeat.</li>
 * </ol>
 *
 * <pre>java -cp ... vn.motcua.ops.bench.FootprintBench [sessions per page (50)] [jar (ui/target/motcua.jar)]
 *      [work directory (ops/target/footprint)]</pre>
 */
public final class FootprintBench {
    private static final String PASSWORD = "MotCua@2025";
    /** The demo's first commune (Tân Hòa) is the one with dossiers; its first clerk has some assigned to them. */
    private static final String CLERK = "cb1.tan-hoa.04792";
    private static final long TARGET_KB_PER_SESSION = 200;
    private static final long TARGET_START_MS = 10_000;
    private static final int PARALLEL_LOGINS = 3;
    private static final int STARTS = 3;

    private FootprintBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path jar = Path.of(args.length > 1 ? args[1] : "ui/target/motcua.jar").toAbsolutePath();
        Path work = Path.of(args.length > 2 ? args[2] : "ops/target/footprint").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.err.println("application jar not found: " + jar + " (build it: ./mvnw -B -DskipTests package)");
            System.exit(2);
        }
        if (!Files.isExecutable(Path.of(HeadlessChromium.CHROMIUM))) {
            System.err.println(HeadlessChromium.CHROMIUM + " not found (ops/scripts/ensure-chromium.sh installs Debian's chromium)");
            System.exit(2);
        }
        deleteTree(work);
        Files.createDirectories(work);
        System.out.println("(" + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + jar.getFileName() + " " + Files.size(jar) / 1_048_576 + " MB, work directory " + work + ")");

        // (a) the embedded defaults: first start on an empty data directory, then the same directory again
        Map<String, String> embedded = Map.of("MOTCUA_DATA_DIR", work.resolve("data").toString());
        App first = App.start(jar, embedded, work.resolve("app-1-first-run.log"));
        long firstMs = first.awaitLoginPage();
        first.stop();
        System.out.println("startup.first-run: " + firstMs + " ms (load average " + loadAverage() + "; empty data directory: embedded PostgreSQL initdb,"
                + " migrations, demo province of 149 centers, 588 procedures, 6 dossiers; JVM CPU "
                + first.cpuMs + " ms; app's own count " + first.selfReportedMs() + " ms)");

        // the second start three times; the last one stays up for the sessions
        long[] seconds = new long[STARTS];
        long[] cpu = new long[STARTS];
        App app = null;
        for (int i = 0; i < STARTS; i++) {
            App run = App.start(jar, embedded, work.resolve("app-2-start-" + (i + 2) + ".log"));
            seconds[i] = run.awaitLoginPage();
            cpu[i] = run.cpuMs;
            if (i < STARTS - 1) {
                run.stop();
            } else {
                app = run;
            }
        }
        System.out.println("startup.embedded: " + starts(seconds) + " (data directory initialised, starts 2–" + (STARTS + 1)
                + "; JVM CPU median " + median(cpu) + " ms; app's own count of the last " + app.selfReportedMs() + " ms) " + verdict(median(seconds) < TARGET_START_MS, "< 10 s"));
        try {
            sessions(app, sessions, work);
        } finally {
            app.stop();
        }

        // (b) a configured external PostgreSQL and S3: started here, the application embeds nothing
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(work.resolve("external-pg"), 0);
             EmbeddedS3 s3 = EmbeddedS3.start(work.resolve("external-s3"), 0)) {
            Map<String, String> external = Map.of(
                    "DATASOURCES_DEFAULT_URL", pg.jdbcUrl("motcua"),
                    "DATASOURCES_DEFAULT_USERNAME", EmbeddedPostgres.SUPERUSER,
                    "DATASOURCES_DEFAULT_PASSWORD", pg.password(),
                    "MOTCUA_DB_APP_PASSWORD", Secrets.random(),
                    "MOTCUA_DB_PROVINCE_PASSWORD", Secrets.random(),
                    "MOTCUA_S3_ENDPOINT", s3.endpoint().toString(),
                    "MOTCUA_S3_ACCESS_KEY", s3.accessKey(),
                    "MOTCUA_S3_SECRET_KEY", s3.secretKey(),
                    "MOTCUA_DATA_DIR", work.resolve("external-data").toString());
            App empty = App.start(jar, external, work.resolve("app-3-external-empty.log"));
            long emptyMs = empty.awaitLoginPage();
            empty.stop();
            System.out.println("startup.external.empty-db: " + emptyMs + " ms (load average " + loadAverage() + "; external PostgreSQL + S3, empty database:"
                    + " migrations, roles; JVM CPU " + empty.cpuMs + " ms; app's own count " + empty.selfReportedMs() + " ms)");
            long[] again = new long[STARTS];
            long[] againCpu = new long[STARTS];
            String self = "?";
            for (int i = 0; i < STARTS; i++) {
                App run = App.start(jar, external, work.resolve("app-4-external-" + (i + 2) + ".log"));
                again[i] = run.awaitLoginPage();
                againCpu[i] = run.cpuMs;
                self = run.selfReportedMs();
                run.stop();
            }
            System.out.println("startup.external: " + starts(again) + " (external PostgreSQL + S3, migrated database, "
                    + STARTS + " starts; JVM CPU median " + median(againCpu) + " ms; app's own count of the last " + self + " ms) " + verdict(median(again) < TARGET_START_MS, "< 10 s"));
        }
    }

    // ---------------------------------------------------------------- memory per session

    private static void sessions(App app, int n, Path work) throws Exception {
        List<Long> dossiers = dossierIds(app.port);
        if (dossiers.isEmpty()) {
            throw new IllegalStateException("the demo has no dossiers for " + CLERK);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_LOGINS);
        try (HeadlessChromium browser = HeadlessChromium.start(work.resolve("chromium"))) {
            String base = "http://localhost:" + app.port;
            // warm-up (classes, caches, first-render work), left open: they are in both readings
            browser.signedIn(base, CLERK, PASSWORD).load(base + "/ho-so/" + dossiers.get(0), HeadlessChromium.DOSSIER_READY);
            browser.signedIn(base, CLERK, PASSWORD);
            Thread.sleep(3_000);
            Heap h0 = Heap.read(app.pid());
            System.out.println("server.heap.baseline: " + h0.usedKb + " KB after full GC (" + h0.uis + " UIs, "
                    + h0.sessions + " Vaadin sessions open; RSS " + app.rssMb() + " MB)");

            openAll(pool, n, i -> () -> browser.signedIn(base, CLERK, PASSWORD));
            Thread.sleep(3_000);
            Heap h1 = Heap.read(app.pid());
            long inbox = Math.round((h1.usedKb - h0.usedKb) / (double) n);
            System.out.println("server.heap.inbox: " + h1.usedKb + " KB after full GC (" + h1.uis + " UIs, " + h1.sessions
                    + " Vaadin sessions; RSS " + app.rssMb() + " MB)");
            h1.writeGrowth(h0, n, work.resolve("heap-growth-inbox.txt"));
            System.out.println("session.heap.inbox: " + inbox + " KB/session (" + n + " clerks signed in on /tiep-nhan, "
                    + (h1.usedKb - h0.usedKb) + " KB together) " + verdict(inbox <= TARGET_KB_PER_SESSION, "≤ 200 KB"));

            openAll(pool, n, i -> () -> browser.signedIn(base, CLERK, PASSWORD)
                    .load(base + "/ho-so/" + dossiers.get(i % dossiers.size()), HeadlessChromium.DOSSIER_READY));
            Thread.sleep(3_000);
            Heap h2 = Heap.read(app.pid());
            long dossier = Math.round((h2.usedKb - h1.usedKb) / (double) n);
            System.out.println("server.heap.dossier: " + h2.usedKb + " KB after full GC (" + h2.uis + " UIs, " + h2.sessions
                    + " Vaadin sessions; RSS " + app.rssMb() + " MB)");
            h2.writeGrowth(h1, n, work.resolve("heap-growth-dossier.txt"));
            System.out.println("session.heap.dossier: " + dossier + " KB/session (" + n + " clerks signed in on /ho-so/<id>, "
                    + dossiers.size() + " dossiers in turn, " + (h2.usedKb - h1.usedKb) + " KB together) "
                    + verdict(dossier <= TARGET_KB_PER_SESSION, "≤ 200 KB"));
            long worst = Math.max(1, Math.max(inbox, dossier));
            System.out.println("sessions.per.GiB: " + 1_048_576 / worst + " (at the larger of the two, " + worst + " KB/session)");
            System.out.println("session.heap.target: " + verdict(inbox <= TARGET_KB_PER_SESSION && dossier <= TARGET_KB_PER_SESSION,
                    "every page ≤ 200 KB/session"));
            long expectedUis = h0.uis + 2L * n;
            if (h2.uis != expectedUis) {
                System.out.println("(warning: " + h2.uis + " UIs open, " + expectedUis + " expected)");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void openAll(ExecutorService pool, int n, IntFunction<java.util.concurrent.Callable<?>> task) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            done.add(pool.submit(task.apply(i)));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
    }

    /** The demo dossiers the clerk's center has, by the REST API (HTTP Basic with the same account). */
    private static List<Long> dossierIds(int port) throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLERK + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/dossiers?size=50"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/api/dossiers answered " + r.statusCode() + ": " + r.body());
        }
        List<Long> ids = new ArrayList<>();
        new ObjectMapper().readTree(r.body()).path("content").forEach(d -> ids.add(d.get("id").asLong()));
        return ids;
    }

    /** "median ms (min–max, load average l)": the machine is shared, its load is part of the figure. */
    private static String starts(long[] ms) throws IOException {
        long[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return median(ms) + " ms median (" + sorted[0] + "–" + sorted[sorted.length - 1] + " ms over " + ms.length
                + " starts, load average " + loadAverage() + ")";
    }

    private static long median(long[] ms) {
        long[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static String verdict(boolean pass, String target) {
        return pass ? "PASS (" + target + ")" : "FAIL (" + target + ")";
    }

    // ---------------------------------------------------------------- the application as a child process

    /** {@code java -jar motcua.jar} with its own port and environment, output in a log file. */
    private static final class App {
        private static final Pattern STARTED = Pattern.compile("started in (\\d+) ms");
        final Process process;
        final int port;
        final long startNanos;
        final Path log;
        /** CPU time the JVM had used when the login page first answered (the embedded PostgreSQL not counted). */
        long cpuMs = -1;

        private App(Process process, int port, long startNanos, Path log) {
            this.process = process;
            this.port = port;
            this.startNanos = startNanos;
            this.log = log;
        }

        static App start(Path jar, Map<String, String> env, Path log) throws IOException {
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString())
                    .directory(log.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            // nothing configured from the caller's environment leaks in: only what this run sets
            pb.environment().keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("MOTCUA_")
                    || k.startsWith("MICRONAUT_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
            pb.environment().putAll(env);
            pb.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            long t0 = System.nanoTime();
            return new App(pb.start(), port, t0, log);
        }

        long pid() {
            return process.pid();
        }

        /** Milliseconds from the process start to the login page answering 200. */
        long awaitLoginPage() throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dang-nhap"))
                    .timeout(Duration.ofSeconds(10)).build();
            long deadline = startNanos + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited (" + process.exitValue() + "), see " + log);
                }
                try {
                    if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        long ms = (System.nanoTime() - startNanos) / 1_000_000;
                        cpuMs = cpuMs();
                        return ms;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("no login page after 10 minutes, see " + log);
        }

        /** What the application prints itself ("started in N ms", from its main class being loaded). */
        String selfReportedMs() throws IOException {
            for (int i = 0; i < 20; i++) {
                Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m.group(1);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "?";
        }

        /** utime + stime of the JVM from /proc (clock ticks of 10 ms). */
        long cpuMs() throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        }

        long rssMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        /** SIGTERM, so the shutdown hooks stop the embedded PostgreSQL cleanly. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    // ---------------------------------------------------------------- heap of the server

    /** Heap used after full GCs (lowest of three), and the open UIs and sessions from a class histogram. */
    private record Heap(long usedKb, long uis, long sessions, Map<String, long[]> classes) {
        private static final Pattern USED = Pattern.compile("used (\\d+)K");
        private static final Pattern HISTO = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

        static Heap read(long pid) throws Exception {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                jcmd(pid, "GC.run");
                Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
                if (!m.find()) {
                    throw new IllegalStateException("no 'used' in GC.heap_info");
                }
                best = Math.min(best, Long.parseLong(m.group(1)));
            }
            Map<String, long[]> classes = new java.util.HashMap<>();
            for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
                Matcher m = HISTO.matcher(line);
                if (m.find()) {
                    classes.merge(m.group(3), new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                            (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
                }
            }
            return new Heap(best, count(classes, "com.vaadin.flow.component.UI"),
                    count(classes, "com.vaadin.flow.server.VaadinSession"), classes);
        }

        private static long count(Map<String, long[]> classes, String name) {
            long[] c = classes.get(name);
            return c == null ? 0 : c[0];
        }

        /** The classes whose live bytes grew most from {@code before}, per session, into a file for the analysis. */
        void writeGrowth(Heap before, int sessions, Path file) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(java.util.Locale.ROOT, "%12s %12s  %s", "bytes/sess", "objs/sess", "class (live after full GC, growth over "
                    + sessions + " sessions)"));
            classes.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), new long[]{
                            e.getValue()[0] - before.classes.getOrDefault(e.getKey(), new long[2])[0],
                            e.getValue()[1] - before.classes.getOrDefault(e.getKey(), new long[2])[1]}))
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                    .limit(200)
                    .forEach(e -> lines.add(String.format(java.util.Locale.ROOT, "%12d %12.1f  %s",
                            e.getValue()[1] / sessions, e.getValue()[0] / (double) sessions, e.getKey())));
            Files.write(file, lines);
        }

        private static String jcmd(long pid, String command) throws Exception {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + ": " + out);
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- helpers

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
