package vn.motcua.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One headless Chromium (Debian's {@code chromium}, {@code ops/scripts/ensure-chromium.sh}) driven over the DevTools
 * protocol with the JDK's WebSocket: every session is its own browser context (own cookies, like an incognito window).
 * Used by {@code FootprintBench} and the two-node drill ({@code ops/deploy/two-nodes.sh}).
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String INBOX_READY = "!!document.querySelector('#inbox-grid') && !!document.querySelector('#clerk-greeting')";
    public static final String DOSSIER_READY = "!!document.querySelector('#dossier-code') && !!document.querySelector('#dossier-control-sheet')";
    private final Process process;
    private final Cdp cdp;

    private HeadlessChromium(Process process, Cdp cdp) {
        this.process = process;
        this.cdp = cdp;
    }

    public static HeadlessChromium start(Path profile) throws Exception {
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("Chromium did not open its DevTools port, see chromium.log");
            }
            Thread.sleep(100);
        }
        List<String> lines = Files.readAllLines(portFile);
        return new HeadlessChromium(p, Cdp.connect(URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim())));
    }

    /** A new cookie jar, signed in on the login page as a person types; ends on the clerk's inbox. */
    public Tab signedIn(String base, String username, String password) throws Exception {
        return newTab(Map.of()).signIn(base, username, password);
    }

    /** A new cookie jar (holding {@code cookies}, e.g. a load balancer's) with one blank tab. */
    public Tab newTab(Map<String, ?> cookies) throws Exception {
        String context = cdp.send(null, "Target.createBrowserContext", Map.of()).get("browserContextId").asText();
        if (!cookies.isEmpty()) {
            cdp.send(null, "Storage.setCookies", Map.of("browserContextId", context, "cookies", List.of(cookies)));
        }
        String target = cdp.send(null, "Target.createTarget", Map.of("url", "about:blank",
                "browserContextId", context)).get("targetId").asText();
        String session = cdp.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        return new Tab(session, context);
    }

    public final class Tab {
        final String session;
        final String context;

        Tab(String session, String context) {
            this.session = session;
            this.context = context;
        }

        /** Opens the login page, signs in as a person types; ends on the clerk's inbox. */
        public Tab signIn(String base, String username, String password) throws Exception {
            cdp.send(session, "Page.navigate", Map.of("url", base + "/dang-nhap"));
            Thread.sleep(200);
            waitFor("!!document.querySelector('#vaadinLoginUsername input') && !!document.querySelector('#vaadinLoginPassword input')");
            type("#vaadinLoginUsername input", username);
            type("#vaadinLoginPassword input", password);
            key("Enter", 13, "\r");
            waitFor("location.pathname === '/tiep-nhan' && " + INBOX_READY);
            return this;
        }

        /** The value of the cookie of that name in this tab's cookie jar, or null. */
        public String cookie(String name) throws Exception {
            for (JsonNode c : cdp.send(null, "Storage.getCookies", Map.of("browserContextId", context)).path("cookies")) {
                if (name.equals(c.path("name").asText())) {
                    return c.path("value").asText();
                }
            }
            return null;
        }

        /** A full page load that may end elsewhere (a redirect, the login page): waits for {@code ready} only. */
        public Tab open(String url, String ready) throws Exception {
            cdp.send(session, "Page.navigate", Map.of("url", url));
            Thread.sleep(200);
            waitFor(ready);
            return this;
        }

        /** A full page load (the UI of the page left is closed by Vaadin's unload beacon). */
        public Tab load(String url, String ready) throws Exception {
            cdp.send(session, "Page.navigate", Map.of("url", url));
            Thread.sleep(200);
            waitFor("location.href === " + quote(url) + " && " + ready);
            return this;
        }

        public void type(String selector, String text) throws Exception {
            eval("document.querySelector(" + quote(selector) + ").focus()");
            cdp.send(session, "Input.insertText", Map.of("text", text));
            eval("(() => { const i = document.querySelector(" + quote(selector) + "); if (i.value !== " + quote(text)
                    + ") { i.value = " + quote(text) + "; i.dispatchEvent(new Event('input', {bubbles: true}));"
                    + " i.dispatchEvent(new Event('change', {bubbles: true})); } })()");
        }

        /** A real mouse click in the middle of the element (so the field left first sends its value, as for a person). */
        public void click(String selector) throws Exception {
            eval("document.querySelector(" + quote(selector) + ").scrollIntoView({block: 'center'})");
            JsonNode box = eval("(() => { const r = document.querySelector(" + quote(selector) + ").getBoundingClientRect();"
                    + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
            for (String type : new String[]{"mousePressed", "mouseReleased"}) {
                cdp.send(session, "Input.dispatchMouseEvent", Map.of("type", type, "x", box.get(0).asDouble(),
                        "y", box.get(1).asDouble(), "button", "left", "clickCount", 1));
            }
        }

        public void key(String key, int code, String text) throws Exception {
            Map<String, Object> down = new LinkedHashMap<>(Map.of("type", "keyDown", "key", key, "code", key,
                    "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code, "text", text));
            cdp.send(session, "Input.dispatchKeyEvent", down);
            cdp.send(session, "Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key,
                    "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code));
        }

        /** Waits for the condition and for Vaadin to have no request under way. */
        public void waitFor(String condition) throws Exception {
            String idle = "(() => { try { return (" + condition + ") && !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients)"
                    + " && Object.values(Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()); }"
                    + " catch (e) { return false; } })()";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                JsonNode v = eval(idle);
                if (v != null && v.asBoolean(false)) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("timed out waiting for " + condition + " at " + eval("location.href"));
        }

        public JsonNode eval(String expression) throws Exception {
            JsonNode r = cdp.send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            return r.path("result").get("value");
        }
    }

    public static String quote(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        cdp.close();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A DevTools-protocol client over the JDK's WebSocket: commands by id, flat sessions, events ignored. */
    private static final class Cdp implements WebSocket.Listener, AutoCloseable {
        private final ObjectMapper json = new ObjectMapper();
        private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Cdp connect(URI uri) {
            Cdp cdp = new Cdp();
            cdp.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, cdp).join();
            return cdp;
        }

        JsonNode send(String sessionId, String method, Map<String, ?> params) throws Exception {
            long id = ids.incrementAndGet();
            ObjectNode message = json.createObjectNode();
            message.put("id", id);
            message.put("method", method);
            message.set("params", json.valueToTree(params));
            if (sessionId != null) {
                message.put("sessionId", sessionId);
            }
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            synchronized (this) {
                socket.sendText(json.writeValueAsString(message), true).join();
            }
            JsonNode r = answer.get(2, TimeUnit.MINUTES);
            if (r.has("error")) {
                throw new IllegalStateException(method + ": " + r.get("error"));
            }
            return r.path("result");
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = json.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asLong());
                        if (f != null) {
                            f.complete(message);
                        }
                    }
                } catch (IOException e) {
                    System.err.println("unreadable DevTools message: " + e.getMessage());
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }
}
