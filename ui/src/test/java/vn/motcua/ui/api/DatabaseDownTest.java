package vn.motcua.ui.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.core.db.DatabaseUnavailableException;
import vn.motcua.core.testing.IntegrationTestProperties;
import vn.motcua.tenants.security.LoginResult;
import vn.motcua.tenants.security.LoginService;
import vn.motcua.tenants.testing.TwoCenters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over real HTTP, with PostgreSQL reached through a TCP relay the test cuts: an unreachable database is "the system is
 * busy" (503), never "wrong password" (401), and no failed login is counted against the account.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseDownTest implements IntegrationTestProperties {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    LoginService login;

    final HttpClient http = HttpClient.newHttpClient();
    Relay relay;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(IntegrationTestProperties.super.getProperties());
        Matcher m = Pattern.compile("//([^/:?]+)(?::(\\d+))?/").matcher(props.get("datasources.default.url"));
        assertTrue(m.find(), props.get("datasources.default.url"));
        relay = new Relay(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        props.put("datasources.default.url", m.replaceFirst("//127.0.0.1:" + relay.port() + "/"));
        props.put("micronaut.server.port", "-1");
        props.put("motcua.db.connection-timeout", "2s");
        return props;
    }

    @BeforeAll
    void centers() {
        new TwoCenters(context, "down.");
    }

    @AfterAll
    void stop() {
        relay.cut();
    }

    @Test
    void whenPostgreSQLIsUnreachableTheApiAnswersSystemBusyNotWrongPasswordAndCountsNoFailure() throws Exception {
        assertEquals(200, get("/api/me", "down.gd.a", TwoCenters.PASSWORD).statusCode());
        assertEquals(401, get("/api/me", "down.gd.a", "sai-mat-khau").statusCode());

        relay.cut();
        HttpResponse<String> answer = get("/api/me", "down.gd.a", TwoCenters.PASSWORD);
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Hệ thống đang bận, vui lòng thử lại sau"), answer.body());
        assertTrue(answer.headers().firstValue("Retry-After").isPresent());
        assertThrows(DatabaseUnavailableException.class, () -> login.login("down.gd.a", TwoCenters.PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertEquals(503, get("/api/me", "down.gd.a", "sai-mat-khau").statusCode());
        }

        relay.restore();
        LoginResult back = null;
        for (long until = System.currentTimeMillis() + 30_000; back == null; ) {
            try {
                back = login.login("down.gd.a", TwoCenters.PASSWORD);
            } catch (DatabaseUnavailableException e) {
                if (System.currentTimeMillis() > until) {
                    throw e;
                }
                Thread.sleep(500); // the pool reconnects on its own schedule
            }
        }
        assertEquals(LoginResult.Outcome.SUCCESS, back.outcome(), "five attempts while down locked nothing");
        assertEquals(200, get("/api/me", "down.gd.a", TwoCenters.PASSWORD).statusCode());
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A TCP relay to PostgreSQL on a fixed local port: {@link #cut()} closes it and every connection through it. */
    static final class Relay {
        private final String host;
        private final int target;
        private final int port;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile ServerSocket listening;

        Relay(String host, int target) {
            this.host = host;
            this.target = target;
            try (ServerSocket probe = new ServerSocket(0)) {
                this.port = probe.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            restore();
        }

        int port() {
            return port;
        }

        void restore() {
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("127.0.0.1", port));
                listening = socket;
                Thread accept = new Thread(() -> accept(socket), "relay-accept");
                accept.setDaemon(true);
                accept.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void cut() {
            try {
                listening.close();
            } catch (IOException ignored) {
                // closing
            }
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
            sockets.clear();
        }

        private void accept(ServerSocket socket) {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket upstream = new Socket(host, target);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException ignored) {
                    // one side closed
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException ignored) {
                        // closing
                    }
                }
            }, "relay-pump");
            t.setDaemon(true);
            t.start();
        }
    }
}
