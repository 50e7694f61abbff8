package vn.motcua.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request comes from, for the login throttle and the audit: the TCP peer, or — only when that peer is
 * one of the proxies named in {@code MOTCUA_TRUSTED_PROXIES} (addresses or CIDRs, comma-separated) — the right-most
 * address of {@code X-Forwarded-For} that is not itself a trusted proxy. Anyone else's {@code X-Forwarded-For} is
 * ignored, so a client cannot pick a fresh address per guess. The peer is read before Tomcat's {@code RemoteIpValve}
 * rewrites it ({@link PeerValve}). Used by the login page, the API and the public look-up pages alike.
 */
@Singleton
public class ClientAddress {
    /** Request attribute holding the TCP peer as the connection saw it. */
    public static final String PEER_ATTRIBUTE = "motcua.peer-address";
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<NetMask> trusted = new ArrayList<>();

    public ClientAddress(@Value("${motcua.security.trusted-proxies:}") String trustedProxies) {
        for (String entry : trustedProxies == null ? new String[0] : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                trusted.add(new NetMask(entry.trim()));
            }
        }
    }

    /** The client of a connection from {@code peer} carrying these {@code X-Forwarded-For} header values. */
    public String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                break; // not an address: nothing left of it can be believed
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    public String of(HttpServletRequest request) {
        Object peer = request.getAttribute(PEER_ATTRIBUTE);
        return of(peer instanceof String s ? s : request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client of a Vaadin request (the login page). */
    public String of(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            return of(servlet.getHttpServletRequest());
        }
        return request == null ? "" : request.getRemoteAddr();
    }

    /** The client of the Vaadin request being served (a round trip, a page load): the public pages' throttle key. */
    public String current() {
        return of(VaadinRequest.getCurrent());
    }

    /** The client of an API request. */
    public String of(HttpRequest<?> request) {
        HttpRequest<?> r = request;
        while (r instanceof HttpRequestWrapper<?> wrapper) {
            r = wrapper.getDelegate();
        }
        if (r instanceof ServletHttpRequest<?, ?> servlet && servlet.getNativeRequest() instanceof HttpServletRequest http) {
            return of(http);
        }
        return request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }

    private boolean isTrusted(String address) {
        InetAddress inet = literal(address);
        return inet != null && trusted.stream().anyMatch(mask -> mask.matches(inet));
    }

    /** The address when {@code text} is an IP literal (never a DNS look-up), else null. */
    private static InetAddress literal(String text) {
        if (text == null || !IP_LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Keeps the connection's peer address before any other valve rewrites it. */
    public static final class PeerValve extends ValveBase {
        public PeerValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            request.setAttribute(PEER_ATTRIBUTE, request.getRemoteAddr());
            getNext().invoke(request, response);
        }
    }
}
