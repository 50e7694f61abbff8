package vn.motcua.ops.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.core.storage.S3DocumentStore;
import vn.motcua.core.storage.S3Settings;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.EmbeddedS3;
import vn.motcua.devservices.Secrets;
import vn.motcua.ops.bench.HeadlessChromium;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two application nodes on one PostgreSQL and one S3 store, behind HAProxy with the shipped configuration
 * ({@code ops/deploy/haproxy/haproxy.cfg}, its {@code bind} and {@code server} lines replaced):
 * <ol>
 *   <li>two clerks sign in through the load balancer in a real (headless) Chromium, one pinned to each node by the
 *   balancer's cookie, and each writes a note on the same dossier;</li>
 *   <li>the scheduled document sweep runs on both nodes every second: orphaned objects planted in S3 are each removed
 *   exactly once (each removal is logged by the node that made it), never by both;</li>
 *   <li>node A is killed (SIGKILL): the clerk on node B keeps working without signing in again and reads A's note;
 *   the clerk of node A lands on the login page, signs in again (now on B) and finds both notes; the database holds
 *   both; the sweep goes on, on B alone.</li>
 * </ol>
 * Prints one line per check and {@code two-nodes: PASS} or {@code two-nodes: FAIL}; exit status 0 or 1.
 *
 * <pre>java -cp ... vn.motcua.ops.deploy.TwoNodeDrill [jar (ui/target/motcua.jar)] [haproxy.cfg] [work dir (ops/target/two-nodes)]</pre>
 */
public final class TwoNodeDrill {
    private static final String PASSWORD = "MotCua@2025";
    private static final String CLERK_A = "cb1.tan-hoa.04792";
    private static final String CLERK_B = "cb2.tan-hoa.04792";
    private static final String COOKIE = "MOTCUA_NODE";
    /** Enough that a sweep takes a while (a delete each), so two unguarded sweeps would overlap and remove some twice. */
    private static final int ORPHANS = 200;
    private static final Pattern REMOVED = Pattern.compile("Document sweep removed (\\S+)");

