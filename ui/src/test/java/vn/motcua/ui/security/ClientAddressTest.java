package vn.motcua.ui.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {
    @Test
    void withNoTrustedProxyTheConnectionsPeerCountsAndAForwardedForHeaderIsIgnored() {
        ClientAddress none = new ClientAddress("");
        assertEquals("203.0.113.9", none.of("203.0.113.9", List.of("1.2.3.4")));
        assertEquals("127.0.0.1", none.of("127.0.0.1", List.of("1.2.3.4")), "loopback and private peers are not trusted either");
        assertEquals("10.0.0.5", none.of("10.0.0.5", List.of("1.2.3.4, 5.6.7.8")));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        ClientAddress proxied = new ClientAddress("10.0.0.0/8, 192.0.2.1");
        // the client put a fake address first; the proxy appended what it saw
        assertEquals("198.51.100.7", proxied.of("10.0.0.2", List.of("1.2.3.4, 198.51.100.7")));
        // two trusted hops (an outer proxy and ours)
        assertEquals("198.51.100.7", proxied.of("10.0.0.2", List.of("6.6.6.6, 198.51.100.7, 192.0.2.1")));
        // several headers are one list, in order
        assertEquals("198.51.100.8", proxied.of("10.0.0.2", List.of("6.6.6.6", "198.51.100.8")));
        // a spoofed header from an untrusted peer is still ignored
        assertEquals("203.0.113.9", proxied.of("203.0.113.9", List.of("10.0.0.3")));
        // nothing forwarded, or garbage: the proxy itself, never a name looked up in DNS
        assertEquals("10.0.0.2", proxied.of("10.0.0.2", List.of()));
        assertEquals("10.0.0.2", proxied.of("10.0.0.2", List.of("evil.example.com")));
        assertEquals("2001:db8::1", new ClientAddress("::1").of("0:0:0:0:0:0:0:1", List.of("2001:db8::1")));
    }
}
