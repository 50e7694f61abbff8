package vn.motcua.core.outbox;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.context.AccessDeniedException;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Role;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.dossier.ReturnMethod;
import vn.motcua.core.dossier.SatisfactionRatings;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.testing.Callers;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.core.testing.MovableClock;
import vn.motcua.core.testing.TestCenters;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.testing.Callers.as;

/**
 * The outbox end to end, against real PostgreSQL and a real HTTP receiver in the test (the JDK's HttpServer on
 * loopback): dossiers driven through the real services, the delivery worker run by hand with the application clock
 * moved past its back-off, and a second worker instance standing for a second node.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "motcua.test.movable-clock", value = "true")
@Property(name = "motcua.outbox.max-attempts", value = "3")
@Property(name = "motcua.outbox.timeout", value = "3s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxDeliveryTest implements IntegrationTestProperties {
    /** Monday 30 November 2026, 09:00 in Vietnam. */
    static final Instant MONDAY_9 = at(2026, 11, 30, 9, 0);
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    IntakeService intake;
    @Inject
    DossierProcessing processing;
    @Inject
    SatisfactionRatings ratings;
    @Inject
    DossierStatusLookup lookup;
    @Inject
    EventSubscriptions subscriptions;
    @Inject
    OutboxDelivery delivery;
    @Inject
    Outbox outbox;
    @Inject
    TenantTransactions tx;
    @Inject
    ProvincialScope province;
    @Inject
    DataSource dataSource;
    @Inject
    JdbcOperations jdbc;
    @Inject
    BusinessTime time;
    @Inject
    MovableClock clock;
    @Inject
    ObjectMapper json;

    TenantId provincialCenter;
    CallContext it;
    final List<Subscriber> subscribers = new ArrayList<>();
    static int centers;

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BusinessTime.ZONE).toInstant();
    }

    @BeforeEach
    void provincialIt() {
        clock.set(MONDAY_9);
        if (provincialCenter == null) {
            provincialCenter = TestCenters.createProvincial(province, dataSource, "OB-TINH");
        }
        it = Callers.provincialIt(provincialCenter, clock);
    }

    @AfterEach
    void noSubscriptionOutlivesItsTest() {
        subscribers.forEach(Subscriber::close);
        subscribers.clear();
        CallContext admin = Callers.provincialIt(provincialCenter, clock);
        subscriptions.list(admin).forEach(s -> subscriptions.delete(admin, s.id()));
    }

    TenantId center() {
        return TestCenters.create(province, dataSource, "OB-" + (++centers));
    }

    static Actor director(TenantId center) {
        return new Actor(2L, "gd." + center.value(), center);
    }

    Subscriber subscriber() throws IOException {
        Subscriber s = new Subscriber(json);
        subscribers.add(s);
        return s;
    }

    EventSubscriptions.Created subscribe(Subscriber s, TenantId scope) {
        EventSubscriptions.Created created = subscriptions.create(it, new EventSubscriptions.Draft("Cổng DVC quốc gia (thử)",
                s.url(), EnumSet.allOf(OutboxEventType.class), scope == null ? null : scope.value()));
        s.secret = created.secret();
        return created;
    }

    Dossier receive(TenantId center, String phone) {
        clock.set(MONDAY_9);
        return intake.receive(as(center, director(center), clock), new IntakeRequest("1.001193", 1, "Đăng ký khai sinh",
                LegalDeadline.workingDays(3), "25", "000.00.00.H25", Dossier.Channel.IN_PERSON,
                new Applicant.Individual("Nguyễn Thị Hằng", "025190000123", LocalDate.of(1990, 5, 17), phone, "Xóm Đồng Bưởi"),
                List.of(new IntakeRequest.IncomingDocument("Tờ khai", "to-khai.pdf", PDF)))).dossier();
    }

    Dossier act(TenantId center, Dossier d, Instant when, DossierCommand command) {
        clock.set(when);
        return processing.apply(as(center, director(center), clock), d.id(), d.version(), command);
    }

    /** Runs the worker until nothing more goes out now (each run advances the clock past any back-off). */
    void deliverAll() {
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofHours(2));
            delivery.deliver();
        }
    }

    @Test
    void aDossiersWholeLifeReachesItsCentersSubscriberInOrderSignedAndOnlyOnce() throws Exception {
        TenantId a = center();
        TenantId b = center();
        Subscriber ofA = subscriber();
        subscribe(ofA, a);
        Subscriber ofProvince = subscriber();
        subscribe(ofProvince, null);

        Dossier d = receive(a, "0911002468");
        d = act(a, d, at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, null));
        d = act(a, d, at(2026, 11, 30, 11, 0), new DossierCommand.RequestSupplement("Thiếu bản chính giấy chứng sinh"));
        d = act(a, d, at(2026, 12, 1, 9, 0), new DossierCommand.SupplementReceived());
        d = act(a, d, at(2026, 12, 1, 10, 0), new DossierCommand.HandOver(2, null));
        d = act(a, d, at(2026, 12, 1, 11, 0), new DossierCommand.RecordApology(d.dueAt().plus(Duration.ofDays(3)), "Chờ xác minh"));
        d = act(a, d, at(2026, 12, 1, 14, 0), new DossierCommand.HandOver(3, null));
        clock.set(at(2026, 12, 2, 9, 0));
        d = processing.resolve(as(a, director(a), clock), d.id(), d.version(), "ket-qua.pdf", PDF);
        d = act(a, d, at(2026, 12, 2, 10, 0), new DossierCommand.ReturnResult(new ReturnMethod.Post("EMS123")));
        ratings.rate(lookup.find(d.code(), "2468", "192.0.2.41").found().orElseThrow(), DossierRating.Level.SATISFIED, "Nhanh");
        Dossier other = receive(b, "0911007777");
        act(b, other, at(2026, 11, 30, 10, 0), new DossierCommand.Withdraw("Công dân xin rút"));

        deliverAll();

        List<Received> mine = ofA.received();
        assertEquals(List.of("RECEIVED", "STEP_CHANGED", "PAUSED", "RESUMED", "STEP_CHANGED", "APOLOGY", "STEP_CHANGED",
                "RESOLVED", "RETURNED", "RATED"), mine.stream().map(Received::type).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), mine.stream().map(Received::sequence).toList());
        assertTrue(mine.stream().allMatch(Received::signed), "every delivery carries a valid HMAC-SHA256 signature");
        assertTrue(mine.stream().allMatch(r -> r.centerId() == a.value()), "a center's subscription sees only that center");
        assertEquals(10, mine.stream().map(Received::eventId).distinct().count(), "each event once, each with its own id");
        assertEquals(List.of("2", "4", "5", "4", "4", "4", "4", "9", "10", "10"),
                mine.stream().map(r -> r.field("hoSo", "TrangThaiHoSo")).toList(), "the portal's status codes");
        Received returned = mine.get(8);
        assertEquals(d.code(), returned.field("hoSo", "MaHoSo"));
        assertEquals("1.001193", returned.field("hoSo", "MaTTHC"));
        assertEquals("1", returned.field("hoSo", "HinhThuc"), "returned by post");
        assertEquals("20261130090000", returned.field("hoSo", "NgayTiepNhan"));
        assertEquals("20261202090000", returned.field("hoSo", "NgayKetThucXuLy"));
        assertEquals("20261202100000", returned.field("hoSo", "NgayTra"));
        assertFalse(returned.body().contains("025190000123") || returned.body().contains("0911002468"),
                "no identity number or phone leaves");

        List<Received> province = ofProvince.received().stream()
                .filter(r -> r.centerId() == a.value() || r.centerId() == b.value()).toList();
        assertEquals(12, province.size(), "the province-wide subscription gets both centers' events");
        assertEquals(List.of("RECEIVED", "WITHDRAWN"), province.stream().filter(r -> r.centerId() == b.value())
                .map(Received::type).toList());
        assertEquals("7", province.stream().filter(r -> r.type().equals("WITHDRAWN")).findFirst().orElseThrow()
                .field("hoSo", "TrangThaiHoSo"));

        delivery.deliver();
        assertEquals(10, ofA.received().size(), "nothing is sent again once delivered");
    }

    @Test
    void aSubscriberDownForAWhileGetsEveryEventInOrderOnceItIsBack() throws Exception {
        TenantId a = center();
        Subscriber s = subscriber();
        EventSubscriptions.Created sub = subscribe(s, a);
        s.stop();

        Dossier d = receive(a, "0911000001");
        d = act(a, d, at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, null));
        clock.set(at(2026, 11, 30, 11, 0));
        delivery.deliver();
        d = act(a, d, at(2026, 11, 30, 11, 30), new DossierCommand.HandOver(2, null));
        clock.set(at(2026, 11, 30, 11, 45));
        delivery.deliver();

        List<EventSubscriptions.Delivery> log = subscriptions.deliveries(it, sub.subscription().id(), false, 50);
        assertEquals(3, log.size());
        assertTrue(log.stream().allMatch(l -> l.status().equals("PENDING")));
        assertEquals(2, log.stream().filter(l -> l.sequence() == 1).findFirst().orElseThrow().attempts(),
                "the first event was tried twice, the later ones wait behind it");
        assertTrue(log.stream().filter(l -> l.sequence() > 1).allMatch(l -> l.attempts() == 0));

        s.start();
        clock.set(at(2026, 11, 30, 11, 45).plusSeconds(30));
        delivery.deliver();
        assertEquals(List.of(), s.received(), "still waiting out the back-off");
        deliverAll();
        assertEquals(List.of(1, 2, 3), s.received().stream().map(Received::sequence).toList());
        assertEquals(List.of("RECEIVED", "STEP_CHANGED", "STEP_CHANGED"), s.received().stream().map(Received::type).toList());
        assertEquals(0, subscriptions.list(it).get(0).pending());
    }

    @Test
    void aRefusedEventHoldsBackItsOwnDossierOnlyThenDiesAndGoesOutAgainOnResend() throws Exception {
        TenantId a = center();
        Subscriber s = subscriber();
        EventSubscriptions.Created sub = subscribe(s, a);
        Dossier stuck = receive(a, "0911000002");
        Dossier fine = receive(a, "0911000003");
        s.refuse = body -> body.contains(stuck.code());
        act(a, stuck, at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, null));
        act(a, fine, at(2026, 11, 30, 10, 5), new DossierCommand.HandOver(1, null));

        deliverAll();
        assertEquals(List.of(fine.code(), fine.code()), s.received().stream().map(r -> r.field("hoSo", "MaHoSo")).toList(),
                "the other dossier is not held back");
        List<EventSubscriptions.Delivery> dead = subscriptions.deliveries(it, sub.subscription().id(), true, 50);
        assertEquals(1, dead.size(), "after 3 attempts the event is a dead letter; the next one of its dossier waits");
        assertEquals(stuck.code(), dead.get(0).dossierCode());
        assertEquals(3, dead.get(0).attempts());
        assertEquals(Integer.valueOf(500), dead.get(0).lastHttpStatus());
        assertEquals(1, subscriptions.list(it).get(0).dead());
        assertEquals(1, subscriptions.list(it).get(0).pending());

        s.refuse = body -> false;
        deliverAll();
        assertEquals(2, s.received().size(), "a dead letter stays dead until someone resends it");
        subscriptions.resend(it, sub.subscription().id(), dead.get(0).centerId(), dead.get(0).id());
        deliverAll();
        assertEquals(List.of(1, 2), s.received().stream().filter(r -> r.field("hoSo", "MaHoSo").equals(stuck.code()))
                .map(Received::sequence).toList(), "resent, then its dossier's next event, in order");
    }

    @Test
    void aSecondWorkerRunningAtTheSameTimeDeliversNothingTwice() throws Exception {
        TenantId a = center();
        Subscriber s = subscriber();
        subscribe(s, a);
        Dossier d = receive(a, "0911000004");
        act(a, d, at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, null));
        CountDownLatch firstRequest = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        s.onRequest = () -> {
            firstRequest.countDown();
            await(release);
        };
        OutboxDelivery otherNode = new OutboxDelivery(province, jdbc, new vn.motcua.core.cluster.ClusterOnce(dataSource), time, Duration.ofSeconds(3), 3,
                Duration.ofSeconds(30), Duration.ofHours(1));
        clock.set(at(2026, 11, 30, 11, 0));
        CompletableFuture<OutboxDelivery.Run> first = CompletableFuture.supplyAsync(delivery::deliver);
        assertTrue(firstRequest.await(20, TimeUnit.SECONDS), "the first worker is sending");
        OutboxDelivery.Run second = otherNode.deliver();
        release.countDown();
        s.onRequest = () -> { };
        assertFalse(second.ran(), "the second node skips while the first holds the lock");
        assertTrue(first.get(20, TimeUnit.SECONDS).ran());
        assertTrue(otherNode.deliver().ran(), "and takes over once it is free");
        assertEquals(List.of(1, 2), s.received().stream().map(Received::sequence).toList());
        assertEquals(1, s.maxInFlight.get(), "never two deliveries at once");
    }

    @Test
    void aChangeThatFailsLeavesNoEventAndTheOutboxRefusesAWriteOutsideItsCentersTransaction() {
        TenantId a = center();
        Dossier d = receive(a, "0911000005");
        Dossier moved = act(a, d, at(2026, 11, 30, 10, 0), new DossierCommand.HandOver(1, null));
        assertThrows(ConcurrentChangeException.class, () -> act(a, d, at(2026, 11, 30, 10, 5),
                new DossierCommand.HandOver(1, null)), "a stale version");
        assertEquals(List.of("RECEIVED", "STEP_CHANGED"), events(a, moved.id()));
        assertThrows(IllegalStateException.class, () -> outbox.append(a, moved.id(), OutboxEventType.RATED, MONDAY_9, e -> "{}"));
        TenantId b = center();
        assertThrows(IllegalStateException.class, () -> tx.write(b, () -> outbox.append(a, moved.id(),
                OutboxEventType.RATED, MONDAY_9, e -> "{}")));
        assertEquals(List.of("RECEIVED", "STEP_CHANGED"), events(a, moved.id()));
    }

    @Test
    void onlyProvincialItAtTheProvinceManagesSubscriptions() throws Exception {
        TenantId a = center();
        CallContext directorOfA = as(a, director(a), clock);
        CallContext clerkOfA = as(a, new Actor(3L, "cb." + a.value(), a), clock);
        CallContext itActingAsA = new CallContext(a, new Actor(1L, "admin.tinh", provincialCenter), "Quản trị tỉnh",
                Role.PROVINCIAL_ADMIN, "Xã", clock.instant());
        Subscriber s = subscriber();
        long id = subscribe(s, null).subscription().id();
        EventSubscriptions.Draft draft = new EventSubscriptions.Draft("LGSP", "https://lgsp.example.vn/su-kien",
                Set.of(OutboxEventType.RECEIVED), a.value());
        for (CallContext who : List.of(directorOfA, clerkOfA, itActingAsA)) {
            assertThrows(AccessDeniedException.class, () -> subscriptions.list(who));
            assertThrows(AccessDeniedException.class, () -> subscriptions.create(who, draft));
            assertThrows(AccessDeniedException.class, () -> subscriptions.setEnabled(who, id, false));
            assertThrows(AccessDeniedException.class, () -> subscriptions.delete(who, id));
            assertThrows(AccessDeniedException.class, () -> subscriptions.deliveries(who, id, true, 10));
            assertThrows(AccessDeniedException.class, () -> subscriptions.resend(who, id, a.value(), 1));
        }
        assertEquals(1, subscriptions.list(it).size());
        assertTrue(subscriptions.list(it).get(0).enabled());
        EventSubscriptions.EventSubscription lgsp = subscriptions.create(it, draft).subscription();
        assertEquals("https://lgsp.example.vn/su-kien", lgsp.endpoint());
        assertEquals(a.value(), lgsp.scopeCenterId());
        assertEquals(2, count("SELECT count(*) FROM audit_log WHERE tenant_id = " + provincialCenter.value()
                + " AND action = 'EVENT_SUBSCRIPTION_CREATED' AND target_id IN ('" + id + "', '" + lgsp.id() + "')"));
    }

    @Test
    void theEndpointMustBeHttpsOrHttpOnThisMachineAndTheFormSaysWhatIsWrong() {
        for (String bad : List.of("", "http://lgsp.phutho.gov.vn/su-kien", "ftp://127.0.0.1/x", "https://user:pw@lgsp.vn/x",
                "lgsp.phutho.gov.vn", "https://", "http://10.0.0.5/x", "https://a.vn/" + "x".repeat(500))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> subscriptions.create(it,
                    new EventSubscriptions.Draft("LGSP", bad, Set.of(OutboxEventType.RECEIVED), null)), bad);
            assertEquals("endpoint", e.problems().get(0).field(), bad);
        }
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> subscriptions.create(it,
                new EventSubscriptions.Draft(" ", "https://lgsp.vn/x", Set.of(), null)));
        assertEquals(List.of("name", "types"), none.problems().stream().map(p -> p.field()).toList());
        for (String good : List.of("https://lgsp.phutho.gov.vn/api/su-kien", "http://127.0.0.1:8081/x", "http://localhost/x",
                "http://[::1]:9000/x")) {
            assertEquals(good, subscriptions.create(it, new EventSubscriptions.Draft("Thử", good,
                    Set.of(OutboxEventType.RECEIVED), null)).subscription().endpoint());
        }
        assertEquals(0, count("SELECT count(*) FROM event_subscription WHERE endpoint LIKE '%lgsp.phutho.gov.vn/su-kien'"));
    }

    @Test
    void aPausedSubscriptionKeepsItsEventsAndSendsThemWhenEnabledAgainAndDeletingDropsThem() throws Exception {
        TenantId a = center();
        Subscriber s = subscriber();
        long id = subscribe(s, a).subscription().id();
        subscriptions.setEnabled(it, id, false);
        receive(a, "0911000006");
        deliverAll();
        assertEquals(List.of(), s.received());
        assertEquals(1, subscriptions.list(it).get(0).pending());
        subscriptions.setEnabled(it, id, true);
        deliverAll();
        assertEquals(List.of("RECEIVED"), s.received().stream().map(Received::type).toList());
        subscriptions.delete(it, id);
        assertEquals(List.of(), subscriptions.list(it));
        assertEquals(0, count("SELECT count(*) FROM outbox_delivery WHERE subscription_id = " + id));
    }

    List<String> events(TenantId center, long dossierId) {
        return tx.read(center, () -> jdbc.prepareStatement(
                "SELECT type FROM outbox_event WHERE tenant_id = ? AND dossier_id = ? ORDER BY seq", ps -> {
                    ps.setLong(1, center.value());
                    ps.setLong(2, dossierId);
                    List<String> types = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            types.add(rs.getString(1));
                        }
                    }
                    return types;
                }));
    }

    long count(String sql) {
        return province.unaudited(() -> jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the subscriber got, with whether its signature checked out under the subscription's secret. */
    record Received(String eventId, String type, int sequence, long centerId, boolean signed, String body,
                    Map<String, Object> json) {
        @SuppressWarnings("unchecked")
        String field(String part, String name) {
            return String.valueOf(((Map<String, Object>) json.get(part)).get(name));
        }
    }

    /** The receiving end: an HTTP server on loopback that can be stopped, refuse some bodies, or hold a request. */
    static final class Subscriber implements AutoCloseable {
        final ObjectMapper json;
        final List<Received> received = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        volatile String secret;
        volatile Predicate<String> refuse = body -> false;
        volatile Runnable onRequest = () -> { };
        final int port;
        HttpServer server;
        java.util.concurrent.ExecutorService executor;

        Subscriber(ObjectMapper json) throws IOException {
            this.json = json;
            start(0);
            this.port = server.getAddress().getPort();
        }

        String url() {
            return "http://127.0.0.1:" + port + "/su-kien";
        }

        void start() throws IOException {
            start(port);
        }

        private void start(int on) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 0);
            // several threads, so two deliveries at once would be seen as two requests in flight
            executor = java.util.concurrent.Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.createContext("/su-kien", exchange -> {
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                try (InputStream in = exchange.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    onRequest.run();
                    int status = 204;
                    if (refuse.test(body)) {
                        status = 500;
                    } else {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> parsed = json.readValue(body, Map.class);
                        String id = exchange.getRequestHeaders().getFirst(OutboxSignature.EVENT_ID_HEADER);
                        boolean signed = OutboxSignature.verify(secret,
                                exchange.getRequestHeaders().getFirst(OutboxSignature.HEADER), body)
                                && id.equals(parsed.get("eventId"));
                        received.add(new Received(id, String.valueOf(parsed.get("eventType")),
                                ((Number) parsed.get("sequence")).intValue(), ((Number) parsed.get("centerId")).longValue(),
                                signed, body, parsed));
                    }
                    exchange.sendResponseHeaders(status, -1);
                } finally {
                    inFlight.decrementAndGet();
                    exchange.close();
                }
            });
            server.start();
        }

        List<Received> received() {
            synchronized (received) {
                return List.copyOf(received);
            }
        }

        void stop() {
            server.stop(0);
            executor.shutdownNow();
        }

        @Override
        public void close() {
            stop();
        }
    }
}