    private final Path work;
    private final List<String> failures = new ArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    private TwoNodeDrill(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "ui/target/motcua.jar").toAbsolutePath();
        Path config = Path.of(args.length > 1 ? args[1] : "ops/deploy/haproxy/haproxy.cfg").toAbsolutePath();
        Path work = Path.of(args.length > 2 ? args[2] : "ops/target/two-nodes").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        TwoNodeDrill drill = new TwoNodeDrill(work);
        boolean pass;
        try {
            pass = drill.run(jar, config);
        } catch (Exception e) {
            System.out.println("two-nodes: error: " + e);
            e.printStackTrace(System.out);
            pass = false;
        } finally {
            drill.closeAll();
        }
        System.out.println("two-nodes: " + (pass ? "PASS" : "FAIL") + " (logs in " + work + ")");
        System.exit(pass ? 0 : 1);
    }

    private boolean run(Path jar, Path shippedConfig) throws Exception {
        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.start(work.resolve("postgres"), 0);
        toClose.add(pg);
        EmbeddedS3 s3 = EmbeddedS3.start(work.resolve("s3"), 0);
        toClose.add(s3);
        String jdbc = pg.jdbcUrl("motcua");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", jdbc);
        env.put("DATASOURCES_DEFAULT_USERNAME", EmbeddedPostgres.SUPERUSER);
        env.put("DATASOURCES_DEFAULT_PASSWORD", pg.password());
        env.put("MOTCUA_DB_APP_PASSWORD", Secrets.random());
        env.put("MOTCUA_DB_PROVINCE_PASSWORD", Secrets.random());
        env.put("MOTCUA_S3_ENDPOINT", s3.endpoint().toString());
        env.put("MOTCUA_S3_ACCESS_KEY", s3.accessKey());
        env.put("MOTCUA_S3_SECRET_KEY", s3.secretKey());
        env.put("MOTCUA_DEMO_ENABLED", "true");
        env.put("MOTCUA_TRUSTED_PROXIES", "127.0.0.1");
        env.put("MOTCUA_SWEEPER_INITIAL_DELAY", "1s");
        env.put("MOTCUA_SWEEPER_INTERVAL", "1s");
        env.put("MOTCUA_SWEEPER_GRACE", "5s");
        env.put("MOTCUA_DB_POOL_SIZE", "5");

        // node A first: it migrates the empty database and loads the demo province; then node B joins
        Node a = Node.start("A", jar, env, work);
        toClose.add(a);
        a.awaitUp();
        Node b = Node.start("B", jar, env, work);
        toClose.add(b);
        b.awaitUp();
        System.out.printf("two-nodes: node A :%d, node B :%d up after %d s (one PostgreSQL :%d, one S3 %s)%n",
                a.port, b.port, seconds(t0), pg.port(), s3.endpoint());

        int lbPort = freePort();
        int statsPort = freePort();
        Path cfg = work.resolve("haproxy.cfg");
        Files.writeString(cfg, drillConfig(Files.readString(shippedConfig), lbPort, statsPort, a.port, b.port));
        Haproxy haproxy = Haproxy.start(cfg, work.resolve("haproxy.log"));
        toClose.add(haproxy);
        String base = "http://127.0.0.1:" + lbPort;
        haproxy.awaitServers(statsPort, Map.of("node1", "UP", "node2", "UP"));
        System.out.println("two-nodes: HAProxy " + base + " with node1 = A, node2 = B, both UP");

        // ---- 1. two clerks, one on each node
        S3DocumentStore store = new S3DocumentStore(new S3Settings(s3.endpoint().toString(), "us-east-1", "motcua-documents",
                s3.accessKey(), s3.secretKey(), true));
        HeadlessChromium browser = HeadlessChromium.start(work.resolve("chromium"));
        toClose.add(browser);
        HeadlessChromium.Tab clerkA = browser.newTab(cookie("node1")).signIn(base, CLERK_A, PASSWORD);
        HeadlessChromium.Tab clerkB = browser.newTab(cookie("node2")).signIn(base, CLERK_B, PASSWORD);
        String haproxyLog = Files.readString(haproxy.log);
        check("two-nodes.sticky", "node1".equals(clerkA.cookie(COOKIE)) && "node2".equals(clerkB.cookie(COOKIE))
                        && haproxyLog.contains("motcua/node1") && haproxyLog.contains("motcua/node2"),
                CLERK_A + " signed in on " + clerkA.cookie(COOKIE) + " (A), " + CLERK_B + " on " + clerkB.cookie(COOKIE)
                        + " (B); HAProxy's log shows requests served by both");

        long dossier = commentableDossier(base, clerkA);
        String noteA = "Ghi chú qua nút A " + UUID.randomUUID();
        String noteB = "Ghi chú qua nút B " + UUID.randomUUID();
        comment(clerkA, base, dossier, noteA);
        comment(clerkB, base, dossier, noteB);
        check("two-nodes.work", commentsVisible(clerkB, noteA, noteB),
                "both clerks wrote a note on dossier " + dossier + " through their own node; B's page shows both");

        // ---- 2. scheduled work: the sweep runs on both nodes' schedules, never on both at once
        long tenant = firstCenter(jdbc, pg.password());
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < ORPHANS; i++) {
            String key = tenant + "/dossiers/drill/" + UUID.randomUUID();
            store.put(key, ("orphan " + i).getBytes(StandardCharsets.UTF_8), "application/pdf");
            orphans.add(key);
        }
        boolean gone = awaitGone(store, orphans, 90);
        Thread.sleep(2_000);
        Map<String, Integer> removals = new LinkedHashMap<>();
        for (Node n : List.of(a, b)) {
            Matcher m = REMOVED.matcher(n.log());
            while (m.find()) {
                removals.merge(m.group(1), 1, Integer::sum);
            }
        }
        long twice = orphans.stream().filter(k -> removals.getOrDefault(k, 0) > 1).count();
        String logA = a.log();
        String logB = b.log();
        long byA = orphans.stream().filter(k -> logA.contains("Document sweep removed " + k)).count();
        long byB = orphans.stream().filter(k -> logB.contains("Document sweep removed " + k)).count();
        check("two-nodes.scheduled", gone && twice == 0 && orphans.stream().allMatch(removals::containsKey),
                ORPHANS + " orphaned objects removed " + (gone ? "" : "(NOT ALL) ") + "by the sweep; removed twice: " + twice + " ("
                        + "by A " + byA + ", by B " + byB + "); sweeps ran A " + a.count("document-sweep: ran on this node")
                        + " / B " + b.count("document-sweep: ran on this node") + " times, skipped while the other held it A "
                        + a.count("document-sweep: skipped") + " / B " + b.count("document-sweep: skipped"));

        // ---- 3. node A dies
        a.kill();
        long killed = System.nanoTime();
        int sweepsOfBBefore = b.count("document-sweep: ran on this node");
        clerkB.load(base + "/ho-so/" + dossier, HeadlessChromium.DOSSIER_READY);
        check("two-nodes.failover.b", "node2".equals(clerkB.cookie(COOKIE)) && commentsVisible(clerkB, noteA, noteB),
                CLERK_B + " (node B) kept working without signing in again and reads the note written through A");
        clerkA.open(base + "/tiep-nhan", "!!document.querySelector('#vaadinLoginUsername input')");
        System.out.println("two-nodes: " + CLERK_A + "'s next page after A died: the login form at "
                + clerkA.eval("location.pathname").asText() + " (" + seconds(killed) + " s after the kill)");
        clerkA.signIn(base, CLERK_A, PASSWORD);
        clerkA.load(base + "/ho-so/" + dossier, HeadlessChromium.DOSSIER_READY);
        check("two-nodes.failover.a", "node2".equals(clerkA.cookie(COOKIE)) && commentsVisible(clerkA, noteA, noteB),
                CLERK_A + " lost only A's open page: signed in again, now on " + clerkA.cookie(COOKIE) + ", and finds both notes");
        check("two-nodes.data", countNotes(jdbc, pg.password(), noteA, noteB) == 2,
                "PostgreSQL holds both notes (" + countNotes(jdbc, pg.password(), noteA, noteB) + " of 2)");
        String late = tenant + "/dossiers/drill/" + UUID.randomUUID();
        store.put(late, new byte[]{1}, "application/pdf");
        boolean lateGone = awaitGone(store, List.of(late), 60);
        check("two-nodes.scheduled.after", lateGone && b.count("document-sweep: ran on this node") > sweepsOfBBefore,
                "after A died the sweep goes on on B alone (the lock died with A's connection)");
        System.out.println("two-nodes: took " + seconds(t0) + " s");
        return failures.isEmpty();
    }

    // ---------------------------------------------------------------- the steps

    private void check(String name, boolean ok, String what) {
        System.out.println(name + ": " + what + " " + (ok ? "PASS" : "FAIL"));
        if (!ok) {
            failures.add(name);
        }
    }

    private static Map<String, Object> cookie(String node) {
        return Map.of("name", COOKIE, "value", node, "domain", "127.0.0.1", "path", "/");
    }

    /** A demo dossier of the center whose page offers the note form, by the API through the load balancer. */
    private static long commentableDossier(String base, HeadlessChromium.Tab tab) throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLERK_A + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/dossiers?size=50"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/api/dossiers answered " + r.statusCode() + ": " + r.body());
        }
        List<Long> ids = new ArrayList<>();
        new ObjectMapper().readTree(r.body()).path("content").forEach(d -> ids.add(d.get("id").asLong()));
        for (long id : ids) {
            tab.load(base + "/ho-so/" + id, HeadlessChromium.DOSSIER_READY);
            if (tab.eval("!!document.querySelector('#comment-open')").asBoolean(false)) {
                return id;
            }
        }
        throw new IllegalStateException("no demo dossier of " + CLERK_A + " offers a note: " + ids);
    }

    private static void comment(HeadlessChromium.Tab tab, String base, long dossier, String text) throws Exception {
        tab.load(base + "/ho-so/" + dossier, HeadlessChromium.DOSSIER_READY);
        tab.click("#comment-open");
        tab.waitFor("!!document.querySelector('#comment-body textarea')");
        tab.type("#comment-body textarea", text);
        tab.click("#comment-send");
        tab.waitFor("!!document.querySelector('#dossier-comments') && document.querySelector('#dossier-comments').textContent.includes("
                + HeadlessChromium.quote(text) + ")");
    }

    private static boolean commentsVisible(HeadlessChromium.Tab tab, String... notes) throws Exception {
        for (String note : notes) {
            if (!tab.eval("!!document.querySelector('#dossier-comments') && document.querySelector('#dossier-comments').textContent.includes("
                    + HeadlessChromium.quote(note) + ")").asBoolean(false)) {
                return false;
            }
        }
        return true;
    }

    private static long firstCenter(String jdbc, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedPostgres.SUPERUSER, password);
             ResultSet rs = c.createStatement().executeQuery("SELECT min(tenant_id) FROM service_center")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long countNotes(String jdbc, String password, String... notes) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedPostgres.SUPERUSER, password);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM dossier_comment WHERE body = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", notes));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean awaitGone(S3DocumentStore store, List<String> keys, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (keys.stream().noneMatch(store::exists)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The shipped configuration with this machine's ports: the same backend rules, two local nodes, a stats page. */
    static String drillConfig(String shipped, int lbPort, int statsPort, int portA, int portB) {
        StringBuilder out = new StringBuilder();
        boolean inNodes = false;
        for (String line : shipped.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("# BEGIN nodes")) {
                inNodes = true;
                out.append(line).append('\n')
                        .append("    server node1 127.0.0.1:").append(portA).append(" cookie node1\n")
                        .append("    server node2 127.0.0.1:").append(portB).append(" cookie node2\n");
                continue;
            }
            if (t.startsWith("# END nodes")) {
                inNodes = false;
            } else if (inNodes) {
                continue;
            }
            if (t.startsWith("bind :80")) {
                line = "    bind 127.0.0.1:" + lbPort;
            } else if (t.startsWith("log /dev/log")) {
                line = "    log stdout format raw local0";
            } else if (t.startsWith("stats socket") || t.startsWith("stats timeout")) {
                continue;
            } else if (t.startsWith("default-server")) {
                // the drill notices a dead node within a second instead of six
                line = "    default-server check inter 500ms fall 2 rise 1";
            }
            out.append(line).append('\n');
        }
        if (!out.toString().contains("127.0.0.1:" + portA)) {
            throw new IllegalStateException("the shipped configuration has no '# BEGIN nodes' / '# END nodes' block");
        }
        out.append("\nlisten stats\n    bind 127.0.0.1:").append(statsPort).append("\n    stats enable\n    stats uri /stats\n");
        return out.toString();
    }

    private void closeAll() {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                System.out.println("two-nodes: could not stop " + toClose.get(i) + ": " + e.getMessage());
            }
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    static int freePort() throws IOException {
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

    // ---------------------------------------------------------------- processes

    /** {@code java -jar motcua.jar} on its own port, the sweep's and the cluster lock's lines at DEBUG. */
    private static final class Node implements AutoCloseable {
        final String name;
        final Process process;
        final int port;
        final Path log;

        private Node(String name, Process process, int port, Path log) {
            this.name = name;
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Node start(String name, Path jar, Map<String, String> env, Path work) throws IOException {
            int port = freePort();
            Path log = work.resolve("node-" + name + ".log");
            Path dir = Files.createDirectories(work.resolve("node-" + name));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m",
                    "-Dlogger.levels.vn.motcua.core.cluster.ClusterOnce=DEBUG",
                    "-Dlogger.levels.vn.motcua.core.storage.DocumentSweeper=DEBUG",
                    "-jar", jar.toString())
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("MOTCUA_")
                    || k.startsWith("MICRONAUT_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
            pb.environment().putAll(env);
            pb.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            pb.environment().put("MOTCUA_DATA_DIR", dir.resolve(".motcua").toString());
            return new Node(name, pb.start(), port, log);
        }

        void awaitUp() throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(10)).build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + name + " exited (" + process.exitValue() + "), see " + log);
                }
                try {
                    if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("node " + name + " not up after 5 minutes, see " + log);
        }

        String log() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        int count(String text) {
            String all = log();
            int n = 0;
            for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + 1)) {
                n++;
            }
            return n;
        }

        /** SIGKILL: no shutdown hook, no goodbye to PostgreSQL — as a crashed machine. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }

        @Override
        public String toString() {
            return "node " + name;
        }
    }

    /** {@code haproxy -db -f <config>} in the foreground. */
    private static final class Haproxy implements AutoCloseable {
        final Process process;
        final Path log;

        private Haproxy(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Haproxy start(Path config, Path log) throws Exception {
            Process check = new ProcessBuilder("haproxy", "-c", "-f", config.toString()).redirectErrorStream(true).start();
            String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (check.waitFor() != 0) {
                throw new IllegalStateException("haproxy -c refuses the configuration: " + checked);
            }
            Process p = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Haproxy(p, log);
        }

        /** Waits until the stats page shows each server in the given state. */
        void awaitServers(int statsPort, Map<String, String> states) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv")).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String csv = "";
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("haproxy exited, see " + log);
                }
                try {
                    csv = http.send(get, HttpResponse.BodyHandlers.ofString()).body();
                    String now = csv;
                    if (states.entrySet().stream().allMatch(e -> now.lines().anyMatch(l -> l.startsWith("motcua," + e.getKey() + ",")
                            && l.contains("," + e.getValue() + ",")))) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("HAProxy's servers are not " + states + ": " + csv);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        @Override
        public String toString() {
            return "haproxy";
        }
    }
}
