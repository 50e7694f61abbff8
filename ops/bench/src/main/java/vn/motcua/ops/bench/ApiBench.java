package vn.motcua.ops.bench;

import io.micronaut.context.ApplicationContext;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.devservices.EmbeddedPostgres;
import vn.motcua.devservices.EmbeddedS3;
import vn.motcua.devservices.Secrets;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.motcua.ops.bench.Figures.f;
import static vn.motcua.ops.bench.Figures.pct;

/**
 * API benchmark: {@link DossierBench}'s province (148 centers, 1,000,000 dossiers) in a fresh embedded PostgreSQL, the
 * packaged application ({@code ui/target/motcua.jar}) started on it, an API client of one center, its bearer token from
 * {@code POST /api/oauth/token}, then over HTTP on loopback: {@code GET /api/dossiers?size=20} one at a time (p50/p95,
 * target p95 < 20 ms) and 16 concurrent clients for a fixed time (requests/s), printed beside Open Zaak's published
 * figure for its case API (25 requests/s on 4 CPU / 8 GB with 1M cases).
 *
 * <pre>java -cp ... vn.motcua.ops.bench.ApiBench [dossiers (1000000)] [seconds of the concurrent run (30)] [jar]</pre>
 */
public final class ApiBench {
    private static final int CALLS = 1_000;
    private static final int WARMUP = 1_000;
    private static final int CLIENTS = 16;
    private static final double TARGET_P95_MS = 20;
    private static final double OPEN_ZAAK_RPS = 25;

