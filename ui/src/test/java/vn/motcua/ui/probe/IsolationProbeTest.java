package vn.motcua.ui.probe;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.db.DatabaseBootstrap;
import vn.motcua.core.db.DatabaseSettings;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.tenants.testing.TwoCenters;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The isolation probe (also run by hand: {@code ops/probe/run.sh}): people of commune A, an outsider and the database's
 * tenant role try to reach commune B's data — over the API with A's real accounts, through the public status look-up
 * with B's dossier codes and wrong phone digits, and in SQL as the application's tenant role bound to A (or to no
 * tenant), against every row of B in every tenant table. It replays more than 10,000 attempts and prints
 * {@code leaks: N}; any answer, row or change that reached B is a leak and fails the test with the list.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationProbeTest implements IntegrationTestProperties {
    static final int DOSSIERS_OF_B = 40;
    /** B's dossiers carried in from a previous system (rows in dossier_import too). */
    static final int IMPORTED_INTO_B = 2;
    static final int API_ROUNDS = 1;
    static final int PUBLIC_GUESSES = 4_500;

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    IntakeService intake;
    @Inject
    StaffService staff;
    @Inject
    DossierStatusLookup statusLookup;
    @Inject
    DatabaseBootstrap database;
    @Inject
    vn.motcua.core.queue.DeviceService devices;
    @Inject
    vn.motcua.core.queue.QueueBoard queueBoard;
    @Inject
    vn.motcua.core.queue.TicketService tickets;
    @Inject
    vn.motcua.core.context.BusinessTime time;

    final HttpClient http = HttpClient.newHttpClient();
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final List<String> leaks = java.util.Collections.synchronizedList(new ArrayList<>());

    TwoCenters c;
    final List<Intake> dossiersOfB = new ArrayList<>();
    List<StaffView> staffOfB;
    /** Strings that appear only in B's data: seeing one of them anywhere A looks is a leak. */
    final List<String> markersOfB = new ArrayList<>();
    /** A bearer token of an API client of A (read-write). */
    String tokenOfA;

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeAll
    void aCommuneBWithDossiersPapersAndStaff() throws Exception {
        c = new TwoCenters(context, "probe.");
        // a province-wide event subscription: B's dossiers get outbox events and deliveries for the probe to attack
        context.getBean(vn.motcua.core.outbox.EventSubscriptions.class).create(c.admin(),
                new vn.motcua.core.outbox.EventSubscriptions.Draft("Probe LGSP", "https://127.0.0.1:9/su-kien",
                        java.util.EnumSet.allOf(vn.motcua.core.outbox.OutboxEventType.class), null));
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < DOSSIERS_OF_B; i++) {
            dossiersOfB.add(intake.receive(c.clerkB(), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                    LegalDeadline.workingDays(3), c.b.provinceCode(), c.b.agencyCode(), Dossier.Channel.IN_PERSON,
                    new Applicant.Individual("Lý Thị Xuyến", "02519000" + (1000 + i), LocalDate.of(1990, 1, 2),
                            "09120" + (10000 + i), "Xóm Chùa"),
                    List.of(new IntakeRequest.IncomingDocument("Tờ khai", "a.pdf", pdf)))));
        }
        staffOfB = staff.list(c.directorB(), null, null, 0, 50, null, true).getContent();
        context.getBean(vn.motcua.core.outbox.OutboxDelivery.class).deliver();
        queueOfB();
        dossiersOfB.forEach(d -> markersOfB.add(d.code()));
        markersOfB.addAll(List.of("Lý Thị Xuyến", "An Bình", "Lê Văn Cường", "Phạm Thị Dung"));
        vn.motcua.tenants.legacy.LegacySampleArchive.publishProcedures(context, c.admin());
        vn.motcua.tenants.legacy.LegacySampleArchive old = vn.motcua.tenants.legacy.LegacySampleArchive.demo("000.00.90.H25",
                IMPORTED_INTO_B, context.getBean(vn.motcua.core.context.BusinessTime.class).now());
        java.nio.file.Path zip = old.write(java.nio.file.Files.createTempFile("probe-legacy", ".zip"));
        context.getBean(vn.motcua.tenants.legacy.LegacyImportService.class).run(c.admin(), c.b.id(), zip,
                vn.motcua.tenants.legacy.LegacyImportService.Progress.NONE);
        old.dossiers.forEach(d -> markersOfB.add((String) d.get("code")));
        // API clients: B's own (its row is probed in SQL), and A's, whose bearer token attacks B over the API
        vn.motcua.tenants.apiclient.ApiClients apiClients = context.getBean(vn.motcua.tenants.apiclient.ApiClients.class);
        apiClients.create(c.directorB(), c.b.id(), vn.motcua.tenants.apiclient.ApiClient.Scope.CENTER,
                vn.motcua.tenants.apiclient.ApiClient.Access.READ_WRITE, "Ứng dụng riêng của An Bình");
        vn.motcua.tenants.apiclient.ApiClients.Issued ofA = apiClients.create(c.directorA(), c.a.id(),
                vn.motcua.tenants.apiclient.ApiClient.Scope.CENTER, vn.motcua.tenants.apiclient.ApiClient.Access.READ_WRITE,
                "Ứng dụng của A");
        tokenOfA = context.getBean(vn.motcua.ui.api.ClientTokens.class).issue(apiClients.exchange(ofA.client().clientId(),
                ofA.secret(), java.time.Instant.EPOCH).orElseThrow());
        markersOfB.add("Ứng dụng riêng của An Bình");
    }

    @Test
    void tenThousandAttemptsOnAnotherCommuneLeakNothing() throws Exception {
        probeTheApi();
        probeThePublicLookUp();
        probeTheQueue();
        probeSqlAsTheTenantRole();
        bIsUnchanged();

        int total = attempts.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.println("[isolation probe] attempts " + total + " " + new java.util.TreeMap<>(attempts));
        System.out.println("leaks: " + leaks.size());
        leaks.stream().map(l -> l.length() > 160 ? l.substring(0, 160) : l).distinct().limit(30)
                .forEach(l -> System.out.println("  leak: " + l));
        assertTrue(total >= 10_000, "at least 10,000 attempts, made " + total);
        assertEquals(List.of(), leaks);
    }

    // ---- over the API, with A's real accounts ----

    private void probeTheApi() throws Exception {
        List<String[]> calls = new ArrayList<>();
        for (String user : new String[]{"probe.cb.a", "probe.gd.a"}) {
            for (Intake d : dossiersOfB) {
                long id = d.dossier().id();
                calls.add(new String[]{user, "GET", "/api/dossiers/" + id, null});
                calls.add(new String[]{user, "GET", "/api/dossiers?q=" + enc(d.code()), null});
            }
            calls.add(new String[]{user, "GET", "/api/dossiers?q=" + enc(dossiersOfB.get(0).code().substring(4)), null});
            calls.add(new String[]{user, "GET", "/api/dossiers?q=ly%20thi%20xuyen&page=0&size=100", null});
            calls.add(new String[]{user, "GET", "/api/dossiers/export.csv?q=xuyen", null});
            calls.add(new String[]{user, "GET", "/api/dossiers/export.csv", null});
            calls.add(new String[]{user, "GET", "/api/dossiers?status=RECEIVED&size=100", null});
            for (StaffView s : staffOfB) {
                calls.add(new String[]{user, "GET", "/api/staff/" + s.id(), null});
                calls.add(new String[]{user, "PUT", "/api/staff/" + s.id(),
                        "{\"fullName\":\"Chiếm Quyền\",\"username\":\"x.y\",\"role\":\"CLERK\"}"});
                calls.add(new String[]{user, "POST", "/api/staff/" + s.id() + "/active/false", null});
                calls.add(new String[]{user, "GET", "/api/staff?q=" + enc(s.username()), null});
            }
            calls.add(new String[]{user, "GET", "/api/centers/" + c.b.id(), null});
            calls.add(new String[]{user, "PUT", "/api/centers/" + c.b.id(), "{\"name\":\"Chiếm Quyền\"}"});
            calls.add(new String[]{user, "GET", "/api/centers?q=an%20binh", null});
            calls.add(new String[]{user, "GET", "/api/staff?size=100", null});
            calls.add(new String[]{user, "GET", "/api/me", null});
        }
        String bearer = "bearer:" + tokenOfA; // A's API client: by id, code, filter, center parameter, writes
        for (Intake d : dossiersOfB) {
            long id = d.dossier().id();
            calls.add(new String[]{bearer, "GET", "/api/dossiers/" + id, null});
            calls.add(new String[]{bearer, "GET", "/api/dossiers/" + id + "?center=" + c.b.id(), null});
            calls.add(new String[]{bearer, "GET", "/api/dossiers?q=" + enc(d.code()), null});
            calls.add(new String[]{bearer, "POST", "/api/dossiers/" + id + "/payments",
                    "{\"amountVnd\":1000,\"method\":\"CASH\",\"receiptNumber\":\"P-" + id + "\"}"});
        }
        calls.add(new String[]{bearer, "GET", "/api/dossiers?center=" + c.b.id() + "&size=100", null});
        calls.add(new String[]{bearer, "GET", "/api/dossiers?procedure=1.001193&size=100", null});
        calls.add(new String[]{bearer, "GET", "/api/dossiers?changedSince=2000-01-01T00:00:00Z&size=100", null});
        calls.add(new String[]{bearer, "GET", "/api/dossiers/export.csv", null});
        calls.add(new String[]{bearer, "POST", "/api/dossiers?center=" + c.b.id(), "{\"procedureCode\":\"1.001193\"}"});
        for (StaffView s : staffOfB) {
            calls.add(new String[]{bearer, "GET", "/api/staff/" + s.id(), null});
        }
        for (Intake d : dossiersOfB) { // an outsider, without any account
            calls.add(new String[]{null, "GET", "/api/dossiers/" + d.dossier().id(), null});
            calls.add(new String[]{null, "GET", "/api/dossiers?q=" + enc(d.code()), null});
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int round = 0; round < API_ROUNDS; round++) {
            for (String[] call : calls) {
                running.add(pool.submit(() -> {
                    apiAttempt(call[0], call[1], call[2], call[3]);
                    return null;
                }));
            }
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    private void apiAttempt(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (user != null && user.startsWith("bearer:")) {
            b.header("Authorization", "Bearer " + user.substring(7));
        } else if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + TwoCenters.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        count("api");
        if (!method.equals("GET") && r.statusCode() / 100 == 2) {
            leaks.add(method + " " + path + " as " + shown(user) + " answered " + r.statusCode());
        }
        // what the caller sent may be echoed back (an error naming the path): only what B holds beyond it counts
        String body = r.body().replace(path, "").replace(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8), "");
        markersOfB.stream().filter(body::contains).findFirst()
                .ifPresent(m -> leaks.add(method + " " + path + " as " + shown(user) + " showed \"" + m + "\""));
    }

    private static String shown(String user) {
        return user != null && user.startsWith("bearer:") ? "A's API client" : user;
    }

    // ---- the queue: B's counter, tickets and board, against A's staff and A's paired kiosk ----

    final List<Long> ticketsOfB = new ArrayList<>();
    final List<String> ticketTokensOfB = new ArrayList<>();
    long counterOfB;
    long boardDeviceOfB;
    String boardOfB;
    String kioskOfA;

    /** B gets a counter, 30 waiting tickets and a paired board; A a paired kiosk (rows written as the owner). */
    private void queueOfB() {
        try (Connection owner = database.ownerConnection()) {
            long b = c.b.id();
            long a = c.a.id();
            try (ResultSet rs = owner.createStatement().executeQuery("INSERT INTO counter (tenant_id, number, name) VALUES ("
                    + b + ", 1, 'Quầy B') RETURNING id")) {
                rs.next();
                counterOfB = rs.getLong(1);
            }
            owner.createStatement().execute("INSERT INTO counter_field (tenant_id, counter_id, field) VALUES (" + b + ", "
                    + counterOfB + ", 'Hộ tịch')");
            try (ResultSet rs = owner.createStatement().executeQuery("INSERT INTO queue_ticket (tenant_id, day, number, field, status,"
                    + " taken_at, public_token) SELECT " + b + ", current_date, 'B' || g, 'Hộ tịch', 'WAITING', now(), 'probetokenofb' || lpad(g::text, 6, '0')"
                    + " FROM generate_series(1, 30) g RETURNING id, public_token")) {
                while (rs.next()) {
                    ticketsOfB.add(rs.getLong(1));
                    ticketTokensOfB.add(rs.getString(2));
                }
            }
            long boardItem;
            try (ResultSet rs = owner.createStatement().executeQuery("INSERT INTO equipment (tenant_id, kind, status) VALUES ("
                    + b + ", 'DISPLAY_BOARD', 'WORKING') RETURNING id")) {
                rs.next();
                boardItem = rs.getLong(1);
            }
            long kioskItem;
            try (ResultSet rs = owner.createStatement().executeQuery("INSERT INTO equipment (tenant_id, kind, status) VALUES ("
                    + a + ", 'TICKET_KIOSK', 'WORKING') RETURNING id")) {
                rs.next();
                kioskItem = rs.getLong(1);
            }
            var board = devices.pair(devices.startPairing(c.directorB(), boardItem).code(), time.now());
            boardOfB = board.credential();
            boardDeviceOfB = board.session().deviceId();
            kioskOfA = devices.pair(devices.startPairing(c.directorA(), kioskItem).code(), time.now()).credential();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void probeTheQueue() {
        String a = Long.toString(c.a.id());
        String b = Long.toString(c.b.id());
        String[] kiosk = kioskOfA.split("\\.");
        String[] board = boardOfB.split("\\.");
        // A's kiosk credential re-labelled as B's, or pointed at B's board: nothing authenticates
        for (String forged : List.of(b + "." + kiosk[1] + "." + kiosk[2], b + "." + board[1] + "." + kiosk[2],
                a + "." + board[1] + "." + board[2], a + "." + board[1] + "." + kiosk[2])) {
            count("queue");
            devices.authenticate(forged, time.now()).ifPresent(s -> leaks.add("device credential " + forged + " opened " + s.tenant()));
        }
        count("queue");
        devices.authenticate(kioskOfA, time.now()).filter(s -> !s.tenant().equals(c.a.tenantId()))
                .ifPresent(s -> leaks.add("A's kiosk acts for " + s.tenant()));
        for (String token : ticketTokensOfB) {
            for (String as : new String[]{a, "0", "-1"}) {
                count("queue");
                queueBoard.follow(as + "." + token, time.now()).ifPresent(f -> leaks.add("B's ticket " + f.number() + " followed as " + as));
            }
        }
        for (Long id : ticketsOfB) {
            count("queue");
            try {
                tickets.get(c.clerkA(), id);
                leaks.add("B's ticket " + id + " read by A's clerk");
            } catch (RuntimeException refused) {
                // not found: what we want
            }
        }
        for (var ctx : List.of(c.clerkA(), c.directorA())) {
            count("queue");
            try {
                tickets.callNext(ctx, counterOfB);
                leaks.add("A called at B's counter");
            } catch (RuntimeException refused) {
                // not found
            }
            count("queue");
            try {
                devices.revoke(ctx, boardDeviceOfB);
                leaks.add("A revoked B's board");
            } catch (RuntimeException refused) {
                // not found or not allowed
            }
        }
        count("queue");
        if (devices.authenticate(boardOfB, time.now()).isEmpty()) {
            leaks.add("B's board no longer works after A's attempts");
        }
    }

    // ---- the public status look-up: B's codes with phone digits that are not the applicant's, or made-up secrets ----

    private void probeThePublicLookUp() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < PUBLIC_GUESSES; i++) {
            Intake d = dossiersOfB.get(i % dossiersOfB.size());
            String phone = d.dossier().applicantPhone();
            String right = phone.substring(phone.length() - 4);
            String guess = i % 3 == 0 ? vn.motcua.core.dossier.LookupSecret.generate()
                    : String.format("%04d", (Integer.parseInt(right) + 1 + random.nextInt(9_998)) % 10_000);
            String address = "203.0." + (i % 7) + "." + (1 + i % 250);
            count("public");
            try {
                statusLookup.find(d.code(), guess, address).status()
                        .ifPresent(s -> leaks.add("status of " + d.code() + " shown for " + guess + " from " + address));
            } catch (RuntimeException refused) {
                // a refused guess reveals nothing
            }
        }
    }

    // ---- SQL as the application's tenant role ----

    private void probeSqlAsTheTenantRole() throws SQLException {
        DatabaseSettings settings = database.settings();
        Map<String, List<Long>> rowsOfB = rowsOfB();
        assertTrue(rowsOfB.getOrDefault("dossier", List.of()).size() >= DOSSIERS_OF_B, "the probe sees B's rows as the owner");
        try (Connection app = DriverManager.getConnection(settings.url(), settings.appRole(), settings.appPassword())) {
            app.setAutoCommit(false);
            String a = Long.toString(c.a.id());
            String b = Long.toString(c.b.id());
            sqlAttempt(app, null, "SET ROLE " + settings.provinceRole(), null, Expect.REFUSED);
            for (Map.Entry<String, List<Long>> table : rowsOfB.entrySet()) {
                String t = table.getKey();
                sqlAttempt(app, null, "SELECT count(*) FROM " + t, null, Expect.NOTHING);
                sqlAttempt(app, a, "SELECT count(*) FROM " + t + " WHERE tenant_id = " + b, null, Expect.NOTHING);
                sqlAttempt(app, a, "SELECT count(*) FROM " + t + " WHERE tenant_id <> " + a, null, Expect.NOTHING);
                sqlAttempt(app, a, "UPDATE " + t + " SET tenant_id = " + b + " WHERE tenant_id = " + a, null, Expect.NOTHING);
                sqlAttempt(app, null, "UPDATE " + t + " SET tenant_id = tenant_id", null, Expect.NOTHING);
                sqlAttempt(app, null, "DELETE FROM " + t, null, Expect.NOTHING);
                for (Long id : table.getValue()) {
                    // bound to A, to no tenant, and to made-up tenants
                    for (String as : new String[]{a, null, "0", "-1", "abc"}) {
                        sqlAttempt(app, as, "SELECT count(*) FROM " + t + " WHERE id = ?", id, Expect.NOTHING);
                        sqlAttempt(app, as, "SELECT count(*) FROM " + t + " WHERE id = ? OR tenant_id = " + b, id, Expect.NOTHING);
                        sqlAttempt(app, as, "UPDATE " + t + " SET tenant_id = tenant_id WHERE id = ?", id, Expect.NOTHING);
                        sqlAttempt(app, as, "DELETE FROM " + t + " WHERE id = ?", id, Expect.NOTHING);
                        sqlAttempt(app, as, "SELECT count(*) FROM " + t + " WHERE id >= ? AND tenant_id <> " + a, id, Expect.NOTHING);
                        sqlAttempt(app, as, "UPDATE " + t + " SET tenant_id = " + a + " WHERE id = ?", id, Expect.NOTHING);
                        sqlAttempt(app, as, "SELECT count(*) FROM " + t + " WHERE id = ? AND tenant_id = " + b, id, Expect.NOTHING);
                    }
                }
            }
        }
    }

    enum Expect { NOTHING, REFUSED }

    /**
     * One statement in its own transaction, bound to {@code tenant} (or to none), always rolled back. A leak is a
     * row counted or changed, or — where {@link Expect#REFUSED} — a statement that was allowed at all.
     */
    private void sqlAttempt(Connection app, String tenant, String sql, Long id, Expect expect) throws SQLException {
        count("sql");
        try (PreparedStatement bind = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant == null ? "" : tenant);
            bind.execute();
            try (PreparedStatement st = app.prepareStatement(sql)) {
                if (id != null) {
                    st.setLong(1, id);
                }
                long reached;
                if (st.execute()) {
                    try (ResultSet rs = st.getResultSet()) {
                        reached = rs.next() ? rs.getLong(1) : 0;
                    }
                } else {
                    reached = st.getUpdateCount();
                }
                if (expect == Expect.REFUSED || reached > 0) {
                    leaks.add(sql + (id == null ? "" : " [" + id + "]") + " as tenant " + tenant + " reached " + reached);
                }
            } catch (SQLException refused) {
                // permission denied, row-level security or a foreign key: refused is what we want
            }
        } finally {
            app.rollback();
        }
    }

    /** Every tenant table and the ids of B's rows in it, read as the owner bound to B. */
    private Map<String, List<Long>> rowsOfB() throws SQLException {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        try (Connection owner = database.ownerConnection()) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = owner.createStatement().executeQuery("SELECT t.table_name, EXISTS (SELECT 1 FROM "
                    + "information_schema.columns i WHERE i.table_schema = 'public' AND i.table_name = t.table_name AND "
                    + "i.column_name = 'id') FROM information_schema.columns t WHERE t.table_schema = 'public' "
                    + "AND t.column_name = 'tenant_id' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(new String[]{rs.getString(1), Boolean.toString(rs.getBoolean(2))});
                }
            }
            owner.createStatement().execute("SELECT set_config('app.tenant_id', '" + c.b.id() + "', false)");
            for (String[] table : tables) {
                List<Long> ids = new ArrayList<>();
                if (Boolean.parseBoolean(table[1])) {
                    try (ResultSet rs = owner.createStatement().executeQuery(
                            "SELECT id FROM " + table[0] + " WHERE tenant_id = " + c.b.id() + " ORDER BY id LIMIT 200")) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                rows.put(table[0], ids);
            }
        }
        return rows;
    }

    private void bIsUnchanged() throws SQLException {
        try (Connection owner = database.ownerConnection()) {
            owner.createStatement().execute("SELECT set_config('app.tenant_id', '" + c.b.id() + "', false)");
            try (ResultSet rs = owner.createStatement().executeQuery("SELECT (SELECT name FROM service_center WHERE tenant_id = "
                    + c.b.id() + "), (SELECT count(*) FROM staff_member WHERE tenant_id = " + c.b.id() + " AND active), "
                    + "(SELECT count(*) FROM dossier WHERE tenant_id = " + c.b.id() + ")")) {
                rs.next();
                if (!"An Bình".equals(rs.getString(1)) || rs.getInt(2) != staffOfB.size() || rs.getInt(3) != DOSSIERS_OF_B + IMPORTED_INTO_B) {
                    leaks.add("B changed: name " + rs.getString(1) + ", active staff " + rs.getInt(2) + ", dossiers " + rs.getInt(3));
                }
            }
        }
    }

    private void count(String channel) {
        attempts.computeIfAbsent(channel, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
