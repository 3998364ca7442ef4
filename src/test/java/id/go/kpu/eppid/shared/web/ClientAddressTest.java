package id.go.kpu.eppid.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 8: the per-client tracking limit counts the real client, and a forged X-Forwarded-For changes nothing. */
class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.1", PROXY));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.1", Set.of()));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", null, PROXY));
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        assertEquals("203.0.113.1", ClientAddress.of("10.0.0.5", "203.0.113.1", PROXY));
        // a client that sends its own forged header first: the proxy appends the address it saw
        assertEquals("203.0.113.1", ClientAddress.of("10.0.0.5", "1.2.3.4, 203.0.113.1", PROXY));
        assertEquals("203.0.113.1", ClientAddress.of("10.0.0.5", "1.2.3.4, 203.0.113.1, 10.0.0.5", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " , ", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXY));
    }
}
