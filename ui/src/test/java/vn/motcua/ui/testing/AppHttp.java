package vn.motcua.ui.testing;

import io.micronaut.runtime.server.EmbeddedServer;
import vn.motcua.tenants.testing.TwoCenters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The started application over real HTTP, as a browser or another system calls it. */
public final class AppHttp {
    private final HttpClient http = HttpClient.newHttpClient();
    private final EmbeddedServer server;

    public AppHttp(EmbeddedServer server) {
        this.server = server;
    }

    /** GET {@code path} as {@code user} (a test account with {@link TwoCenters#PASSWORD}), or anonymously when null. */
    public HttpResponse<String> get(String path, String user) throws Exception {
        return getWith(path, user == null ? Map.of() : Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + TwoCenters.PASSWORD).getBytes(StandardCharsets.UTF_8))));
    }

    /** POST {@code body} as {@code contentType} to {@code path} as {@code user} (a test account). */
    public HttpResponse<String> post(String path, String user, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + TwoCenters.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> getWith(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).GET();
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