    private ApiBench() {
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path jar = Path.of(args.length > 2 ? args[2] : "ui/target/motcua.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.err.println("application jar not found: " + jar + " (build it: ./mvnw -B -DskipTests package)");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("motcua-apibench-pg");
        Path objects = Files.createTempDirectory("motcua-apibench-s3");
        Path work = Files.createTempDirectory("motcua-apibench-app");
        String appPassword = Secrets.random();
        String provincePassword = Secrets.random();
        Process app = null;
        try (EmbeddedS3 s3 = EmbeddedS3.start(objects, 0); EmbeddedPostgres pg = EmbeddedPostgres.start(data, 0)) {
            String url = pg.jdbcUrl("motcua_bench");
            String clientId;
            String secret = "mcs_" + Secrets.random() + Secrets.random();
            try (ApplicationContext context = ApplicationContext.run(Map.ofEntries(
                    Map.entry("datasources.default.url", url),
                    Map.entry("datasources.default.username", EmbeddedPostgres.SUPERUSER),
                    Map.entry("datasources.default.password", pg.password()),
                    Map.entry("motcua.db.app-password", appPassword),
                    Map.entry("motcua.db.province-password", provincePassword),
                    Map.entry("motcua.db.set-role-passwords", "true"),
                    Map.entry("motcua.db.pool-size", "4"),
                    Map.entry("motcua.s3.endpoint", s3.endpoint().toString()),
                    Map.entry("motcua.s3.bucket", "motcua-bench"),
                    Map.entry("motcua.s3.access-key", s3.accessKey()),
                    Map.entry("motcua.s3.secret-key", s3.secretKey())))) {
                List<TenantId> centers = DossierBench.prepare(context, dossiers);
                // a read client of the second center (the first holds the template dossier too), as its director makes it
                TenantId center = centers.get(1);
                clientId = "mc" + center.value() + "_benchbenchbenchb";
                try (Connection c = context.getBean(DatabaseBootstrap.class).ownerConnection();
                     PreparedStatement ps = c.prepareStatement("INSERT INTO api_client (tenant_id, client_id, name, scope, "
                             + "access, secret_sha256, created_by, created_at) VALUES (?, ?, 'ApiBench', 'CENTER', 'READ', ?, "
                             + "'bench', now())")) {
                    ps.setLong(1, center.value());
                    ps.setString(2, clientId);
                    ps.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(secret.getBytes(StandardCharsets.UTF_8))));
                    ps.executeUpdate();
                }
            }
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString()).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("MOTCUA_")
                    || k.startsWith("MICRONAUT_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
            pb.environment().putAll(Map.of("DATASOURCES_DEFAULT_URL", url,
                    "DATASOURCES_DEFAULT_USERNAME", EmbeddedPostgres.SUPERUSER,
                    "DATASOURCES_DEFAULT_PASSWORD", pg.password(),
                    "MOTCUA_DB_APP_PASSWORD", appPassword, "MOTCUA_DB_PROVINCE_PASSWORD", provincePassword,
                    "MOTCUA_S3_ENDPOINT", s3.endpoint().toString(), "MOTCUA_S3_BUCKET", "motcua-bench",
                    "MOTCUA_S3_ACCESS_KEY", s3.accessKey(), "MOTCUA_S3_SECRET_KEY", s3.secretKey(),
                    "MOTCUA_DATA_DIR", work.resolve("data").toString()));
            pb.environment().put("MOTCUA_API_TOKEN_SECRET", Secrets.random() + Secrets.random());
            pb.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            app = pb.start();
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitHealth(http, base, app, work);
            run(http, base, clientId, secret, seconds);
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
                app.destroyForcibly();
            }
            for (Path p : List.of(data, objects, work)) {
                deleteTree(p);
            }
        }
    }

    private static void run(HttpClient http, String base, String clientId, String secret, int seconds) throws Exception {
        long t = System.nanoTime();
        String token = token(http, base, clientId, secret);
        System.out.println("api.token: " + f((System.nanoTime() - t) / 1e6) + " ms (first exchange, SHA-256 of the secret)");
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/api/dossiers?size=20"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        String body = http.send(page, HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = Pattern.compile("\"totalSize\":(\\d+)").matcher(body);
        System.out.println("  (the center's page: " + (total.find() ? total.group(1) : "?") + " dossiers counted, "
                + body.split("\"code\"").length + " codes on the page, " + body.length() + " bytes)");
        for (int i = 0; i < WARMUP; i++) {
            expect200(http.send(page, HttpResponse.BodyHandlers.discarding()));
        }
        double[] times = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            HttpRequest one = HttpRequest.newBuilder(URI.create(base + "/api/dossiers?size=20&page=" + (i % 10)))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
            long s = System.nanoTime();
            expect200(http.send(one, HttpResponse.BodyHandlers.discarding()));
            times[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(times);
        double p95 = pct(times, 95);
        System.out.println("api.dossiers.page20.bearer.p50/p95: " + f(pct(times, 50)) + " / " + f(p95) + " ms (" + CALLS
                + " sequential GETs, pages 0-9, over HTTP on loopback) " + (p95 < TARGET_P95_MS ? "PASS" : "FAIL")
                + " (target p95 < " + f(TARGET_P95_MS) + " ms)");

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = 0; k < CLIENTS; k++) {
            int client = k;
            clients.add(pool.submit((Callable<long[]>) () -> {
                HttpClient own = HttpClient.newHttpClient();
                long ok = 0;
                long failed = 0;
                for (int i = 0; System.nanoTime() < until; i++) {
                    HttpRequest one = HttpRequest.newBuilder(URI.create(base + "/api/dossiers?size=20&page="
                                    + ((client + i) % 10))).header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    if (own.send(one, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        ok++;
                    } else {
                        failed++;
                    }
                }
                return new long[]{ok, failed};
            }));
        }
        long ok = 0;
        long failed = 0;
        for (Future<long[]> c : clients) {
            long[] r = c.get();
            ok += r[0];
            failed += r[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double rps = ok / elapsed;
        System.out.println("api.dossiers.page20.concurrent16: " + f(rps) + " requests/s (" + ok + " answered 200, " + failed
                + " failed, in " + f(elapsed) + " s; " + Runtime.getRuntime().availableProcessors() + " cores shared by the "
                + "application, PostgreSQL and the 16 clients) vs Open Zaak " + f(OPEN_ZAAK_RPS)
                + " requests/s (4 CPU / 8 GB, 1M cases): " + f(rps / OPEN_ZAAK_RPS) + "x");
    }

    private static String token(HttpClient http, String base, String clientId, String secret) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static void expect200(HttpResponse<?> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET answered " + r.statusCode());
        }
    }

    private static void awaitHealth(HttpClient http, String base, Process app, Path work) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited: " + Files.readString(work.resolve("app.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not start: " + Files.readString(work.resolve("app.log")));
    }

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
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @SuppressWarnings("unused")
    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
